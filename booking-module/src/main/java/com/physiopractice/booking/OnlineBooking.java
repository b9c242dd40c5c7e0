package com.physiopractice.booking;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Booking as a patient does it from the pages, with the same rules, locks and audit as the API.
 * A refusal (the time was just taken, the limit of bookings, an intake that needs a doctor first)
 * is a {@code DomainRefusal} that says what and why.
 */
public interface OnlineBooking {

    /** The kinds of consultation the practice offers. */
    List<AppointmentType> appointmentTypes();

    AppointmentView book(PatientId patient, TherapistId therapist, String type, Instant start, IntakeId intake);

    /** One of the caller's own appointments, read and audited as through the API; anyone else's is not found. */
    AppointmentView appointment(Caller caller, AppointmentId appointment);

    /**
     * The caller's consultations, read once (one query, audited as through the API).
     *
     * @param upcoming booked and not over yet, soonest first
     * @param past those that took place, were missed or were cancelled, latest first
     */
    record Consultations(List<AppointmentView> upcoming, List<AppointmentView> past) {
    }

    Consultations consultations(Caller caller);

    /**
     * Moves one of the caller's own to another free time of the same therapist, with the API's rules:
     * refused within {@link #changeWindow()} of its start.
     */
    AppointmentView reschedule(Caller caller, AppointmentId appointment, Instant newStart);

    /** One of the caller's own as an RFC 5545 file (the same UID and SEQUENCE as the emailed invitations). */
    String calendarFile(Caller caller, AppointmentId appointment);

    /** Cancels one of the caller's own; within {@link #changeWindow()} of its start it is a late cancellation. */
    AppointmentView cancel(Caller caller, AppointmentId appointment, @Nullable String reason);

    /** How long before its start an appointment can still be moved or cancelled without counting as late. */
    Duration changeWindow();
}
