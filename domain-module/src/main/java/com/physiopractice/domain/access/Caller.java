package com.physiopractice.domain.access;

import com.physiopractice.domain.AccountId;
import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person an API call comes from, as the modules see them: an account with a role,
 * and the patient or therapist that account is. Controllers receive it as a method argument, so
 * ownership checks are plain code that tests can call without a security context.
 *
 * @param patient set exactly when the role is {@link Role#PATIENT}
 * @param therapist set exactly when the role is {@link Role#THERAPIST}
 */
public record Caller(AccountId account, Role role, PatientId patient, TherapistId therapist) {

    public Caller {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        if ((role == Role.PATIENT) != (patient != null) || (role == Role.THERAPIST) != (therapist != null)) {
            throw new IllegalArgumentException("a caller is a patient or a therapist exactly when their role says so");
        }
    }

    public static Caller patient(AccountId account, PatientId patient) {
        return new Caller(account, Role.PATIENT, patient, null);
    }

    public static Caller therapist(AccountId account, TherapistId therapist) {
        return new Caller(account, Role.THERAPIST, null, therapist);
    }

    public static Caller admin(AccountId account) {
        return new Caller(account, Role.ADMIN, null, null);
    }

    public boolean isPatient() {
        return role == Role.PATIENT;
    }

    public boolean isTherapist() {
        return role == Role.THERAPIST;
    }

    public Optional<PatientId> patientId() {
        return Optional.ofNullable(patient);
    }

    public Optional<TherapistId> therapistId() {
        return Optional.ofNullable(therapist);
    }
}
