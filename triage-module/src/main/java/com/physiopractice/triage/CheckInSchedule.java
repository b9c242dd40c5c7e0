package com.physiopractice.triage;

import com.physiopractice.sharedkernel.AppointmentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The safety check-in before each consultation, for booking: it says which consultations expect
 * one (and when they move or are cancelled), and shows the therapist every check-in and an
 * unanswered one on the appointment. New emergency or urgent signs in a check-in are announced as
 * {@link SafetyConcernRaised} with the appointment, which booking holds.
 */
public interface CheckInSchedule {

    /** The patient is asked to check in before this consultation; again for its new time when it moves. */
    void expect(ExpectedCheckIn consultation);

    /** The consultation was cancelled: no check-in is asked for any more. */
    void withdraw(AppointmentId appointment);

    /** Where the check-in of a consultation stands; empty for a consultation triage was not told of. */
    Optional<Status> statusOf(AppointmentId appointment);

    /** Where the check-ins of these consultations stand (those triage was told of), read at once. */
    default List<Status> statusesOf(java.util.Collection<AppointmentId> appointments) {
        return appointments.stream().map(this::statusOf).flatMap(Optional::stream).toList();
    }

    /**
     * @param askedFrom when the patient is asked: 24 hours before the start, or at booking when later
     * @param awaited asked for and not answered since (an unanswered check-in)
     * @param answers every check-in, oldest first
     */
    record Status(AppointmentId appointment, Instant askedFrom, boolean awaited, List<Answered> answers) {

        public Status {
            answers = List.copyOf(answers);
        }
    }

    /**
     * One check-in.
     *
     * @param newSigns safety questions answered yes that were no at the intake or the previous check-in
     * @param disposition EMERGENCY or URGENT_MEDICAL when a new sign gives it; absent otherwise
     * @param rules the rules that gave it
     */
    record Answered(Instant answeredAt, List<String> newSigns, @Nullable Disposition disposition, List<String> rules) {

        public Answered {
            newSigns = List.copyOf(newSigns);
            rules = List.copyOf(rules);
        }
    }
}
