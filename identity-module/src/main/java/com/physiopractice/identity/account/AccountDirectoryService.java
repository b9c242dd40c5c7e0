package com.physiopractice.identity.account;

import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.EmailLink;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.account.AccountService.TherapistOnboarding;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDirectoryService implements AccountDirectory {

    /** How long a link that verifies an address works. */
    static final Duration VERIFICATION_LINK_LIFETIME = Duration.ofHours(24);
    /** How long a link that resets a password works: short, since it gives the account away. */
    static final Duration RESET_LINK_LIFETIME = Duration.ofMinutes(30);
    /** How long an invitation to join the practice's staff works. */
    static final Duration ENROLMENT_LINK_LIFETIME = Duration.ofDays(7);

    private final AccountService accounts;
    private final Accounts repository;
    private final EmailLinks links;
    private final PatientDirectory patients;
    private final com.physiopractice.people.TherapistDirectory therapists;

    AccountDirectoryService(AccountService accounts, Accounts repository, EmailLinks links, PatientDirectory patients,
            com.physiopractice.people.TherapistDirectory therapists) {
        this.therapists = therapists;
        this.accounts = accounts;
        this.repository = repository;
        this.links = links;
        this.patients = patients;
    }

    @Override
    @Transactional
    public Optional<EmailLink> emailVerificationLink(AccountId account) {
        return repository.findById(account.value())
                .filter(found -> found.isEnabled() && !found.isEmailVerified())
                .map(found -> {
                    // Only the newest link works: one sent earlier may be in a mailbox someone else reads.
                    links.withdrawAll(found.id(), EmailLinks.Purpose.VERIFY_EMAIL);
                    EmailLinks.Issued issued = links.issue(found.id(), EmailLinks.Purpose.VERIFY_EMAIL,
                            VERIFICATION_LINK_LIFETIME);
                    return new EmailLink(found.email(), nameOf(found), issued.token(), issued.expiresAt());
                });
    }

    @Override
    @Transactional
    public Optional<EmailLink> passwordResetLink(AccountId account) {
        return repository.findById(account.value()).filter(Account::isEnabled).map(found -> {
            links.withdrawAll(found.id(), EmailLinks.Purpose.RESET_PASSWORD);
            EmailLinks.Issued issued = links.issue(found.id(), EmailLinks.Purpose.RESET_PASSWORD, RESET_LINK_LIFETIME);
            return new EmailLink(found.email(), nameOf(found), issued.token(), issued.expiresAt());
        });
    }

    @Override
    @Transactional
    public Optional<EmailLink> staffEnrolmentLink(AccountId account) {
        return repository.findById(account.value()).filter(found -> found.isEnabled() && found.isAwaitingEnrolment())
                .map(found -> {
                    links.withdrawAll(found.id(), EmailLinks.Purpose.ENROL_STAFF);
                    EmailLinks.Issued issued = links.issue(found.id(), EmailLinks.Purpose.ENROL_STAFF,
                            ENROLMENT_LINK_LIFETIME);
                    return new EmailLink(found.email(), staffName(found), issued.token(), issued.expiresAt());
                });
    }

    private String staffName(Account account) {
        return account.role() == com.physiopractice.identity.access.Role.THERAPIST
                ? therapists.find(account.requireTherapist()).map(com.physiopractice.people.TherapistProfile::fullName)
                        .orElse("there")
                : "there";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOfAccount(AccountId account) {
        return repository.findById(account.value()).filter(Account::isEnabled).map(Account::email);
    }

    private String nameOf(Account account) {
        return account.role() == com.physiopractice.identity.access.Role.PATIENT
                ? patients.find(account.requirePatient()).map(PatientProfile::fullName).orElse("there")
                : "there";
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<ClosedPatient> closedPatientsBefore(java.time.Instant before) {
        return repository.findClosedPatientsBefore(before).stream()
                .map(account -> new ClosedPatient(account.requirePatient(), account.closedAt())).toList();
    }

    @Override
    public void closePatientAccount(PatientId patient) {
        accounts.closePatient(patient);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(PatientId patient) {
        return repository.enabledEmailOfPatient(patient.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(TherapistId therapist) {
        return repository.enabledEmailOfTherapist(therapist.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TherapistId> therapistWithEmail(String email) {
        return repository.enabledTherapistWithEmail(Account.normalizeEmail(email)).map(TherapistId::new);
    }

    @Override
    public String normalizedEmail(String email) {
        return java.util.Objects.requireNonNull(Account.normalizeEmail(email));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<String> emailsInUse(java.util.Collection<String> normalizedEmails) {
        return normalizedEmails.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(repository.findEmailsIn(normalizedEmails));
    }

    @Override
    public java.util.List<PatientId> importPatients(java.util.List<ImportedPatient> patients) {
        return accounts.importPatients(patients);
    }

    @Override
    public boolean exists(String email) {
        return accounts.emailInUse(email);
    }

    @Override
    public TherapistId createTherapist(String email, String password, String fullName, @Nullable String title,
            String timeZone) {
        return accounts.createTherapist(new TherapistOnboarding(email, password, fullName, title, timeZone))
                .requireTherapist();
    }

    @Override
    public PatientId registerPatient(String email, String password, String fullName, LocalDate dateOfBirth,
            @Nullable String phone, String timeZone) {
        return accounts.registerVouchedPatient(new PatientRegistration(email, password, fullName, dateOfBirth, phone,
                timeZone)).requirePatient();
    }
}
