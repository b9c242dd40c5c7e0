package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** A patient booked a consultation. Carries ids and times, never clinical data. */
public record AppointmentBooked(AppointmentId appointment, TherapistId therapist, PatientId patient, String type,
        Instant start, Instant end, Instant occurredAt) implements DomainEvent {
}
