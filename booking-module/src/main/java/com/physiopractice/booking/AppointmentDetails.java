package com.physiopractice.booking;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import java.time.Instant;

/**
 * What notifications and calendars need of an appointment: who, when, its state and its video
 * room. No clinical data.
 *
 * @param typeName the consultation's name, e.g. "Initial online consultation"
 * @param calendarSequence RFC 5545 SEQUENCE: rises with each reschedule and once more when it ends
 */
public record AppointmentDetails(AppointmentId id, TherapistId therapist, PatientId patient, String typeName,
        Instant start, Instant end, AppointmentStatus status, int calendarSequence, String videoLink) {

    /** The same UID in every invitation, download and feed, so calendars update one entry in place. */
    public String calendarUid() {
        return "appointment-" + id + "@physio-practice";
    }

    public boolean isActive() {
        return status.isActive();
    }
}
