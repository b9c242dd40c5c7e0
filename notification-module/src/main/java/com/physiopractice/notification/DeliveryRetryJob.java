package com.physiopractice.notification;

import com.physiopractice.notification.mail.NodeLiveness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed or unfinished event deliveries (mail server down, node stopped mid-way) back to
 * their listeners, with a back-off that doubles per attempt up to a ceiling; and, as soon as a node
 * is found to have gone silent, everything left unfinished for longer than that silence, without
 * waiting for the back-off (what a killed node was handling would otherwise wait a minute or more).
 * One node at a time; the deliveries record keeps a resubmitted email from going out twice anyway.
 */
@Component
class DeliveryRetryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetryJob.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final NotificationSettings settings;
    private final Clock clock;
    private final NodeLiveness nodes;
    private final EventPublicationRegistry publications;

    DeliveryRetryJob(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            NotificationSettings settings, Clock clock, NodeLiveness nodes, EventPublicationRegistry publications) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.settings = settings;
        this.clock = clock;
        this.nodes = nodes;
        this.publications = publications;
    }

    @Scheduled(fixedDelayString = "${practice.notification.retry-check:30s}",
            initialDelayString = "${practice.notification.retry-check:30s}")
    @SchedulerLock(name = "notification-retries", lockAtMostFor = "PT10M")
    public void retryDue() {
        Instant now = clock.instant();
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(settings.retryFirstDelay()).withFilter(publication -> isDue(publication, now)));
        completed.deletePublicationsOlderThan(settings.keepCompleted());
    }

    @Scheduled(fixedDelayString = "${practice.notification.node-heartbeat:2s}",
            initialDelayString = "${practice.notification.node-heartbeat:2s}")
    @SchedulerLock(name = "notification-lost-nodes", lockAtMostFor = "PT1M")
    public void takeOverFromLostNodes() {
        try {
            int lost = nodes.forgetLostNodes();
            if (lost > 0) {
                log.warn("{} node(s) silent for {}: taking over their emails and events", lost, settings.nodeLostAfter());
                // Spring Modulith marks a publication PROCESSING while a node handles it and resubmits
                // only failed ones: a killed node's would wait for the staleness monitor (minutes).
                // Found 10-12 s after its last beat, whatever it had in hand is at least half that old;
                // a live node's publication as old is handed out again too, and its emails still go once.
                Duration inHand = settings.nodeLostAfter().dividedBy(2);
                publications.markStalePublicationsFailed(status -> inHand);
                incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(inHand));
            }
        } catch (DataAccessException unreachable) {
            // The database is away: the next round, seconds later, looks again.
        }
    }

    boolean isDue(EventPublication publication, Instant now) {
        Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !now.isBefore(last.plus(backoff(publication.getCompletionAttempts(), settings.retryFirstDelay(),
                settings.retryMaxDelay())));
    }

    /** first, 2×first, 4×first, ... never more than max. */
    static Duration backoff(int attempts, Duration first, Duration max) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
