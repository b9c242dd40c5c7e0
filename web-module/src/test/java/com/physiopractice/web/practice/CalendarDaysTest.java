package com.physiopractice.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.web.practice.CalendarDays.Day;
import com.physiopractice.web.practice.CalendarDays.Entry;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WeeklyHours WEEKDAYS = WeeklyHours.on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void aDayListsItsHoursTimeOffAndConsultationsInTimeOrderInHerZone() {
        // Summer time began on Sunday 28 March 2027: on the Monday, 10:00 in London is 09:00Z.
        LocalDate monday = LocalDate.of(2027, 3, 29);
        List<Day> week = CalendarDays.lay(monday, 7, LONDON, monday.plusDays(2), WEEKDAYS,
                List.of(off("2027-03-29T12:00:00Z", "2027-03-29T13:00:00Z", "Lunch talk")),
                List.of(appointment("2027-03-29T13:00:00Z", AppointmentStatus.CONFIRMED),
                        appointment("2027-03-29T09:00:00Z", AppointmentStatus.CANCELLED)),
                appointment -> "Sam");

        assertThat(week).extracting(Day::heading).containsExactly("Mon 29 Mar", "Tue 30 Mar", "Wed 31 Mar",
                "Thu 1 Apr", "Fri 2 Apr", "Sat 3 Apr", "Sun 4 Apr");
        assertThat(week).extracting(Day::today).containsExactly(false, false, true, false, false, false, false);
        assertThat(week.get(0).entries()).extracting(Entry::time).containsExactly("09:00–17:00", "10:00–10:30",
                "13:00–14:00", "14:00–14:30");
        assertThat(week.get(0).entries()).extracting(Entry::status).containsExactly(null, "CANCELLED", null,
                "CONFIRMED");
        assertThat(week.get(5).working()).isFalse();
        assertThat(week.get(5).entries()).isEmpty();
    }

    @Test
    void timeOffOverSeveralDaysIsOnEachCutToTheDay() {
        LocalDate friday = LocalDate.of(2027, 1, 15);
        List<Day> days = CalendarDays.lay(friday, 4, ZoneId.of("UTC"), friday, WEEKDAYS,
                List.of(off("2027-01-15T15:00:00Z", "2027-01-18T10:00:00Z", null)), List.of(), appointment -> "");

        assertThat(days.get(0).entries()).extracting(Entry::time).containsExactly("09:00–17:00", "15:00–24:00");
        assertThat(days.get(1).entries()).singleElement().satisfies(entry -> assertThat(entry.allDay()).isTrue());
        assertThat(days.get(2).entries()).singleElement().satisfies(entry -> assertThat(entry.allDay()).isTrue());
        assertThat(days.get(3).entries()).as("whole-day and morning time off before her hours")
                .extracting(Entry::time).containsExactly("00:00–10:00", "09:00–17:00");
    }

    @Test
    void aConsultationCrossingMidnightIsOnTheDayItStarts() {
        LocalDate day = LocalDate.of(2027, 1, 15);
        List<Day> days = CalendarDays.lay(day, 2, ZoneId.of("UTC"), day, WeeklyHours.none(), List.of(),
                List.of(appointment("2027-01-15T23:45:00Z", AppointmentStatus.CONFIRMED)), appointment -> "Sam");

        assertThat(days.get(0).entries()).extracting(Entry::time).containsExactly("23:45–00:15");
        assertThat(days.get(1).entries()).isEmpty();
    }

    private static TimeOffPeriod off(String start, String end, String reason) {
        return new TimeOffPeriod(UUID.randomUUID(), TimeWindow.of(Instant.parse(start), Instant.parse(end)), reason);
    }

    private static AppointmentView appointment(String start, AppointmentStatus status) {
        Instant at = Instant.parse(start);
        return new AppointmentView(AppointmentId.random(), TherapistId.random(), PatientId.random(), "FOLLOW_UP",
                "Follow-up", status, at, at.plusSeconds(1800), IntakeId.random(), at.minusSeconds(86_400), 0, 0, null,
                null, List.of(), null);
    }
}
