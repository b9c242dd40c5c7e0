package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * An appointment booked in the system the practice moved from was imported: it takes the
 * therapist's time as a booking does, but nobody booked it here, so no confirmation goes out.
 */
public record AppointmentImported(AppointmentId appointment, TherapistId therapist, PatientId patient, Instant start,
        Instant end, Instant occurredAt) implements DomainEvent {
}
