package com.physiopractice.booking;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of a weekday the therapist works, as wall-clock time in her own zone: 09:00–12:00 means
 * 09:00–12:00 local time on both sides of a daylight-saving change.
 */
public record WorkingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {

    public WorkingPeriod {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("a working period ends after it starts: " + day + " " + start + "-" + end);
        }
    }

    /** "MONDAY 09:00-12:00", as a therapist would write it. */
    public String describe() {
        return day + " " + start + "-" + end;
    }

    public boolean overlaps(WorkingPeriod other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
