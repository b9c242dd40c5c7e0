package com.physiopractice.people.patient;

import com.physiopractice.people.PatientProfile;
import com.physiopractice.people.person.PersonName;
import com.physiopractice.people.person.PhoneNumber;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A person who receives care from the practice. The practice treats adults only, so a
 * patient is at least {@value #MINIMUM_AGE} years old when registered. Age matters to the
 * triage rules, which is why the date of birth is kept and not the age.
 */
@Entity
@Table(name = "people_patient")
public class Patient {

    public static final int MINIMUM_AGE = 18;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    private String fullName;

    private LocalDate dateOfBirth;

    private ZoneId timeZone;

    private @Nullable String phone;

    private Instant registeredAt;

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected Patient() {
        // for JPA
    }

    private Patient(PatientId id, @Nullable String fullName, LocalDate dateOfBirth, ZoneId timeZone,
            @Nullable String phone, Instant registeredAt) {
        this.id = id.value();
        this.fullName = PersonName.require(fullName);
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.phone = PhoneNumber.normalize(phone);
        this.registeredAt = registeredAt;
    }

    /**
     * Registers a new patient. The date of birth must lie in the past and make the person an
     * adult on today's date in their own time zone.
     */
    public static Patient register(PatientId id, @Nullable String fullName, @Nullable LocalDate dateOfBirth, ZoneId timeZone,
            @Nullable String phone, Clock clock) {
        Objects.requireNonNull(timeZone, "timeZone");
        String problem = problemWithDateOfBirth(dateOfBirth, timeZone, clock);
        if (problem != null || dateOfBirth == null) {
            throw new InvalidValueException("the date of birth " + problem);
        }
        return new Patient(id, fullName, dateOfBirth, timeZone, phone, clock.instant());
    }

    /** Why this date of birth cannot be a patient's, or {@code null} when it can. */
    public static @Nullable String problemWithDateOfBirth(@Nullable LocalDate dateOfBirth, ZoneId timeZone, Clock clock) {
        if (dateOfBirth == null) {
            return "is required";
        }
        LocalDate today = LocalDate.now(clock.withZone(timeZone));
        if (!dateOfBirth.isBefore(today)) {
            return "must be in the past";
        }
        if (isUnderMinimumAge(dateOfBirth, timeZone, clock)) {
            return "shows an age under " + MINIMUM_AGE + "; the practice treats adults only";
        }
        return null;
    }

    /** Born in the past, but not yet {@value #MINIMUM_AGE} today in the person's own time zone. */
    public static boolean isUnderMinimumAge(LocalDate dateOfBirth, ZoneId timeZone, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(timeZone));
        return dateOfBirth.isBefore(today) && Period.between(dateOfBirth, today).getYears() < MINIMUM_AGE;
    }

    /** Whole years of age on the given date, as the triage rules count them. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** The details a patient may change about themselves; the date of birth is not one of them. */
    public void changeContactDetails(@Nullable String fullName, @Nullable String phone, ZoneId timeZone) {
        this.fullName = PersonName.require(fullName);
        this.phone = PhoneNumber.normalize(phone);
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
    }

    /**
     * She closed her account: her name gives way to a pseudonym and her phone number goes; her date
     * of birth and zone stay with the clinical record the practice must keep (its age and times).
     */
    public void pseudonymise() {
        this.fullName = "Former patient " + id.toString().substring(0, 8);
        this.phone = null;
    }

    public PatientProfile profile() {
        return new PatientProfile(id(), fullName, PersonName.initials(fullName), dateOfBirth, timeZone, phone, registeredAt);
    }

    public PatientId id() {
        return new PatientId(id);
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** Optional; {@code null} when the patient gave none. */
    public @Nullable String phone() {
        return phone;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
