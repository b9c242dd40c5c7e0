package com.physiopractice.booking;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.events.DomainEvent;
import java.time.Instant;

/** What happens to appointments, for notifications and calendars. They carry ids and times, never clinical data. */
public final class AppointmentEvents {

    private AppointmentEvents() {
    }

    public record AppointmentBooked(AppointmentId appointment, TherapistId therapist, PatientId patient, String type,
            Instant start, Instant end, Instant occurredAt) implements DomainEvent {
    }

    /** @param sequence how many times it has been rescheduled; calendars use it to update the entry in place */
    public record AppointmentRescheduled(AppointmentId appointment, TherapistId therapist, PatientId patient,
            Instant previousStart, Instant start, Instant end, int sequence, Instant occurredAt) implements DomainEvent {
    }

    public record AppointmentCancelled(AppointmentId appointment, TherapistId therapist, PatientId patient,
            AppointmentStatus status, Instant start, Instant occurredAt) implements DomainEvent {
    }
}
