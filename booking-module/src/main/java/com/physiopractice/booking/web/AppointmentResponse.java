package com.physiopractice.booking.web;

import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.appointment.AppointmentView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * An appointment in the API. Times carry the offset of the zone the request named (the offset of
 * the booked {@code start}, or {@code timeZone} on reads; UTC otherwise).
 *
 * @param videoLink the private video room for the consultation (patient and therapist only)
 */
record AppointmentResponse(String id, String therapistId, String patientId, String type, AppointmentStatus status,
        OffsetDateTime start, OffsetDateTime end, int durationMinutes, String intakeId, Instant bookedAt,
        int rescheduleCount, String cancellationReason, String videoLink, List<AppointmentView.Change> history) {

    static AppointmentResponse of(AppointmentView view, ZoneId zone) {
        ZoneId shown = zone == null ? ZoneOffset.UTC : zone;
        return new AppointmentResponse(view.id(), view.therapistId(), view.patientId(), view.type(), view.status(),
                view.start().atZone(shown).toOffsetDateTime(), view.end().atZone(shown).toOffsetDateTime(),
                view.durationMinutes(), view.intakeId(), view.bookedAt(), view.rescheduleCount(),
                view.cancellationReason(), view.videoLink(), view.history());
    }
}
