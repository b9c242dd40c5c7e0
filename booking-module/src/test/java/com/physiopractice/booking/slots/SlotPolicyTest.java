package com.physiopractice.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.AppointmentType;
import com.physiopractice.booking.settings.BookingSettings;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.slots.SlotPolicy.Refusal;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The booking rules document's time rules, and the failures of other products it lists, as plain unit tests. */
class SlotPolicyTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final AppointmentType INITIAL = new AppointmentType("INITIAL_CONSULTATION", "Initial", Duration.ofMinutes(60), "ONLINE_VIDEO");
    static final AppointmentType FOLLOW_UP = new AppointmentType("FOLLOW_UP", "Follow-up", Duration.ofMinutes(30), "ONLINE_VIDEO");
    static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    static final BookingSettings SETTINGS = new BookingSettings(
            List.of(new BookingSettings.TypeSetting("INITIAL_CONSULTATION", "Initial", 60, "ONLINE_VIDEO")),
            Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofHours(12), Duration.ofDays(60),
            Duration.ofHours(24), 3, 31, Duration.ofHours(24));

    final SlotPolicy rules = new SlotPolicy(SETTINGS);

    static Schedule mornings(List<TimeWindow> occupied, List<TimeWindow> timeOff) {
        return new Schedule(NEW_YORK, WeeklyHours.on(EVERY_DAY, LocalTime.of(9, 0), LocalTime.of(12, 0)), timeOff, occupied);
    }

    static Instant newYork(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), NEW_YORK).toInstant();
    }

    static List<Instant> day(SlotPolicy rules, AppointmentType type, Schedule schedule, String date, Instant now) {
        LocalDate day = LocalDate.parse(date);
        return rules.freeStarts(type, schedule, day.atStartOfDay(schedule.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(schedule.zone()).toInstant(), now);
    }

    @Test
    void openStartsIgnoreOnlyNoticeAndHorizonWhichTheFreeStartsApply() {
        Instant now = newYork("2026-12-03T00:00");
        Schedule schedule = mornings(List.of(TimeWindow.of(newYork("2026-12-03T10:00"), Duration.ofMinutes(70))), List.of());
        Instant from = newYork("2026-12-03T00:00");
        Instant to = newYork("2026-12-10T00:00");

        List<Instant> open = rules.openStarts(FOLLOW_UP, schedule, from, to);
        List<Instant> free = rules.freeStarts(FOLLOW_UP, schedule, from, to, now);

        // 12 hours' notice: nothing on the 3rd is free, yet its morning is open but for the booked hour.
        assertThat(open).contains(newYork("2026-12-03T09:00"), newYork("2026-12-03T11:15"))
                .doesNotContain(newYork("2026-12-03T10:00"), newYork("2026-12-03T11:00"));
        assertThat(free).first().isEqualTo(newYork("2026-12-04T09:00"));
        assertThat(free).isEqualTo(open.stream().filter(start -> !start.isBefore(rules.earliestStart(now))
                && !start.isAfter(rules.latestStart(now))).toList());
        assertThat(rules.freeStarts(FOLLOW_UP, schedule, from, to, newYork("2026-10-04T10:00")))
                .as("60 days (1,440 hours) ahead reaches 09:00 on the 3rd, no further").containsExactly(newYork("2026-12-03T09:00"));
    }

    @Test
    void offersEveryFifteenMinutesWhileTheWholeAppointmentFitsTheHours() {
        Instant now = newYork("2026-12-01T08:00");
        List<Instant> starts = day(rules, INITIAL, mornings(List.of(), List.of()), "2026-12-03", now);

        assertThat(starts).first().isEqualTo(newYork("2026-12-03T09:00"));
        assertThat(starts).last().isEqualTo(newYork("2026-12-03T11:00"));
        assertThat(starts).hasSize(9);
    }

    @Test
    void morningHoursStayAtNineLocalOnBothSidesOfTheSpringForwardChange() {
        Instant now = newYork("2027-03-10T08:00");
        Schedule schedule = mornings(List.of(), List.of());

        Instant before = day(rules, INITIAL, schedule, "2027-03-13", now).get(0);
        Instant after = day(rules, INITIAL, schedule, "2027-03-15", now).get(0);

        assertThat(before).isEqualTo(Instant.parse("2027-03-13T14:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2027-03-15T13:00:00Z"));
    }

    @Test
    void morningHoursStayAtNineLocalOnBothSidesOfTheFallBackChange() {
        Instant now = newYork("2026-10-28T08:00");
        Schedule schedule = mornings(List.of(), List.of());

        assertThat(day(rules, INITIAL, schedule, "2026-10-31", now).get(0)).isEqualTo(Instant.parse("2026-10-31T13:00:00Z"));
        assertThat(day(rules, INITIAL, schedule, "2026-11-02", now).get(0)).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
    }

    @Test
    void aLocalTimeThatDoesNotExistIsSkippedAndARepeatedOneIsOfferedOnce() {
        Schedule night = new Schedule(NEW_YORK, WeeklyHours.on(EVERY_DAY, LocalTime.of(0, 30), LocalTime.of(3, 30)),
                List.of(), List.of());

        List<Instant> springForward = day(rules, FOLLOW_UP, night, "2027-03-14", newYork("2027-03-10T08:00"));
        List<Instant> fallBack = day(rules, FOLLOW_UP, night, "2026-11-01", newYork("2026-10-28T08:00"));

        assertThat(springForward).noneMatch(start -> start.atZone(NEW_YORK).getHour() == 2);
        assertThat(springForward).doesNotHaveDuplicates();
        assertThat(fallBack.stream().filter(start -> start.atZone(NEW_YORK).toLocalTime().equals(LocalTime.of(1, 15))))
                .hasSize(1);
        assertThat(fallBack).doesNotHaveDuplicates();
        assertThat(rules.check(Instant.parse("2026-11-01T06:15:00Z"), FOLLOW_UP, night, newYork("2026-10-28T08:00")))
                .as("01:15 EST, the second 01:15 of the night").contains(Refusal.OUTSIDE_WORKING_HOURS);
    }

    @Test
    void aPatientInKolkataSeesTheNewYorkMorningInTheirEveningOnBothSidesOfTheChange() {
        Schedule schedule = mornings(List.of(), List.of());
        Instant now = newYork("2027-03-10T08:00");

        Instant beforeChange = rules.freeStarts(INITIAL, schedule, newYork("2027-03-13T00:00"), newYork("2027-03-14T00:00"), now).get(0);
        Instant afterChange = rules.freeStarts(INITIAL, schedule, newYork("2027-03-15T00:00"), newYork("2027-03-16T00:00"), now).get(0);

        assertThat(beforeChange.atZone(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(afterChange.atZone(KOLKATA).toLocalTime()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void theBufferKeepsNeighboursApartOnBothSides() {
        TimeWindow booked = rules.occupied(newYork("2026-12-03T10:00"), INITIAL); // 10:00-11:00, free again 11:10
        Schedule schedule = mornings(List.of(booked), List.of());
        Instant now = newYork("2026-12-01T08:00");

        List<Instant> halfHours = day(rules, FOLLOW_UP, schedule, "2026-12-03", now);

        assertThat(halfHours).contains(newYork("2026-12-03T09:15")) // ends 09:45, its buffer ends 09:55
                .doesNotContain(newYork("2026-12-03T09:30"), newYork("2026-12-03T11:00"))
                .contains(newYork("2026-12-03T11:15"));
        assertThat(rules.check(newYork("2026-12-03T11:00"), FOLLOW_UP, schedule, now)).contains(Refusal.TAKEN);
        assertThat(rules.check(newYork("2026-12-03T09:30"), FOLLOW_UP, schedule, now)).contains(Refusal.TAKEN);
    }

    @Test
    void appointmentsOfDifferentLengthsThatOverlapAreRefused() {
        Schedule schedule = mornings(List.of(rules.occupied(newYork("2026-12-03T10:30"), FOLLOW_UP)), List.of());
        Instant now = newYork("2026-12-01T08:00");

        assertThat(rules.check(newYork("2026-12-03T10:00"), INITIAL, schedule, now)).contains(Refusal.TAKEN);
        assertThat(rules.check(newYork("2026-12-03T09:15"), INITIAL, schedule, now)).isEmpty();
    }

    @Test
    void minimumNoticeIsCountedInRealHoursAcrossTheChange() {
        Schedule schedule = mornings(List.of(), List.of());
        // 21:00 EST on Saturday 13 March; 12 real hours later it is 10:00 EDT on Sunday (clocks went forward).
        Instant now = newYork("2027-03-13T21:00");

        assertThat(rules.check(newYork("2027-03-14T09:45"), INITIAL, schedule, now)).contains(Refusal.TOO_SOON);
        assertThat(rules.check(newYork("2027-03-14T10:00"), INITIAL, schedule, now)).isEmpty();
    }

    @Test
    void refusesStartsOffTheGridOutsideHoursBeyondTheHorizonOrDuringTimeOff() {
        Instant now = newYork("2026-12-01T08:00");
        TimeWindow holiday = TimeWindow.of(newYork("2026-12-04T00:00"), newYork("2026-12-05T00:00"));
        Schedule schedule = mornings(List.of(), List.of(holiday));

        assertThat(rules.check(newYork("2026-12-03T09:10"), INITIAL, schedule, now)).contains(Refusal.OUTSIDE_WORKING_HOURS);
        assertThat(rules.check(newYork("2026-12-03T11:15"), INITIAL, schedule, now)).contains(Refusal.OUTSIDE_WORKING_HOURS);
        assertThat(rules.check(newYork("2027-02-15T09:00"), INITIAL, schedule, now)).contains(Refusal.TOO_FAR_AHEAD);
        assertThat(rules.check(newYork("2026-12-04T09:00"), INITIAL, schedule, now)).contains(Refusal.TIME_OFF);
        assertThat(day(rules, INITIAL, schedule, "2026-12-04", now)).isEmpty();
    }

    @Test
    void everyOfferedStartIsAcceptedAndEveryOtherGridTimeRefused() {
        Instant now = newYork("2026-12-01T08:00");
        Schedule schedule = mornings(List.of(rules.occupied(newYork("2026-12-03T10:00"), INITIAL)), List.of());
        List<Instant> offered = day(rules, FOLLOW_UP, schedule, "2026-12-03", now);

        for (Instant t = newYork("2026-12-03T00:00"); t.isBefore(newYork("2026-12-04T00:00")); t = t.plus(Duration.ofMinutes(5))) {
            assertThat(rules.check(t, FOLLOW_UP, schedule, now).isEmpty()).as(t.toString()).isEqualTo(offered.contains(t));
        }
    }
}
