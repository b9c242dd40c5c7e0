package com.physiopractice.sharedkernel.events;

import java.time.Instant;

/**
 * Something that happened in the practice that other modules may react to, e.g. an intake
 * was assessed or an appointment was booked. Events are immutable records that carry ids
 * and the facts a listener needs, never entities.
 */
public interface DomainEvent {

    /** When it happened, from the practice clock. */
    Instant occurredAt();
}
