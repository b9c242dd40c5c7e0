package com.physiopractice.booking.web;

import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.triage.CheckInSchedule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An appointment in the API. Times carry the offset of the zone the request named (the offset of
 * the booked {@code start}, or {@code timeZone} on reads; UTC otherwise).
 *
 * @param durationMinutes the consultation's length
 * @param videoLink the private video room for the consultation (patient and therapist only)
 * @param hold present while a new emergency or urgent sign in the patient's check-in makes the
 *        consultation wait for the therapist to clear it
 * @param checkIn the safety check-in before it: when it is asked for, whether it is awaited (asked
 *        and unanswered), and every check-in; on the read of one appointment only
 */
record AppointmentResponse(String id, String therapistId, String patientId, String type, AppointmentStatus status,
        OffsetDateTime start, OffsetDateTime end, int durationMinutes, @Nullable String intakeId, Instant bookedAt,
        int rescheduleCount, @Nullable String cancellationReason, @Nullable String videoLink,
        List<AppointmentView.Change> history, AppointmentView.@Nullable Hold hold,
        CheckInSchedule.@Nullable Status checkIn) {

    static AppointmentResponse of(AppointmentView view, @Nullable ZoneId zone) {
        return of(view, zone, null);
    }

    static AppointmentResponse of(AppointmentView view, @Nullable ZoneId zone, CheckInSchedule.@Nullable Status checkIn) {
        ZoneId shown = zone == null ? ZoneOffset.UTC : zone;
        return new AppointmentResponse(view.id().toString(), view.therapist().toString(), view.patient().toString(),
                view.type(), view.status(), view.start().atZone(shown).toOffsetDateTime(),
                view.end().atZone(shown).toOffsetDateTime(), view.durationMinutes(),
                view.intake() == null ? null : view.intake().toString(),
                view.bookedAt(), view.rescheduleCount(), view.cancellationReason(), view.videoLink(), view.history(),
                view.hold(), checkIn);
    }
}
