package com.physiopractice.booking.availability;

import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidValueException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A period the therapist does not work (holiday, training), on top of her weekly hours. */
@Entity
@Table(name = "booking_time_off")
public class TimeOff {

    public static final int MAX_REASON_LENGTH = 200;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID therapistId;

    private Instant startAt;

    private Instant endAt;

    private @Nullable String reason;

    private Instant createdAt;

    protected TimeOff() {
        // for JPA
    }

    public TimeOff(TherapistId therapist, TimeWindow when, @Nullable String reason, Instant now) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidValueException("a reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        this.id = UUID.randomUUID();
        this.therapistId = therapist.value();
        this.startAt = when.start();
        this.endAt = when.end();
        this.reason = reason;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public TherapistId therapist() {
        return new TherapistId(therapistId);
    }

    public TimeWindow window() {
        return TimeWindow.of(startAt, endAt);
    }

    public @Nullable String reason() {
        return reason;
    }

    public TimeOffPeriod period() {
        return new TimeOffPeriod(id, window(), reason);
    }
}
