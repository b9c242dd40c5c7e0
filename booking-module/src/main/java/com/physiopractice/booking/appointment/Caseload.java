package com.physiopractice.booking.appointment;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.TherapistCaseload;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's booked appointments still to come, with how to reach each patient: what the
 * practice has to move or cancel when she leaves (her account disabled), shown before and after.
 */
@Service
public class Caseload implements TherapistCaseload {

    public static final AuditAction CASELOAD_LISTED = AuditAction.of("THERAPIST_CASELOAD_LISTED");

    private final AppointmentQueryService appointments;
    private final PatientDirectory patients;
    private final AccountDirectory accounts;
    private final AuditTrail audit;
    private final Clock clock;

    Caseload(AppointmentQueryService appointments, PatientDirectory patients, AccountDirectory accounts,
            AuditTrail audit, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingAppointment> upcoming(TherapistId therapist) {
        List<UpcomingAppointment> upcoming = appointments.confirmedOfTherapistFrom(therapist, clock.instant()).stream()
                .map(appointment -> {
                    Optional<PatientProfile> patient = patients.find(appointment.patient());
                    return new UpcomingAppointment(appointment, patient.map(PatientProfile::fullName).orElse(""),
                            accounts.emailOf(appointment.patient()).orElse(null),
                            patient.map(PatientProfile::phone).orElse(null));
                })
                .toList();
        // Patients' contact details were read: who looked is on the trail.
        audit.record(CASELOAD_LISTED, "THERAPIST", therapist);
        return upcoming;
    }
}
