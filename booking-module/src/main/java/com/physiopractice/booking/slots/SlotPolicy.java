package com.physiopractice.booking.slots;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.WorkingPeriod;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one implementation of "can this appointment start then?". The slot list offers exactly the
 * starts this class accepts, and booking refuses whatever it refuses, so an offered slot can be
 * booked and nothing else can.
 * <p>
 * Time: weekly hours are wall-clock times in the therapist's zone on every date, on both sides of
 * a daylight-saving change. A local start time that does not exist that day (spring forward) is not
 * offered; one that exists twice (fall back) is offered once, at its first occurrence.
 */
public final class SlotPolicy {

    /** Why a start is refused. */
    public enum Refusal {
        /** Not on the slot grid of the therapist's clock, or outside her working hours. */
        OUTSIDE_WORKING_HOURS,
        /** Sooner than the minimum notice allows. */
        TOO_SOON,
        /** Further ahead than the booking horizon. */
        TOO_FAR_AHEAD,
        /** During the therapist's time off. */
        TIME_OFF,
        /** Overlaps another appointment or its buffer. */
        TAKEN
    }

    private final BookingSettings settings;

    public SlotPolicy(BookingSettings settings) {
        this.settings = settings;
    }

    /** The window an appointment keeps for itself: its own time and the buffer after it. */
    public TimeWindow occupied(Instant start, AppointmentType type) {
        return TimeWindow.of(start, type.duration()).extendedBy(settings.buffer());
    }

    /** Why an appointment of this type cannot start at {@code start}, or empty when it can. */
    public Optional<Refusal> check(Instant start, AppointmentType type, Schedule schedule, Instant now) {
        if (!withinWorkingHours(start, type, schedule)) {
            return Optional.of(Refusal.OUTSIDE_WORKING_HOURS);
        }
        return checkAvailability(start, type, schedule, now);
    }

    /**
     * Why an appointment booked elsewhere cannot be carried over at {@code start}: off the slot grid,
     * or the calendar rules (time off, other appointments and their buffers). Working hours, notice
     * and horizon are online booking's rules, and it was not booked online.
     */
    public Optional<Refusal> checkImported(Instant start, AppointmentType type, Schedule schedule) {
        if (start.getEpochSecond() % BookingSettings.GRID.toSeconds() != 0) {
            return Optional.of(Refusal.OUTSIDE_WORKING_HOURS);
        }
        return checkCalendar(start, type, schedule);
    }

    /** The rules after working hours: notice, horizon, time off, other appointments and their buffers. */
    private Optional<Refusal> checkAvailability(Instant start, AppointmentType type, Schedule schedule, Instant now) {
        Optional<Refusal> timing = checkTiming(start, now);
        if (timing.isPresent()) {
            return timing;
        }
        return checkCalendar(start, type, schedule);
    }

    /** Notice and horizon: whether {@code start} lies in the booking window seen from {@code now}. */
    private Optional<Refusal> checkTiming(Instant start, Instant now) {
        if (start.isBefore(earliestStart(now))) {
            return Optional.of(Refusal.TOO_SOON);
        }
        if (start.isAfter(latestStart(now))) {
            return Optional.of(Refusal.TOO_FAR_AHEAD);
        }
        return Optional.empty();
    }

    /** Time off, other appointments and their buffers. */
    private Optional<Refusal> checkCalendar(Instant start, AppointmentType type, Schedule schedule) {
        if (schedule.isDuringTimeOff(TimeWindow.of(start, type.duration()))) {
            return Optional.of(Refusal.TIME_OFF);
        }
        if (schedule.isTaken(occupied(start, type))) {
            return Optional.of(Refusal.TAKEN);
        }
        return Optional.empty();
    }

    /** The soonest start that can be booked at {@code now}: the minimum notice ahead. */
    public Instant earliestStart(Instant now) {
        return now.plus(settings.minimumNotice());
    }

    /** The furthest start that can be booked at {@code now}: the horizon ahead. */
    public Instant latestStart(Instant now) {
        return now.plus(settings.horizon());
    }

    /** Every start in {@code [from, to)} at which an appointment of this type can be booked at {@code now}, in order. */
    public List<Instant> freeStarts(AppointmentType type, Schedule schedule, Instant from, Instant to, Instant now) {
        return openStarts(type, schedule, from, to).stream().filter(start -> checkTiming(start, now).isEmpty()).toList();
    }

    /**
     * Every start in {@code [from, to)} that the therapist's calendar leaves open for this type:
     * all rules but notice and horizon, which depend on when the question is asked. A start in
     * this list that also lies between {@link #earliestStart} and {@link #latestStart} is exactly
     * one that {@link #check} accepts; the slot list keeps this list between calendar changes.
     */
    public List<Instant> openStarts(AppointmentType type, Schedule schedule, Instant from, Instant to) {
        TreeSet<Instant> starts = new TreeSet<>();
        ZoneRules rules = schedule.zone().getRules();
        LocalDate first = from.atZone(schedule.zone()).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(schedule.zone()).toLocalDate().plusDays(1);
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            ZoneOffset sameAllDay = offsetAllDay(date, schedule);
            for (WorkingPeriod period : schedule.weeklyHours().on(date.getDayOfWeek())) {
                for (LocalDateTime localStart : candidates(date, period, type)) {
                    ZoneOffset offset = sameAllDay;
                    if (offset == null) {
                        List<ZoneOffset> offsets = rules.getValidOffsets(localStart);
                        if (offsets.isEmpty()) {
                            continue; // does not exist today: the clocks jump over it
                        }
                        offset = offsets.get(0);
                    }
                    Instant start = localStart.toInstant(offset);
                    // Candidates are grid times inside a working period at their first occurrence:
                    // exactly the starts withinWorkingHours accepts, so only the rest is checked.
                    if (!start.isBefore(from) && start.isBefore(to) && checkCalendar(start, type, schedule).isEmpty()) {
                        starts.add(start);
                    }
                }
            }
        }
        return new ArrayList<>(starts);
    }

    /**
     * The zone's offset on {@code date} when the clocks do not change that day (nearly every day),
     * else {@code null}: then each local time is resolved on its own (gaps and overlaps).
     */
    private static ZoneOffset offsetAllDay(LocalDate date, Schedule schedule) {
        ZoneRules rules = schedule.zone().getRules();
        Instant dayStart = date.atStartOfDay(schedule.zone()).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
        ZoneOffsetTransition next = rules.nextTransition(dayStart);
        boolean changesToday = next != null && next.getInstant().isBefore(dayEnd)
                || rules.getOffset(dayStart).getTotalSeconds() != rules.getOffset(dayEnd).getTotalSeconds();
        return changesToday ? null : rules.getOffset(dayStart);
    }

    private List<LocalDateTime> candidates(LocalDate date, WorkingPeriod period, AppointmentType type) {
        List<LocalDateTime> times = new ArrayList<>();
        for (LocalTime time = firstOnGrid(period.start()); fits(time, type, period); time = time.plus(settings.slotStep())) {
            times.add(date.atTime(time));
            if (time.plus(settings.slotStep()).isBefore(time)) {
                break; // wrapped past midnight
            }
        }
        return times;
    }

    private boolean fits(LocalTime start, AppointmentType type, WorkingPeriod period) {
        LocalTime end = start.plus(type.duration());
        return !start.isBefore(period.start()) && end.isAfter(start) && !end.isAfter(period.end());
    }

    private LocalTime firstOnGrid(LocalTime time) {
        long step = settings.slotStep().toSeconds();
        long seconds = time.toSecondOfDay();
        long aligned = (seconds + step - 1) / step * step;
        return aligned >= 24 * 3600 ? LocalTime.MAX : LocalTime.ofSecondOfDay(aligned);
    }

    private boolean withinWorkingHours(Instant start, AppointmentType type, Schedule schedule) {
        var zoned = start.atZone(schedule.zone());
        LocalDateTime local = zoned.toLocalDateTime();
        if (local.toLocalTime().toNanoOfDay() % settings.slotStep().toNanos() != 0) {
            return false;
        }
        List<ZoneOffset> offsets = schedule.zone().getRules().getValidOffsets(local);
        if (offsets.size() > 1 && !zoned.getOffset().equals(offsets.get(0))) {
            return false; // the second occurrence of a repeated local time is never offered
        }
        return schedule.weeklyHours().on(local.getDayOfWeek()).stream()
                .anyMatch(period -> fits(local.toLocalTime(), type, period));
    }
}
