package com.physiopractice.booking.appointment;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.ExpectedCheckIn;
import com.physiopractice.triage.SafetyConcernRaised;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Booking's side of the safety check-in before each consultation, in the transaction of each
 * change: triage is told of every booked, moved and cancelled consultation, and a new emergency or
 * urgent sign in a check-in holds the consultation (triage announces it; booking decides what it
 * means for the appointment, and triage never reaches into booking).
 */
@Component
class CheckInLink {

    private final CheckInSchedule checkIns;
    private final Appointments appointments;

    CheckInLink(CheckInSchedule checkIns, Appointments appointments) {
        this.checkIns = checkIns;
        this.appointments = appointments;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        expect(booked.appointment().value(), booked.start(), booked.end());
    }

    @EventListener
    void on(AppointmentRescheduled moved) {
        expect(moved.appointment().value(), moved.start(), moved.end());
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        checkIns.withdraw(cancelled.appointment());
    }

    @EventListener
    void on(SafetyConcernRaised concern) {
        if (concern.appointment() == null) {
            return;
        }
        Appointment appointment = appointments.findById(concern.appointment().value())
                .orElseThrow(() -> new NotFoundException("The appointment"));
        appointment.hold(concern.disposition() + " (" + String.join(", ", concern.rules()) + ")", concern.occurredAt());
        appointments.save(appointment);
    }

    private void expect(java.util.UUID id, Instant start, Instant end) {
        Appointment appointment = appointments.findById(id).orElseThrow(() -> new NotFoundException("The appointment"));
        if (appointment.intake() == null) {
            // Imported: the check-in asks what changed since her intake form, and she has none here yet.
            return;
        }
        checkIns.expect(new ExpectedCheckIn(appointment.id(), appointment.patient(), appointment.intake(), start, end,
                appointment.bookedAt()));
    }
}
