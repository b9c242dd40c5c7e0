package com.physiopractice.records.measure;

import com.physiopractice.platform.LogSafe;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.records.OutcomeMeasures.Occasion;
import com.physiopractice.records.episode.Episodes;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks review measures of each open episode whose last ones are the set number of weeks old (the
 * sessions count is checked as each follow-up note is signed). One node at a time; each episode in
 * its own transaction, its row locked, so a sign-off at the same moment cannot ask the set twice.
 */
@Component
class ReviewMeasuresJob {

    private static final Logger log = LoggerFactory.getLogger(ReviewMeasuresJob.class);

    private final Episodes episodes;
    private final MeasurePlanner planner;
    private final TransactionTemplate transaction;

    ReviewMeasuresJob(Episodes episodes, MeasurePlanner planner, PlatformTransactionManager transactions) {
        this.episodes = episodes;
        this.planner = planner;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${practice.records.review-check:1h}")
    @SchedulerLock(name = "records-review-measures", lockAtMostFor = "PT30M")
    void askDue() {
        int asked = 0;
        for (UUID id : episodes.findIdsByStatus(EpisodeStatus.OPEN)) {
            try {
                Boolean done = transaction.execute(status -> episodes.findByIdForUpdate(id)
                        .filter(planner::reviewDue).map(episode -> {
                            planner.askAll(episode, Occasion.REVIEW);
                            episodes.save(episode);
                            return true;
                        }).orElse(false));
                asked += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException failed) {
                log.warn("Review measures of episode {} not asked: {}", id, LogSafe.summary(failed));
            }
        }
        if (asked > 0) {
            log.info("Review measures asked for {} episode(s)", asked);
        }
    }
}
