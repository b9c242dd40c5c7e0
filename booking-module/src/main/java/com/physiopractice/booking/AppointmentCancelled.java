package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** A consultation was cancelled: {@code status} is CANCELLED, or LATE_CANCELLED by a patient inside the change window. */
public record AppointmentCancelled(AppointmentId appointment, TherapistId therapist, PatientId patient,
        AppointmentStatus status, Instant start, Instant occurredAt) implements DomainEvent {
}
