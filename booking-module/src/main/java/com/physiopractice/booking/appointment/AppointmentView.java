package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentStatus;
import java.time.Instant;
import java.util.List;

/**
 * An appointment as the API shows it. Kept as a record so the first answer to an Idempotency-Key
 * can be stored and returned again unchanged.
 *
 * @param durationMinutes the consultation's length
 * @param videoLink the private video room; only the patient and the therapist ever see an appointment
 */
public record AppointmentView(String id, String therapistId, String patientId, String type, AppointmentStatus status,
        Instant start, Instant end, int durationMinutes, String intakeId, Instant bookedAt, int rescheduleCount,
        String cancellationReason, String videoLink, List<Change> history) {

    public record Change(Instant at, String kind, String byRole, Instant previousStart, Instant newStart) {
    }

    static AppointmentView of(Appointment appointment) {
        return new AppointmentView(appointment.id().toString(), appointment.therapist().toString(),
                appointment.patient().toString(), appointment.typeCode(), appointment.status(), appointment.time().start(),
                appointment.time().end(), (int) appointment.time().length().toMinutes(), appointment.intake().toString(),
                appointment.bookedAt(), appointment.rescheduleCount(), appointment.endReason(), appointment.videoLink(),
                appointment.changes().stream().map(change -> new Change(change.changedAt(), change.kind(),
                        change.actorRole(), change.oldStart(), change.newStart())).toList());
    }
}
