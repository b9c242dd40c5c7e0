package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** The patient's check-in showed a new emergency or urgent sign: the consultation waits for the therapist. */
public record AppointmentHeld(AppointmentId appointment, TherapistId therapist, PatientId patient, String reason,
        Instant occurredAt) implements DomainEvent {
}
