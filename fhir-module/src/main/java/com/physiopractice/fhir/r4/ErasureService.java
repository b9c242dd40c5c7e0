package com.physiopractice.fhir.r4;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.OnlineBooking;
import com.physiopractice.fhir.DataErasure;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One transaction: the cancellations, the account's erasure and the pseudonym happen together or not
 * at all, so a failure leaves her account as it was and she can ask again.
 */
@Service
class ErasureService implements DataErasure {

    static final AuditAction ACCOUNT_CLOSURE_REQUESTED = AuditAction.of("ACCOUNT_CLOSURE_REQUESTED");
    static final String REASON = "The patient closed her account.";

    private final OnlineBooking booking;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Clock clock;

    ErasureService(OnlineBooking booking, AccountDirectory accounts, AuditTrail audit, Clock clock) {
        this.clock = clock;
        this.booking = booking;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Closed closeAccount(Caller patient) {
        PatientId her = patient.requirePatient();
        // Those still to start: one under way now is left to end (and be recorded) as it is.
        List<AppointmentView> upcoming = booking.consultations(patient).upcoming().stream()
                .filter(appointment -> appointment.start().isAfter(clock.instant())).toList();
        upcoming.forEach(appointment -> booking.cancel(patient, appointment.id(), REASON));
        accounts.closePatientAccount(her);
        audit.recordWithChange(ACCOUNT_CLOSURE_REQUESTED, "Patient", her);
        return new Closed(upcoming.size());
    }
}
