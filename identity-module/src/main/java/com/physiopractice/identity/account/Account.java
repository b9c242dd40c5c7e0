package com.physiopractice.identity.account;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A sign-in account. Its role and the person it belongs to are fixed when it is created. */
@Entity
@Table(name = "identity_account")
public class Account {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    private String email;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID patientId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID therapistId;

    private boolean enabled;

    private Instant createdAt;

    /** When its owner followed the link sent to the address; null until then. */
    private @Nullable Instant emailVerifiedAt;

    /** When she closed it; the retention of her record counts from then at the earliest. */
    private @Nullable Instant closedAt;

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected Account() {
        // for JPA
    }

    private Account(Role role, String email, String passwordHash, @Nullable UUID patientId, @Nullable UUID therapistId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.role = role;
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.enabled = true;
        this.createdAt = now;
    }

    /** A patient who registered herself: her address is verified when she follows the link sent to it. */
    public static Account forPatient(PatientId patient, String email, String passwordHash, Instant now) {
        return new Account(Role.PATIENT, email, passwordHash, patient.value(), null, now);
    }

    /**
     * A patient carried over from the system the practice moved from: she cannot sign in until she
     * chooses a password with a reset link sent to her address, which also verifies it.
     */
    public static Account importedPatient(PatientId patient, String email, String unusableHash, Instant now) {
        return forPatient(patient, email, unusableHash, now);
    }

    /** A patient whose address the practice vouches for itself (the demo patient). */
    public static Account forVouchedPatient(PatientId patient, String email, String passwordHash, Instant now) {
        Account account = forPatient(patient, email, passwordHash, now);
        account.emailVerifiedAt = now;
        return account;
    }

    /**
     * A therapist invited by an administrator: she cannot sign in until she follows the emailed
     * link and chooses her own password (the hash is of a random secret nobody knows).
     */
    public static Account invitedTherapist(TherapistId therapist, String email, String unusableHash, Instant now) {
        return new Account(Role.THERAPIST, email, unusableHash, null, therapist.value(), now);
    }

    /** An administrator invited by another one (or the first one, in production): the same as a therapist. */
    public static Account invitedAdmin(String email, String unusableHash, Instant now) {
        return new Account(Role.ADMIN, email, unusableHash, null, null, now);
    }

    /** She followed the enrolment link and chose her password: the address is hers too. */
    public void enrol(String passwordHash, Instant now) {
        changePasswordHash(passwordHash);
        verifyEmail(now);
    }

    /** Staff whose enrolment link has not been followed yet. */
    public boolean isAwaitingEnrolment() {
        return role != Role.PATIENT && emailVerifiedAt == null;
    }

    /** Staff accounts made with a password the practice itself set (the demo therapist): verified. */
    public static Account forTherapist(TherapistId therapist, String email, String passwordHash, Instant now) {
        Account account = new Account(Role.THERAPIST, email, passwordHash, null, therapist.value(), now);
        account.emailVerifiedAt = now;
        return account;
    }

    public static Account forAdmin(String email, String passwordHash, Instant now) {
        Account account = new Account(Role.ADMIN, email, passwordHash, null, null, now);
        account.emailVerifiedAt = now;
        return account;
    }

    /** A new password (already checked against the policy, and hashed). */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** Its owner followed the link sent to the address; the first time counts. */
    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** Emails compare case-insensitively; they are kept lower-cased. */
    public static @Nullable String normalizeEmail(@Nullable String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public Caller asCaller() {
        AccountId account = id();
        return switch (role) {
            case PATIENT -> Caller.patient(account, requirePatient());
            case THERAPIST -> Caller.therapist(account, requireTherapist());
            case ADMIN -> Caller.admin(account);
        };
    }

    /**
     * It can no longer sign in; its sessions are ended by the caller in the same transaction. An
     * administrator cannot lock themselves out this way.
     */
    public void disableBy(AccountId by) {
        if (id.equals(by.value())) {
            throw InvalidInputException.of("accountId", "an administrator cannot disable their own account");
        }
        this.enabled = false;
    }

    /**
     * She closed it: no address of hers, no password that could ever match, and it can no longer
     * sign in. The row stays (audit lines and her record name its id), under an address that is no one's.
     */
    public void close(String unusableHash, Instant now) {
        this.closedAt = now;
        this.email = "closed-" + id + "@closed.invalid";
        this.passwordHash = unusableHash;
        this.enabled = false;
        this.emailVerifiedAt = null;
    }

    /** The patient this account is; only for a patient's account. */
    public PatientId requirePatient() {
        if (role != Role.PATIENT || patientId == null) {
            throw new IllegalStateException("not a patient's account: " + id);
        }
        return new PatientId(patientId);
    }

    /** The therapist this account is; only for a therapist's account. */
    public TherapistId requireTherapist() {
        if (role != Role.THERAPIST || therapistId == null) {
            throw new IllegalStateException("not a therapist's account: " + id);
        }
        return new TherapistId(therapistId);
    }

    /** The therapist this account is, if it is a therapist's. */
    public Optional<TherapistId> therapistId() {
        return role == Role.THERAPIST && therapistId != null ? Optional.of(new TherapistId(therapistId))
                : Optional.empty();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** When she closed it; only for a closed account. */
    public Instant closedAt() {
        if (closedAt == null) {
            throw new IllegalStateException("not a closed account: " + id);
        }
        return closedAt;
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
