package com.physiopractice.sharedkernel.time;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)}. Two windows that merely touch do not overlap,
 * so back-to-back appointments are possible.
 */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("a period must end after it starts");
        }
    }

    public static TimeWindow of(Instant start, Instant end) {
        return new TimeWindow(start, end);
    }

    public static TimeWindow of(Instant start, Duration length) {
        return new TimeWindow(start, start.plus(length));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public boolean encloses(TimeWindow other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** This window grown by {@code after} at its end, e.g. an appointment with its buffer. */
    public TimeWindow extendedBy(Duration after) {
        return new TimeWindow(start, end.plus(after));
    }
}
