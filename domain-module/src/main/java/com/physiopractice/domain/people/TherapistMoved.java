package com.physiopractice.domain.people;

import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.events.DomainEvent;
import java.time.Instant;
import java.time.ZoneId;

/** The therapist now keeps her hours in another time zone: every wall-clock time of her week moves with her. */
public record TherapistMoved(TherapistId therapist, ZoneId timeZone, Instant occurredAt) implements DomainEvent {
}
