package com.physiopractice.notification.mail;

import com.physiopractice.notification.NotificationSettings;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the record of sent emails from growing with every appointment: records older than
 * {@code practice.notification.keep-delivery-records} (90 days) are deleted, on one node at a time.
 * Nothing can ask for those emails again by then: events are resubmitted only while undelivered,
 * and reminders only look hours ahead.
 */
@Component
public class DeliveryRecordExpiry {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecordExpiry.class);

    private final DeliveryLedger deliveries;
    private final NotificationSettings settings;
    private final Clock clock;

    DeliveryRecordExpiry(DeliveryLedger deliveries, NotificationSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${practice.notification.delivery-record-expiry-check:1h}",
            initialDelayString = "${practice.notification.delivery-record-expiry-check:1h}")
    @SchedulerLock(name = "notification-delivery-record-expiry", lockAtMostFor = "PT10M")
    public void forgetOldRecords() {
        int forgotten = deliveries.forgetSentBefore(clock.instant().minus(settings.keepDeliveryRecords()));
        if (forgotten > 0) {
            log.info("Deleted the records of {} emails sent more than {} ago", forgotten, settings.keepDeliveryRecords());
        }
    }
}
