package com.physiopractice.people;

import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * The therapist no longer takes patients (her account was disabled): she is off the public list
 * and cannot be booked. Published in the same transaction, so what hangs on her (her calendar
 * feed) goes with it or not at all.
 */
public record TherapistLeft(TherapistId therapist, Instant occurredAt) implements DomainEvent {
}
