package com.physiopractice.booking.web;

import com.physiopractice.booking.settings.BookingSettings;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets Idempotency-Keys older than their lifetime, every hour on one node at a time (ShedLock).
 * A client repeats a booking within seconds or minutes of its first try; after a day a key only
 * takes space in a table that every booking with a key adds to.
 */
@Component
public class IdempotencyKeyExpiry {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);

    private final IdempotencyKeyStore keys;
    private final BookingSettings settings;
    private final Clock clock;

    IdempotencyKeyExpiry(IdempotencyKeyStore keys, BookingSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${practice.booking.idempotency-key-expiry-check:1h}")
    @SchedulerLock(name = "booking-idempotency-key-expiry", lockAtMostFor = "PT10M")
    public void forgetExpiredKeys() {
        int forgotten = keys.forgetTakenBefore(clock.instant().minus(settings.idempotencyKeyLifetime()));
        if (forgotten > 0) {
            log.info("Forgot {} Idempotency-Key(s) older than {}", forgotten, settings.idempotencyKeyLifetime());
        }
    }
}
