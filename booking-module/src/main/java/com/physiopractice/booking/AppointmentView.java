package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An appointment as the module shows it to its own web layer and to other modules: who, what,
 * when, where it stands, its history and its video room. No clinical data.
 *
 * @param type the kind of consultation's code, e.g. {@code FOLLOW_UP}
 * @param typeName its name, e.g. "Follow-up online consultation"
 * @param intake the intake form it was booked with; absent for one imported from the system the
 *        practice moved from
 * @param calendarSequence RFC 5545 SEQUENCE: rises with each reschedule and once more when it ends
 * @param cancellationReason why it was cancelled, when a reason was given
 * @param videoLink the private video room; only its patient and its therapist ever see an appointment
 * @param history what happened to it, oldest first
 * @param hold present while a new sign in the patient's check-in makes it wait for the therapist
 */
public record AppointmentView(AppointmentId id, TherapistId therapist, PatientId patient, String type, String typeName,
        AppointmentStatus status, Instant start, Instant end, @Nullable IntakeId intake, Instant bookedAt, int rescheduleCount,
        int calendarSequence, @Nullable String cancellationReason, @Nullable String videoLink, List<Change> history,
        @Nullable Hold hold) {

    /**
     * Why the consultation waits for the therapist.
     *
     * @param reason the disposition and rule codes of the new sign, e.g. {@code URGENT_MEDICAL (U-INFECTION)}
     */
    public record Hold(Instant since, String reason) {
    }

    /**
     * One line of its history.
     *
     * @param kind BOOKED, RESCHEDULED, or the status it ended in
     * @param byRole who did it: PATIENT or THERAPIST
     */
    public record Change(Instant at, String kind, String byRole, @Nullable Instant previousStart,
            @Nullable Instant newStart) {
    }

    /** The same UID in every invitation, download and feed, so calendars update one entry in place. */
    public String calendarUid() {
        return "appointment-" + id + "@physio-practice";
    }

    /** The video room opens this long before the start, so she can check her camera and sound. */
    public static final Duration ROOM_OPENS_BEFORE = Duration.ofMinutes(10);

    /** Whether its patient can join the call now: booked, from {@link #ROOM_OPENS_BEFORE} the start until its end. */
    public boolean roomOpenAt(Instant now) {
        return isActive() && videoLink != null && !now.isBefore(start.minus(ROOM_OPENS_BEFORE)) && now.isBefore(end);
    }

    public boolean isActive() {
        return status.isActive();
    }

    public int durationMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }
}
