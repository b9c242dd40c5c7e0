package com.physiopractice.identity.account;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.people.NewPatient;
import com.physiopractice.people.NewTherapist;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.identity.AccountDisabled;
import com.physiopractice.identity.PatientAccountClosed;
import com.physiopractice.identity.EmailVerificationRequested;
import com.physiopractice.identity.PasswordResetRequested;
import com.physiopractice.identity.RegistrationForExistingAccount;
import com.physiopractice.identity.StaffInvited;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.time.IanaTimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts and the people behind them, checks passwords, and keeps profiles. */
@Service
public class AccountService {

    public static final AuditAction ACCOUNT_REGISTERED = AuditAction.of("ACCOUNT_REGISTERED");
    public static final AuditAction ACCOUNT_IMPORTED = AuditAction.of("ACCOUNT_IMPORTED");
    public static final AuditAction REGISTRATION_FOR_EXISTING_ACCOUNT = AuditAction.of("REGISTRATION_FOR_EXISTING_ACCOUNT");
    public static final AuditAction EMAIL_VERIFIED = AuditAction.of("EMAIL_VERIFIED");
    public static final AuditAction STAFF_ENROLLED = AuditAction.of("STAFF_ENROLLED");
    public static final AuditAction PASSWORD_RESET_REQUESTED = AuditAction.of("PASSWORD_RESET_REQUESTED");
    public static final AuditAction PASSWORD_RESET = AuditAction.of("PASSWORD_RESET");
    public static final AuditAction PASSWORD_CHANGED = AuditAction.of("PASSWORD_CHANGED");
    public static final AuditAction PASSWORD_CHANGE_REFUSED = AuditAction.of("PASSWORD_CHANGE_REFUSED");
    public static final AuditAction ACCOUNT_CREATED = AuditAction.of("ACCOUNT_CREATED");
    public static final AuditAction ACCOUNT_DISABLED = AuditAction.of("ACCOUNT_DISABLED");
    public static final AuditAction ACCOUNT_CLOSED = AuditAction.of("ACCOUNT_CLOSED");
    public static final AuditAction REAUTHENTICATION_REFUSED = AuditAction.of("REAUTHENTICATION_REFUSED");
    public static final AuditAction PROFILE_READ = AuditAction.of("PROFILE_READ");
    public static final AuditAction PROFILE_CHANGED = AuditAction.of("PROFILE_CHANGED");

    private final Accounts accounts;
    private final PatientDirectory patients;
    private final TherapistDirectory therapists;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final Clock clock;
    /** Compared against when the email is unknown, so both answers take as long. */
    private final String unknownAccountHash;

    private final TransactionTemplate transactions;
    private final EmailLinks links;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    AccountService(Accounts accounts, PatientDirectory patients, TherapistDirectory therapists,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditTrail audit, Clock clock,
            PlatformTransactionManager transactionManager, EmailLinks links, ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.links = links;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.patients = patients;
        this.therapists = therapists;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
        this.unknownAccountHash = passwordEncoder.encode("no account has this password: " + System.nanoTime());
    }

    /** What a patient gives to register. */
    public record PatientRegistration(String email, String password, String fullName, @Nullable LocalDate dateOfBirth,
            @Nullable String phone, String timeZone) {
    }

    /** What an administrator gives to add a therapist. */
    public record TherapistOnboarding(String email, String password, String fullName, @Nullable String title,
            String timeZone) {
    }

    /** What a registration did. The client is given the same answer for both: nothing is revealed. */
    public enum RegistrationOutcome { NEW_ACCOUNT, ADDRESS_ALREADY_REGISTERED }

    /**
     * A patient registers herself. Every bad field is named at once and nothing is stored. A new
     * address gets an account whose address is verified when she follows the link sent to it; an
     * address that has an account gets an email saying so, and no second account. The password is
     * hashed either way, before the transaction: the two take the same time, and a flood of
     * registrations does not hold pooled connections while hashing.
     */
    public RegistrationOutcome register(PatientRegistration registration) {
        NewPatient patient = validated(registration);
        String email = Account.normalizeEmail(registration.email());
        String passwordHash = passwordEncoder.encode(registration.password());
        return transactions.execute(status -> {
            Instant now = clock.instant();
            Optional<Account> existing = accounts.findByEmail(email);
            if (existing.isPresent()) {
                audit.recordWithChange(REGISTRATION_FOR_EXISTING_ACCOUNT, "ACCOUNT", existing.get().id());
                events.publishEvent(new RegistrationForExistingAccount(existing.get().id(), now));
                return RegistrationOutcome.ADDRESS_ALREADY_REGISTERED;
            }
            PatientProfile registered = patients.register(patient);
            Account account = accounts.save(Account.forPatient(registered.id(), email, passwordHash, now));
            audit.recordWithChange(ACCOUNT_REGISTERED, "ACCOUNT", account.id());
            events.publishEvent(new EmailVerificationRequested(account.id(), now));
            return RegistrationOutcome.NEW_ACCOUNT;
        });
    }

    /**
     * Patients carried over from the system the practice moved from, in the caller's transaction:
     * each gets a patient record and an account that signs in once she has chosen a password by
     * "Forgot your password?" (no email is sent now). The details were checked by the caller
     * ({@link com.physiopractice.people.PatientDirectory#problemsWith}, addresses unused); the
     * database's unique address refuses the lot if one was taken meanwhile. One unusable hash
     * serves them all: hashing thousands would take minutes and guard nothing more.
     */
    @Transactional
    public List<PatientId> importPatients(List<com.physiopractice.identity.AccountDirectory.ImportedPatient> imported) {
        String unusable = unusableHash();
        Instant now = clock.instant();
        List<PatientId> ids = new ArrayList<>(imported.size());
        for (com.physiopractice.identity.AccountDirectory.ImportedPatient patient : imported) {
            PatientProfile registered = patients.register(patient.details());
            Account account = accounts.save(Account.importedPatient(registered.id(), Account.normalizeEmail(
                    patient.email()), unusable, now));
            audit.recordWithChange(ACCOUNT_IMPORTED, "ACCOUNT", account.id());
            ids.add(registered.id());
        }
        return ids;
    }

    /** A patient whose address the practice vouches for (the demo patient): verified at once. */
    public Account registerVouchedPatient(PatientRegistration registration) {
        NewPatient patient = validated(registration);
        String email = Account.normalizeEmail(registration.email());
        String passwordHash = passwordEncoder.encode(registration.password());
        return transactions.execute(status -> {
            requireUnusedEmail(email);
            PatientProfile registered = patients.register(patient);
            Account account = accounts.save(Account.forVouchedPatient(registered.id(), email, passwordHash,
                    clock.instant()));
            audit.recordWithChange(ACCOUNT_REGISTERED, "ACCOUNT", account.id());
            return account;
        });
    }

    private NewPatient validated(PatientRegistration registration) {
        String email = Account.normalizeEmail(registration.email());
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(registration.password(), problems, email, registration.fullName());
        ZoneId zone = zone(registration.timeZone(), problems);
        NewPatient patient = zone == null ? null
                : new NewPatient(registration.fullName(), registration.dateOfBirth(), zone, registration.phone());
        if (patient != null) {
            problems.addAll(patients.problemsWith(patient));
        }
        if (patient == null || !problems.isEmpty()) {
            InvalidInputException refused = new InvalidInputException(problems);
            // The practice cannot take a young person on, but must not leave them without the emergency signs.
            throw patient != null && patients.isUnderMinimumAge(patient)
                    ? refused.with("emergencyAdvice", EmergencyAdvice.PUBLIC) : refused;
        }
        return patient;
    }

    /** The owner followed the link sent to her address; false for a link unknown, used or expired. */
    @Transactional
    public boolean verifyEmail(String token) {
        Optional<Account> account = links.use(token, EmailLinks.Purpose.VERIFY_EMAIL)
                .flatMap(id -> accounts.findById(id.value()));
        if (account.isEmpty()) {
            return false;
        }
        account.get().verifyEmail(clock.instant());
        accounts.save(account.get());
        audit.recordWithChange(EMAIL_VERIFIED, "ACCOUNT", account.get().id());
        return true;
    }

    /** Sends a password reset link to the enabled account of this address; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email)).filter(Account::isEnabled);
        account.ifPresent(found -> {
            audit.recordWithChange(PASSWORD_RESET_REQUESTED, "ACCOUNT", found.id());
            events.publishEvent(new PasswordResetRequested(found.id(), clock.instant()));
        });
    }

    /**
     * Sets a new password with a reset link. Every problem is named (the link, the password);
     * nothing changes then. The caller ends every session of the account in the same transaction.
     *
     * @return the account whose password was reset
     */
    public Account resetPassword(String token, String newPassword) {
        // The hash first, outside the transaction; the link is checked and used inside it.
        String hash = passwordEncoder.encode(newPassword);
        return transactions.execute(status -> {
            Account account = links.use(token, EmailLinks.Purpose.RESET_PASSWORD)
                    .flatMap(id -> accounts.findById(id.value())).filter(Account::isEnabled)
                    .orElseThrow(() -> InvalidInputException.of("token", "this link is unknown, was already used or "
                            + "has expired; ask for a new one"));
            List<FieldProblem> problems = new ArrayList<>();
            checkPassword(newPassword, problems, account.email(), nameOf(account));
            if (!problems.isEmpty()) {
                // The link is not spent on a password that was refused.
                status.setRollbackOnly();
                throw new InvalidInputException(problems.stream()
                        .map(problem -> new FieldProblem("newPassword", problem.message())).toList());
            }
            account.changePasswordHash(hash);
            // Following a link sent to the address proves it is hers.
            account.verifyEmail(clock.instant());
            accounts.save(account);
            links.withdrawAll(account.id(), EmailLinks.Purpose.RESET_PASSWORD);
            audit.recordWithChange(PASSWORD_RESET, "ACCOUNT", account.id());
            return account;
        });
    }

    /**
     * Changes the password of the signed-in account, which gives its current one. The caller ends
     * every other session.
     */
    public Account changePassword(Caller caller, String currentPassword, String newPassword) {
        Account account = accounts.findById(caller.account().value()).orElseThrow(() -> new NotFoundException("The account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            audit.record(PASSWORD_CHANGE_REFUSED, "ACCOUNT", account.id());
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(newPassword, problems, account.email(), nameOf(account));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .map(problem -> new FieldProblem("newPassword", problem.message())).toList());
        }
        String hash = passwordEncoder.encode(newPassword);
        return transactions.execute(status -> {
            Account current = accounts.findById(account.id().value()).orElseThrow();
            current.changePasswordHash(hash);
            accounts.save(current);
            audit.recordWithChange(PASSWORD_CHANGED, "ACCOUNT", current.id());
            return current;
        });
    }

    /**
     * The signed-in account proves it is its owner again, with its current password, before a
     * change that would let whoever holds the session keep the account (a second factor).
     */
    @Transactional(readOnly = true)
    public Account reauthenticate(Caller caller, @Nullable String currentPassword) {
        Account account = accounts.findById(caller.account().value()).orElseThrow(() -> new NotFoundException("The account"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            audit.record(REAUTHENTICATION_REFUSED, "ACCOUNT", account.id());
            throw InvalidInputException.of("currentPassword", "is not your current password");
        }
        return account;
    }

    private String nameOf(Account account) {
        return account.role() == com.physiopractice.identity.access.Role.PATIENT
                ? patients.find(account.requirePatient()).map(PatientProfile::fullName).orElse("")
                : account.role() == com.physiopractice.identity.access.Role.THERAPIST
                        ? therapists.find(account.requireTherapist()).map(TherapistProfile::fullName).orElse("") : "";
    }

    /** Sends the link again to an enabled, unverified account of this address; says nothing either way. */
    @Transactional
    public void resendEmailVerification(String email) {
        accounts.findByEmail(Account.normalizeEmail(email))
                .filter(account -> account.isEnabled() && !account.isEmailVerified())
                .ifPresent(account -> events.publishEvent(new EmailVerificationRequested(account.id(), clock.instant())));
    }

    /** What an administrator gives to invite a therapist; she chooses her own password. */
    private static final java.util.regex.Pattern PLAUSIBLE_EMAIL = java.util.regex.Pattern.compile(
            "[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record TherapistInvitation(String email, String fullName, @Nullable String title, String timeZone) {
    }

    /**
     * Invites a therapist: her profile and an account she cannot use until she follows the link
     * emailed to her and chooses her own password.
     */
    @Transactional
    public Account inviteTherapist(TherapistInvitation invitation) {
        String email = Account.normalizeEmail(invitation.email());
        List<FieldProblem> problems = new ArrayList<>();
        // The API's request checks these too; the administrator's page relies on these.
        if (email == null || email.length() > 254 || !PLAUSIBLE_EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "must be an email address"));
        }
        if (invitation.fullName() == null || invitation.fullName().isBlank() || invitation.fullName().length() > 200) {
            problems.add(new FieldProblem("fullName", "must be given, at most 200 characters"));
        }
        if (invitation.title() != null && invitation.title().length() > 60) {
            problems.add(new FieldProblem("title", "must be at most 60 characters"));
        }
        ZoneId zone = zone(invitation.timeZone(), problems);
        if (zone == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireUnusedEmail(email);
        TherapistProfile therapist = therapists.add(new NewTherapist(invitation.fullName(), invitation.title(), zone));
        Account account = accounts.save(Account.invitedTherapist(therapist.id(), email, unusableHash(), clock.instant()));
        audit.recordWithChange(ACCOUNT_CREATED, "ACCOUNT", account.id());
        events.publishEvent(new StaffInvited(account.id(), Role.THERAPIST, clock.instant()));
        return account;
    }

    /** Invites an administrator, who chooses her own password by the emailed link. */
    @Transactional
    public Account inviteAdministrator(String email) {
        String normalized = Account.normalizeEmail(email);
        requireUnusedEmail(normalized);
        Account account = accounts.save(Account.invitedAdmin(normalized, unusableHash(), clock.instant()));
        audit.recordWithChange(ACCOUNT_CREATED, "ACCOUNT", account.id());
        events.publishEvent(new StaffInvited(account.id(), Role.ADMIN, clock.instant()));
        return account;
    }

    /**
     * Staff follow the enrolment link and choose a password. The link and the password are each
     * named when refused; a refused password does not spend the link.
     */
    public Account enrol(String token, String password) {
        String hash = passwordEncoder.encode(password);
        return transactions.execute(status -> {
            Account account = links.use(token, EmailLinks.Purpose.ENROL_STAFF)
                    .flatMap(id -> accounts.findById(id.value()))
                    .filter(found -> found.isEnabled() && found.isAwaitingEnrolment())
                    .orElseThrow(() -> InvalidInputException.of("token", "this link is unknown, was already used or "
                            + "has expired; ask an administrator for a new invitation"));
            List<FieldProblem> problems = new ArrayList<>();
            checkPassword(password, problems, account.email(), nameOf(account));
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                throw new InvalidInputException(problems);
            }
            account.enrol(hash, clock.instant());
            accounts.save(account);
            audit.recordWithChange(STAFF_ENROLLED, "ACCOUNT", account.id());
            return account;
        });
    }

    /** A password hash nobody can match: of 256 random bits that are then forgotten. */
    private String unusableHash() {
        return passwordEncoder.encode(com.physiopractice.sharedkernel.SecretToken.urlSafeToken(32));
    }

    @Transactional
    public Account createTherapist(TherapistOnboarding onboarding) {
        String email = Account.normalizeEmail(onboarding.email());
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(onboarding.password(), problems, email, onboarding.fullName());
        ZoneId zone = zone(onboarding.timeZone(), problems);
        if (zone == null || !problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireUnusedEmail(email);
        TherapistProfile therapist = therapists.add(new NewTherapist(onboarding.fullName(), onboarding.title(), zone));
        Account account = accounts.save(Account.forTherapist(therapist.id(), email,
                passwordEncoder.encode(onboarding.password()), clock.instant()));
        audit.recordWithChange(ACCOUNT_CREATED, "ACCOUNT", account.id());
        return account;
    }

    /**
     * Disables an account, in one transaction: it can no longer sign in, every session it has ends
     * ({@link AccountDisabled}), and a therapist stops taking patients (off the public list, not
     * bookable, her calendar feed gone).
     */
    @Transactional
    public Account disable(AccountId id, Caller by) {
        Account account = accounts.findById(id.value()).orElseThrow(() -> new NotFoundException("The account"));
        account.disableBy(by.account());
        account.therapistId().ifPresent(therapists::stopTakingPatients);
        events.publishEvent(new AccountDisabled(account.id(), clock.instant()));
        audit.recordWithChange(ACCOUNT_DISABLED, "ACCOUNT", account.id());
        return accounts.save(account);
    }

    /**
     * Closes a patient's account for good (her right to erasure): the account keeps its id under an
     * address that is no one's and cannot sign in; its sessions end; its email links, second factor,
     * recovery codes and sign-in failures go; her name and phone number give way to a pseudonym.
     * Listeners of {@link PatientAccountClosed} forget what they keep under her address in this
     * transaction. Closing a closed account does nothing.
     */
    @Transactional
    public void closePatient(PatientId patient) {
        Account account = accounts.findByPatientId(patient.value()).orElseThrow(() -> new NotFoundException("The account"));
        if (account.isClosed()) {
            return;
        }
        String formerEmail = account.email();
        account.close(unusableHash(), clock.instant());
        accounts.save(account);
        String id = account.id().toString();
        jdbc.update("DELETE FROM identity_email_link WHERE account_id = ?", id);
        jdbc.update("DELETE FROM identity_recovery_code WHERE account_id = ?", id);
        jdbc.update("DELETE FROM identity_second_factor WHERE account_id = ?", id);
        jdbc.update("DELETE FROM identity_sign_in_failure WHERE key_value IN (?, ?)", formerEmail, id);
        jdbc.update("DELETE FROM identity_sign_in_throttle_key WHERE key_value IN (?, ?)", formerEmail, id);
        patients.pseudonymise(patient);
        events.publishEvent(new AccountDisabled(account.id(), clock.instant()));
        events.publishEvent(new PatientAccountClosed(account.id(), patient, formerEmail, clock.instant()));
        audit.recordWithChange(ACCOUNT_CLOSED, "ACCOUNT", account.id());
    }

    /** Creates the first administrator; does nothing when an administrator exists. */
    @Transactional
    public boolean createAdminIfNone(String email, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        accounts.save(Account.forAdmin(email, passwordEncoder.encode(password), clock.instant()));
        return true;
    }

    /** Invites the first administrator by email when there is none (production: no password in any log). */
    @Transactional
    public boolean inviteAdminIfNone(String email) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        inviteAdministrator(email);
        return true;
    }

    /** The enabled account with this email and password, checked in about the same time whether or not it exists. */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String email, @Nullable String password) {
        Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email));
        String hash = account.map(Account::passwordHash).orElse(unknownAccountHash);
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        return account.filter(found -> matches && found.isEnabled());
    }

    /** The account an email belongs to, for the audit line of a failed sign-in; never told to the caller. */
    @Transactional(readOnly = true)
    public Optional<AccountId> accountWithEmail(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::id);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(Caller caller) {
        return accounts.findById(caller.account().value());
    }

    /** The person behind an account, as their profile shows it; all {@code null} for an administrator. */
    public record Person(@Nullable String patientId, @Nullable String therapistId, @Nullable String fullName,
            @Nullable String title, @Nullable LocalDate dateOfBirth, @Nullable String phone, @Nullable String timeZone) {

        static Person of(PatientProfile patient) {
            return new Person(patient.id().toString(), null, patient.fullName(), null, patient.dateOfBirth(),
                    patient.phone(), patient.timeZone().getId());
        }

        static Person of(TherapistProfile therapist) {
            return new Person(null, therapist.id().toString(), therapist.fullName(), therapist.title(), null, null,
                    therapist.timeZone().getId());
        }
    }

    /** A person read her own profile (through the API or her page). */
    public void recordProfileRead(Account account) {
        audit.record(PROFILE_READ, "ACCOUNT", account.id());
    }

    @Transactional(readOnly = true)
    public Person profileOf(Account account) {
        return switch (account.role()) {
            case PATIENT -> Person.of(patients.find(account.requirePatient()).orElseThrow());
            case THERAPIST -> Person.of(therapists.find(account.requireTherapist()).orElseThrow());
            case ADMIN -> new Person(null, null, null, null, null, null, null);
        };
    }

    /**
     * Changes what a person may change about themselves: name, phone and time zone. Everything else
     * (email, role, date of birth) is not writable here.
     */
    @Transactional
    public Person changeProfile(Account account, @Nullable String fullName, @Nullable String phone,
            @Nullable String timeZone) {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = timeZone == null ? null : zone(timeZone, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        switch (account.role()) {
            case PATIENT -> patients.changeContactDetails(account.requirePatient(), fullName, phone, zone);
            case THERAPIST -> {
                if (fullName != null || phone != null) {
                    throw InvalidInputException.of(fullName != null ? "fullName" : "phone",
                            "a therapist's name is changed by an administrator");
                }
                if (zone != null) {
                    therapists.moveTo(account.requireTherapist(), zone);
                }
            }
            case ADMIN -> {
                if (fullName != null || phone != null || zone != null) {
                    throw InvalidInputException.of("fullName", "an administrator account has no profile to change");
                }
            }
        }
        audit.recordWithChange(PROFILE_CHANGED, "ACCOUNT", account.id());
        return profileOf(account);
    }

    public boolean emailInUse(String email) {
        return accounts.existsByEmail(Account.normalizeEmail(email));
    }

    private void requireUnusedEmail(@Nullable String email) {
        if (accounts.existsByEmail(email)) {
            throw new ConflictException("email-taken", "Email already registered",
                    "An account with this email exists. Sign in, or reset its password.");
        }
    }

    private void checkPassword(@Nullable String password, List<FieldProblem> problems, @Nullable String... personalDetails) {
        String problem = passwordPolicy.problemWith(password, personalDetails);
        if (problem != null) {
            problems.add(new FieldProblem("password", problem));
        }
    }

    private static @Nullable ZoneId zone(@Nullable String name, List<FieldProblem> problems) {
        try {
            return IanaTimeZone.parse(name);
        } catch (InvalidValueException notAZone) {
            problems.add(new FieldProblem("timeZone", IanaTimeZone.EXPECTED));
            return null;
        }
    }
}
