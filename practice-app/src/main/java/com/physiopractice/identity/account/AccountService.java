package com.physiopractice.identity.account;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.audit.AuditAction;
import com.physiopractice.domain.audit.AuditTrail;
import com.physiopractice.domain.people.Patient;
import com.physiopractice.domain.people.Patients;
import com.physiopractice.domain.people.Therapist;
import com.physiopractice.domain.people.Therapists;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.problems.FieldProblem;
import com.physiopractice.domain.problems.InvalidInputException;
import com.physiopractice.domain.problems.ProblemTypes;
import com.physiopractice.domain.time.TimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and the people behind them, checks passwords, and keeps profiles. */
@Service
public class AccountService {

    public static final AuditAction ACCOUNT_REGISTERED = AuditAction.of("ACCOUNT_REGISTERED");
    public static final AuditAction ACCOUNT_CREATED = AuditAction.of("ACCOUNT_CREATED");
    public static final AuditAction PROFILE_READ = AuditAction.of("PROFILE_READ");
    public static final AuditAction PROFILE_CHANGED = AuditAction.of("PROFILE_CHANGED");

    private final AccountRepository accounts;
    private final Patients patients;
    private final Therapists therapists;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final Clock clock;
    /** Compared against when the email is unknown, so both answers take as long. */
    private final String unknownAccountHash;

    AccountService(AccountRepository accounts, Patients patients, Therapists therapists,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditTrail audit, Clock clock) {
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
    public record PatientRegistration(String email, String password, String fullName, LocalDate dateOfBirth,
            String phone, String timeZone) {
    }

    /** What an administrator gives to add a therapist. */
    public record TherapistOnboarding(String email, String password, String fullName, String title,
            String timeZone) {
    }

    @Transactional
    public Account registerPatient(PatientRegistration registration) {
        String email = Account.normalizeEmail(registration.email());
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(registration.password(), problems, email, registration.fullName());
        ZoneId zone = zone(registration.timeZone(), problems);
        if (zone != null) {
            String dateOfBirthProblem = Patient.problemWithDateOfBirth(registration.dateOfBirth(), zone, clock);
            if (dateOfBirthProblem != null) {
                problems.add(new FieldProblem("dateOfBirth", dateOfBirthProblem));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Patient patient = Patient.register(PatientId.random(), registration.fullName(), registration.dateOfBirth(),
                zone, registration.phone(), clock);
        requireUnusedEmail(email);
        patients.save(patient);
        Account account = accounts.save(
                Account.forPatient(patient.id(), email, passwordEncoder.encode(registration.password()), clock.instant()));
        audit.recordWithChange(ACCOUNT_REGISTERED, "ACCOUNT", account.id());
        return account;
    }

    @Transactional
    public Account createTherapist(TherapistOnboarding onboarding) {
        String email = Account.normalizeEmail(onboarding.email());
        List<FieldProblem> problems = new ArrayList<>();
        checkPassword(onboarding.password(), problems, email, onboarding.fullName());
        ZoneId zone = zone(onboarding.timeZone(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Therapist therapist = Therapist.join(TherapistId.random(), onboarding.fullName(), onboarding.title(), zone);
        requireUnusedEmail(email);
        therapists.save(therapist);
        Account account = accounts.save(Account.forTherapist(therapist.id(), email,
                passwordEncoder.encode(onboarding.password()), clock.instant()));
        audit.recordWithChange(ACCOUNT_CREATED, "ACCOUNT", account.id());
        return account;
    }

    public static final AuditAction ACCOUNT_DISABLED = AuditAction.of("ACCOUNT_DISABLED");

    /**
     * Disables an account: it can no longer sign in. The caller ends its sessions in the same
     * transaction, so its tokens stop working at once. An administrator cannot disable themselves.
     */
    @Transactional
    public Account disable(com.physiopractice.domain.AccountId id, Caller by) {
        if (by.account().equals(id)) {
            throw InvalidInputException.of("accountId", "an administrator cannot disable their own account");
        }
        Account account = accounts.findById(id.value()).orElseThrow(() -> DomainProblem.notFound("The account"));
        account.disable();
        audit.recordWithChange(ACCOUNT_DISABLED, "ACCOUNT", account.id());
        return accounts.save(account);
    }

    /** Creates the first administrator; does nothing when an administrator exists. */
    @Transactional
    public boolean createAdminIfNone(String email, String password) {
        if (accounts.existsByRole(com.physiopractice.domain.access.Role.ADMIN)) {
            return false;
        }
        accounts.save(Account.forAdmin(email, passwordEncoder.encode(password), clock.instant()));
        return true;
    }

    /** The enabled account with this email and password, checked in about the same time whether or not it exists. */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String email, String password) {
        Optional<Account> account = accounts.findByEmail(Account.normalizeEmail(email));
        String hash = account.map(Account::passwordHash).orElse(unknownAccountHash);
        boolean matches = password != null && passwordEncoder.matches(password, hash);
        return account.filter(found -> matches && found.isEnabled());
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(Caller caller) {
        return accounts.findById(caller.account().value());
    }

    /** The person behind an account, as their profile shows it; all {@code null} for an administrator. */
    public record Person(String patientId, String therapistId, String fullName, String title, LocalDate dateOfBirth,
            String phone, String timeZone) {

        static Person of(Patient patient) {
            return new Person(patient.id().toString(), null, patient.fullName(), null, patient.dateOfBirth(),
                    patient.phone(), patient.timeZone().getId());
        }

        static Person of(Therapist therapist) {
            return new Person(null, therapist.id().toString(), therapist.fullName(), therapist.title(), null, null,
                    therapist.timeZone().getId());
        }
    }

    @Transactional(readOnly = true)
    public Person profileOf(Account account) {
        Caller caller = account.asCaller();
        if (caller.isPatient()) {
            return Person.of(patients.find(caller.patient()).orElseThrow());
        }
        if (caller.isTherapist()) {
            return Person.of(therapists.find(caller.therapist()).orElseThrow());
        }
        return new Person(null, null, null, null, null, null, null);
    }

    /**
     * Changes what a person may change about themselves: name, phone and time zone. Everything else
     * (email, role, date of birth) is not writable here.
     */
    @Transactional
    public Person changeProfile(Account account, String fullName, String phone, String timeZone) {
        Caller caller = account.asCaller();
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zone = timeZone == null ? null : zone(timeZone, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (caller.isPatient()) {
            Patient patient = patients.find(caller.patient()).orElseThrow();
            patient.changeContactDetails(fullName == null ? patient.fullName() : fullName,
                    phone == null ? patient.phone() : phone, zone == null ? patient.timeZone() : zone);
            patients.save(patient);
        } else if (caller.isTherapist()) {
            Therapist therapist = therapists.find(caller.therapist()).orElseThrow();
            if (fullName != null || phone != null) {
                throw InvalidInputException.of(fullName != null ? "fullName" : "phone",
                        "a therapist's name is changed by an administrator");
            }
            if (zone != null) {
                therapist.moveTo(zone, clock.instant());
                therapists.save(therapist);
            }
        } else if (fullName != null || phone != null || zone != null) {
            throw InvalidInputException.of("fullName", "an administrator account has no profile to change");
        }
        audit.recordWithChange(PROFILE_CHANGED, "ACCOUNT", account.id());
        return profileOf(account);
    }

    public boolean emailInUse(String email) {
        return accounts.existsByEmail(Account.normalizeEmail(email));
    }

    private void requireUnusedEmail(String email) {
        if (accounts.existsByEmail(email)) {
            throw new DomainProblem(409, ProblemTypes.of("email-taken"), "Email already registered",
                    "An account with this email exists. Sign in, or reset its password.");
        }
    }

    private void checkPassword(String password, List<FieldProblem> problems, String... personalDetails) {
        String problem = passwordPolicy.problemWith(password, personalDetails);
        if (problem != null) {
            problems.add(new FieldProblem("password", problem));
        }
    }

    private static ZoneId zone(String name, List<FieldProblem> problems) {
        if (!TimeZones.isRegion(name)) {
            problems.add(new FieldProblem("timeZone", "must be an IANA time zone name such as America/New_York"));
            return null;
        }
        return TimeZones.region(name);
    }

}
