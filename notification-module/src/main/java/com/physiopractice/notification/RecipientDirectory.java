package com.physiopractice.notification;

import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names, addresses and time zones of patients and therapists; empty for anyone without an enabled
 * account. Each look-up reads the person and their account in one read-only transaction (or in the
 * caller's, when it has one).
 */
@Component
@Transactional(readOnly = true)
class RecipientDirectory {

    private final PatientDirectory patients;
    private final TherapistDirectory therapists;
    private final AccountDirectory accounts;

    RecipientDirectory(PatientDirectory patients, TherapistDirectory therapists, AccountDirectory accounts) {
        this.patients = patients;
        this.therapists = therapists;
        this.accounts = accounts;
    }

    Optional<Recipient> patient(PatientId id) {
        return patients.find(id).flatMap(patient -> accounts.emailOf(id)
                .map(email -> new Recipient("patient-" + id, patient.fullName(), email, patient.timeZone())));
    }

    Optional<Recipient> therapist(TherapistId id) {
        return therapists.find(id).flatMap(this::therapist);
    }

    List<Recipient> activeTherapists() {
        return therapists.active().stream().flatMap(therapist -> therapist(therapist).stream()).toList();
    }

    String therapistName(TherapistId id) {
        return therapists.find(id).map(TherapistProfile::displayName).orElse("your therapist");
    }

    private Optional<Recipient> therapist(TherapistProfile therapist) {
        return accounts.emailOf(therapist.id()).map(email -> new Recipient("therapist-" + therapist.id(),
                therapist.displayName(), email, therapist.timeZone()));
    }
}
