package com.physiopractice.content.editorial;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes scheduled publications live. It runs at start-up (catching up on any missed while no node
 * ran) and then every {@code practice.content.scheduled-publishing-delay}, on one node at a time
 * (a ShedLock lock in the database).
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final EditorialService editorial;

    ScheduledPublishing(EditorialService editorial) {
        this.editorial = editorial;
    }

    @Scheduled(fixedDelayString = "${practice.content.scheduled-publishing-delay:30s}")
    @SchedulerLock(name = "content-scheduled-publishing", lockAtMostFor = "PT5M")
    void publishDue() {
        int published = editorial.publishDue();
        if (published > 0) {
            log.info("Scheduled publishing: {} piece(s) went live", published);
        }
    }
}
