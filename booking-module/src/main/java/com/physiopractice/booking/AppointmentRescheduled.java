package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * A consultation moved to another time, keeping its identity.
 *
 * @param sequence how many times it has been rescheduled; calendars use it to update the entry in place
 */
public record AppointmentRescheduled(AppointmentId appointment, TherapistId therapist, PatientId patient,
        Instant previousStart, Instant start, Instant end, int sequence, Instant occurredAt) implements DomainEvent {
}
