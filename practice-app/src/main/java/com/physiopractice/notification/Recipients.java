package com.physiopractice.notification;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.people.Patients;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.people.Therapists;
import com.physiopractice.identity.PracticeAccounts;
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
class Recipients {

    private final Patients patients;
    private final Therapists therapists;
    private final PracticeAccounts accounts;

    Recipients(Patients patients, Therapists therapists, PracticeAccounts accounts) {
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
        return therapists.findByActiveTrueOrderByFullName().stream().flatMap(therapist -> therapist(therapist).stream())
                .toList();
    }

    String therapistName(TherapistId id) {
        return therapists.find(id).map(Therapist::displayName).orElse("your therapist");
    }

    private Optional<Recipient> therapist(Therapist therapist) {
        return accounts.emailOf(therapist.id()).map(email -> new Recipient("therapist-" + therapist.id(),
                therapist.displayName(), email, therapist.timeZone()));
    }
}
