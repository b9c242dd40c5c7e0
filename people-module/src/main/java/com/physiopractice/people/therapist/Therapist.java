package com.physiopractice.people.therapist;

import com.physiopractice.people.TherapistLeft;
import com.physiopractice.people.TherapistMoved;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.people.person.PersonName;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A physiotherapist of the practice. Her weekly hours and time off are kept by the booking
 * module in her own time zone, which is why the zone lives here with her.
 */
@Entity
@Table(name = "people_therapist")
public class Therapist extends AbstractAggregateRoot<Therapist> {

    public static final int MAX_TITLE_LENGTH = 60;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    private String fullName;

    /** How she is addressed, e.g. "Dr." or "PT, DPT"; empty when none. */
    private String title;

    private ZoneId timeZone;

    private boolean active;

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected Therapist() {
        // for JPA
    }

    private Therapist(TherapistId id, @Nullable String fullName, @Nullable String title, ZoneId timeZone) {
        this.id = id.value();
        this.fullName = PersonName.require(fullName);
        this.title = requireTitle(title);
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.active = true;
    }

    public static Therapist join(TherapistId id, @Nullable String fullName, @Nullable String title, ZoneId timeZone) {
        return new Therapist(id, fullName, title, timeZone);
    }

    private static String requireTitle(@Nullable String title) {
        String value = title == null ? "" : title.strip();
        if (value.length() > MAX_TITLE_LENGTH) {
            throw new InvalidValueException("a title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        return PersonName.requirePrintable(value, "a title");
    }

    /**
     * She keeps her hours in another zone from now on; records {@link TherapistMoved}, which the
     * booking module needs to know in the same transaction (her free slots move with her).
     */
    public void moveTo(ZoneId timeZone, Instant at) {
        Objects.requireNonNull(timeZone, "timeZone");
        if (!timeZone.equals(this.timeZone)) {
            this.timeZone = timeZone;
            registerEvent(new TherapistMoved(id(), timeZone, at));
        }
    }

    /** She stops taking patients; records {@link TherapistLeft} for what hangs on her (once). */
    public void leave(Instant at) {
        if (active) {
            active = false;
            registerEvent(new TherapistLeft(id(), at));
        }
    }

    public TherapistProfile profile() {
        return new TherapistProfile(id(), fullName, title, timeZone, active);
    }

    public TherapistId id() {
        return new TherapistId(id);
    }

    public String fullName() {
        return fullName;
    }

    public String title() {
        return title;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public boolean isActive() {
        return active;
    }
}
