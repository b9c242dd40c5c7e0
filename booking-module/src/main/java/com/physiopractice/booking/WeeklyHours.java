package com.physiopractice.booking;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/** A therapist's regular week: periods that do not overlap, kept in weekday and time order. */
public record WeeklyHours(List<WorkingPeriod> periods) {

    private static final Comparator<WorkingPeriod> IN_WEEK_ORDER = Comparator.comparing(WorkingPeriod::day)
            .thenComparing(WorkingPeriod::start);

    public WeeklyHours {
        periods = periods.stream().sorted(IN_WEEK_ORDER).toList();
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i - 1).overlaps(periods.get(i))) {
                throw new InvalidValueException("working periods overlap: " + periods.get(i - 1).describe() + " and "
                        + periods.get(i).describe());
            }
        }
    }

    public static WeeklyHours none() {
        return new WeeklyHours(List.of());
    }

    /** The same hours on each of the given days, e.g. Monday to Friday 09:00–12:00. */
    public static WeeklyHours on(List<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new WeeklyHours(days.stream().map(day -> new WorkingPeriod(day, start, end)).toList());
    }

    public WeeklyHours and(WeeklyHours more) {
        return new WeeklyHours(java.util.stream.Stream.concat(periods.stream(), more.periods.stream()).toList());
    }

    public List<WorkingPeriod> on(DayOfWeek day) {
        return periods.stream().filter(period -> period.day() == day).toList();
    }
}
