package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** The therapist recorded that the patient did not attend (a no-show). */
public record AppointmentMissed(AppointmentId appointment, TherapistId therapist, PatientId patient, Instant start,
        Instant occurredAt) implements DomainEvent {
}
