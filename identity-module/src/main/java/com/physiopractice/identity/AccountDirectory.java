package com.physiopractice.identity;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may do with sign-in accounts: find where to write to someone, and (for the
 * demo data) create the accounts of people they set up. Nothing here reveals a password or a token.
 */
public interface AccountDirectory {

    /** Where to write to a patient: the email of her account, if it is enabled. */
    Optional<String> emailOf(PatientId patient);

    /** Where to write to a therapist: the email of her account, if it is enabled. */
    Optional<String> emailOf(TherapistId therapist);

    boolean exists(String email);

    TherapistId createTherapist(String email, String password, String fullName, @Nullable String title, String timeZone);

    /**
     * Registers a patient whose address the practice itself vouches for (the demo patient): her
     * address counts as verified.
     */
    PatientId registerPatient(String email, String password, String fullName, LocalDate dateOfBirth,
            @Nullable String phone, String timeZone);

    /** The therapist whose enabled account has this address (any case), if any. */
    Optional<TherapistId> therapistWithEmail(String email);

    /** An address as accounts keep it (trimmed, lower-case): two that compare equal here are one. */
    String normalizedEmail(String email);

    /** Which of these addresses (normalised) an account here has already. */
    java.util.Set<String> emailsInUse(java.util.Collection<String> normalizedEmails);

    /** A patient as the system the practice moved from knew her. */
    record ImportedPatient(String email, com.physiopractice.people.NewPatient details) {
    }

    /**
     * Creates the patients and their accounts in the caller's transaction, without sending
     * anything: each signs in after choosing a password with "Forgot your password?". The caller
     * has checked their details and that the addresses are unused and distinct.
     */
    java.util.List<PatientId> importPatients(java.util.List<ImportedPatient> patients);

    /** A new link that verifies the account's address (24 hours); empty when it is verified or disabled. */
    Optional<EmailLink> emailVerificationLink(AccountId account);

    /** A new link that lets the account's owner choose a new password (30 minutes); empty when disabled. */
    Optional<EmailLink> passwordResetLink(AccountId account);

    /** A new link with which invited staff choose their password (7 days); empty once enrolled or disabled. */
    Optional<EmailLink> staffEnrolmentLink(AccountId account);

    /** Where to tell the owner of an existing account that someone registered with her address. */
    Optional<String> emailOfAccount(AccountId account);

    /**
     * Closes a patient's account for good, at her request: her address and sign-in are erased, her
     * name and phone pseudonymised, {@link PatientAccountClosed} published to synchronous listeners.
     */
    void closePatientAccount(PatientId patient);

    /** A patient who closed her account, and when. */
    record ClosedPatient(PatientId patient, java.time.Instant closedAt) {
    }

    /** Patients who closed their accounts before this instant, longest ago first. */
    java.util.List<ClosedPatient> closedPatientsBefore(java.time.Instant before);
}
