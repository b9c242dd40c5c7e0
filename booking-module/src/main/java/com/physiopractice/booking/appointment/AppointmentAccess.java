package com.physiopractice.booking.appointment;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose an appointment is: its patient's and its therapist's, nobody else's. Anyone else is told
 * it does not exist, and the refusal lands in the audit trail.
 */
@Component
class AppointmentAccess {

    static final AuditAction APPOINTMENT_ACCESS_REFUSED = AuditAction.of("APPOINTMENT_ACCESS_REFUSED");
    static final String SUBJECT = "APPOINTMENT";

    private final Appointments appointments;
    private final AuditTrail audit;

    AppointmentAccess(Appointments appointments, AuditTrail audit) {
        this.appointments = appointments;
        this.audit = audit;
    }

    /** The appointment, loaded for one of its two parties. */
    Appointment ofParty(Caller caller, AppointmentId id) {
        Appointment appointment = appointments.findById(id.value())
                .orElseThrow(() -> new NotFoundException("The appointment"));
        boolean party = caller.isPatient() ? appointment.isOf(caller.requirePatient())
                : caller.isTherapist() && appointment.isWith(caller.requireTherapist());
        if (!party) {
            audit.record(APPOINTMENT_ACCESS_REFUSED, SUBJECT, id);
            throw new NotFoundException("The appointment");
        }
        return appointment;
    }

    static ChangedBy changedBy(Caller caller) {
        return caller.isPatient() ? ChangedBy.PATIENT : ChangedBy.THERAPIST;
    }
}
