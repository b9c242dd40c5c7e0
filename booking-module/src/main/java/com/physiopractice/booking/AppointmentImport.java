package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;

/**
 * Future appointments carried over from the system a practice moves from. They were booked there,
 * so the online booking rules (working hours, notice, horizon, an intake form) do not apply; what
 * does: a kind of consultation offered here, a start ahead and on the slot grid, outside the
 * therapist's time off, and no overlap with any other appointment (booked here or imported).
 */
public interface AppointmentImport {

    /** One appointment as the former system had it booked. */
    record ImportedAppointment(TherapistId therapist, PatientId patient, String type, Instant start) {
    }

    /** The codes of the kinds of consultation offered here, e.g. {@code FOLLOW_UP}. */
    List<String> typeCodes();

    /**
     * Why each one that cannot be imported cannot, by its index in the list; empty when all can.
     * The fields named are {@code type}, {@code start} and {@code therapist}.
     */
    SortedMap<Integer, FieldProblem> problemsWith(List<ImportedAppointment> appointments);

    /**
     * Books them all as CONFIRMED in the caller's transaction, with a video room each, and no
     * confirmation email ({@link AppointmentImported}); refuses the lot if {@link #problemsWith} finds
     * anything, or if one of the times was taken meanwhile.
     */
    List<AppointmentId> importAll(List<ImportedAppointment> appointments);
}
