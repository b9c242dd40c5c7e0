package com.physiopractice.booking;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.util.List;

/**
 * A therapist's own consultations as her workspace pages use them, with the API's rules, locks and
 * audit: what she has between two instants, and recording how each went. Cancelling and moving
 * one go through {@link OnlineBooking} (the same use cases serve her and her patients). A refusal
 * (marking one that has not started, one already ended) is a {@code DomainRefusal} saying why.
 */
public interface PracticeDiary {

    /** Her appointments overlapping [{@code from}, {@code to}), soonest first, whatever their status; audited as API reads. */
    List<AppointmentView> between(Caller therapist, Instant from, Instant to);

    /** Her appointments with one patient, whatever their status, latest first; audited as API reads. */
    List<AppointmentView> withPatient(Caller therapist, PatientId patient);

    /** The consultation took place; only once it has started. */
    AppointmentView complete(Caller therapist, AppointmentId appointment);

    /** The patient did not come; only once it has started. */
    AppointmentView markNoShow(Caller therapist, AppointmentId appointment);
}
