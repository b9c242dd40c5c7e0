package com.physiopractice.web.practice;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.WorkingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Her calendar laid out day by day in her own zone: on each day, in time order, the hours she
 * works (wall-clock time, as she set them), her time off cut to that day, and her appointments.
 * A consultation that crosses midnight is on the day it starts; time off over several days is on
 * each of them. Pure: what is in it comes from the caller.
 */
final class CalendarDays {

    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    enum Kind { WORKING, TIME_OFF, APPOINTMENT }

    /**
     * One line of a day.
     *
     * @param time "09:00–12:00", or null for time off taking the whole day
     * @param label what it is: the patient and the kind of consultation, or why she is off
     * @param appointmentId the appointment's id, for the link that opens it
     * @param status the appointment's status ({@code CONFIRMED}, {@code CANCELLED}, …)
     */
    record Entry(Kind kind, @Nullable String time, @Nullable String label, @Nullable String appointmentId,
            @Nullable String status, LocalTime startsAt) {

        public boolean allDay() {
            return time == null;
        }
    }

    record Day(LocalDate date, String heading, boolean today, List<Entry> entries) {

        public boolean working() {
            return entries.stream().anyMatch(entry -> entry.kind() == Kind.WORKING);
        }
    }

    /** Working hours before time off before consultations when they start together: the order she reads a day in. */
    private static final Comparator<Entry> IN_DAY_ORDER = Comparator.comparing(Entry::startsAt)
            .thenComparing(Entry::kind);

    private CalendarDays() {
    }

    /** [start of {@code first}, start of the day after the last) in {@code zone}. */
    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    static List<Day> lay(LocalDate first, int days, ZoneId zone, LocalDate today, WeeklyHours hours,
            List<TimeOffPeriod> timeOff, List<AppointmentView> appointments, Function<AppointmentView, String> label) {
        List<Day> laid = new ArrayList<>(days);
        for (int offset = 0; offset < days; offset++) {
            LocalDate date = first.plusDays(offset);
            Instant dayStarts = startOf(date, zone);
            Instant dayEnds = startOf(date.plusDays(1), zone);
            List<Entry> entries = new ArrayList<>();
            for (WorkingPeriod period : hours.on(date.getDayOfWeek())) {
                entries.add(new Entry(Kind.WORKING, TIME.format(period.start()) + "–" + TIME.format(period.end()), null,
                        null, null, period.start()));
            }
            for (TimeOffPeriod off : timeOff) {
                Instant from = max(off.window().start(), dayStarts);
                Instant until = min(off.window().end(), dayEnds);
                if (from.isBefore(until)) {
                    boolean wholeDay = from.equals(dayStarts) && until.equals(dayEnds);
                    LocalTime startsAt = from.atZone(zone).toLocalTime();
                    entries.add(new Entry(Kind.TIME_OFF, wholeDay ? null : TIME.format(startsAt) + "–"
                            + (until.equals(dayEnds) ? "24:00" : TIME.format(until.atZone(zone))), off.reason(), null,
                            null, wholeDay ? LocalTime.MIN : startsAt));
                }
            }
            for (AppointmentView appointment : appointments) {
                ZonedDateTime start = appointment.start().atZone(zone);
                if (start.toLocalDate().equals(date)) {
                    entries.add(new Entry(Kind.APPOINTMENT, TIME.format(start) + "–"
                            + TIME.format(appointment.end().atZone(zone)), label.apply(appointment),
                            appointment.id().toString(), appointment.status().name(), start.toLocalTime()));
                }
            }
            entries.sort(IN_DAY_ORDER);
            laid.add(new Day(date, HEADING.format(date), date.equals(today), List.copyOf(entries)));
        }
        return laid;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
