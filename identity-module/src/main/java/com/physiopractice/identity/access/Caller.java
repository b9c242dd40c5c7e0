package com.physiopractice.identity.access;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person an API call comes from, as the modules see them: an account with a role,
 * and the patient or therapist that account is. Controllers receive it as a method argument, so
 * ownership checks are plain code that tests can call without a security context. Which roles may
 * call an endpoint at all is declared apart, as {@link EndpointAccess}.
 *
 * @param patient set exactly when the role is {@link Role#PATIENT}
 * @param therapist set exactly when the role is {@link Role#THERAPIST}
 */
public record Caller(AccountId account, Role role, @Nullable PatientId patient, @Nullable TherapistId therapist) {

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

    /**
     * The patient this caller is. For endpoints only patients may call (their {@link EndpointAccess}
     * says so): anyone else here is a mistake in those rules, not a caller to answer.
     */
    public PatientId requirePatient() {
        if (patient == null) {
            throw new IllegalStateException("the caller is not a patient; the endpoint's access rules should have said so");
        }
        return patient;
    }

    /** The therapist this caller is, for endpoints only therapists may call (see {@link #requirePatient()}). */
    public TherapistId requireTherapist() {
        if (therapist == null) {
            throw new IllegalStateException("the caller is not a therapist; the endpoint's access rules should have said so");
        }
        return therapist;
    }

    public Optional<PatientId> patientId() {
        return Optional.ofNullable(patient);
    }

    public Optional<TherapistId> therapistId() {
        return Optional.ofNullable(therapist);
    }
}
