package com.physiopractice.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The deliveries (emails, alerts) not completed yet, and handing them to their listeners again,
 * for the administrator's API and pages alike. Administrators only: callers have made sure of
 * that. Resubmitting is audited; an email already sent is not sent again.
 */
public interface DeliveryOutbox {

    /**
     * @param event the kind of event (e.g. AppointmentBooked), never its content
     * @param listener what was to handle it
     * @param status the registry's status (PUBLISHED, PROCESSING, FAILED, RESUBMITTED)
     * @param attempts how many times delivery was tried
     */
    record PendingDelivery(UUID id, String event, String listener, String status, int attempts, Instant publishedAt,
            @Nullable Instant lastResubmittedAt) {
    }

    /** Oldest first, at most {@code limit}. */
    List<PendingDelivery> pending(int limit);

    /** The given deliveries, or every pending one when {@code ids} is empty, are handed over again now. */
    void resubmit(Set<UUID> ids);
}
