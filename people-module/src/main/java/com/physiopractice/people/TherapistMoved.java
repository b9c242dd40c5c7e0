package com.physiopractice.people;

import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;
import java.time.ZoneId;

/** The therapist now keeps her hours in another time zone: every wall-clock time of her week moves with her. */
public record TherapistMoved(TherapistId therapist, ZoneId timeZone, Instant occurredAt) implements DomainEvent {
}
