package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** The therapist cleared a held consultation to go ahead. */
public record AppointmentHoldReleased(AppointmentId appointment, TherapistId therapist, PatientId patient,
        Instant occurredAt) implements DomainEvent {
}
