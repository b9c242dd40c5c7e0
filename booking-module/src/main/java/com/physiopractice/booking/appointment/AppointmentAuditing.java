package com.physiopractice.booking.appointment;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentImported;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentCompleted;
import com.physiopractice.booking.AppointmentHeld;
import com.physiopractice.booking.AppointmentHoldReleased;
import com.physiopractice.booking.AppointmentMissed;
import com.physiopractice.booking.AppointmentRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The audit line of every change to an appointment, written in the change's own transaction (the
 * events are published while the appointment is saved), so the line exists exactly when the change does.
 */
@Component
class AppointmentAuditing {

    static final AuditAction APPOINTMENT_BOOKED = AuditAction.of("APPOINTMENT_BOOKED");
    static final AuditAction APPOINTMENT_CHANGED = AuditAction.of("APPOINTMENT_CHANGED");
    static final AuditAction APPOINTMENT_HELD = AuditAction.of("APPOINTMENT_HELD");
    static final AuditAction APPOINTMENT_HOLD_RELEASED = AuditAction.of("APPOINTMENT_HOLD_RELEASED");

    static final AuditAction APPOINTMENT_IMPORTED = AuditAction.of("APPOINTMENT_IMPORTED");

    private final AuditTrail audit;

    AppointmentAuditing(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        audit.recordWithChange(APPOINTMENT_BOOKED, AppointmentAccess.SUBJECT, booked.appointment());
    }

    @EventListener
    void on(AppointmentImported imported) {
        audit.recordWithChange(APPOINTMENT_IMPORTED, AppointmentAccess.SUBJECT, imported.appointment());
    }

    @EventListener
    void on(AppointmentRescheduled rescheduled) {
        audit.recordWithChange(APPOINTMENT_CHANGED, AppointmentAccess.SUBJECT, rescheduled.appointment());
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        audit.recordWithChange(APPOINTMENT_CHANGED, AppointmentAccess.SUBJECT, cancelled.appointment());
    }

    @EventListener
    void on(AppointmentCompleted completed) {
        audit.recordWithChange(APPOINTMENT_CHANGED, AppointmentAccess.SUBJECT, completed.appointment());
    }

    @EventListener
    void on(AppointmentHeld held) {
        audit.recordWithChange(APPOINTMENT_HELD, AppointmentAccess.SUBJECT, held.appointment());
    }

    @EventListener
    void on(AppointmentHoldReleased released) {
        audit.recordWithChange(APPOINTMENT_HOLD_RELEASED, AppointmentAccess.SUBJECT, released.appointment());
    }

    @EventListener
    void on(AppointmentMissed missed) {
        audit.recordWithChange(APPOINTMENT_CHANGED, AppointmentAccess.SUBJECT, missed.appointment());
    }
}
