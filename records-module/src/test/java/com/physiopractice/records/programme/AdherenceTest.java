package com.physiopractice.records.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.HomeExercises.AdherenceWeek;
import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.HomeExercises.Session;
import com.physiopractice.records.PrescriptionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    static final LocalDate MONDAY = LocalDate.parse("2027-01-18");
    final PrescribedExercise twiceDaily = exercise(2, 7, MONDAY, null, null);
    final PrescribedExercise thriceWeekly = exercise(1, 3, MONDAY, null, null);

    static PrescribedExercise exercise(int timesPerDay, int daysPerWeek, LocalDate from, LocalDate endsOn, LocalDate stoppedOn) {
        return new PrescribedExercise(PrescriptionId.random(), "card", "Card", 2, 10, 5, timesPerDay, daysPerWeek, null, from,
                endsOn, stoppedOn, null);
    }

    static Session done(PrescribedExercise exercise, LocalDate day, int pain) {
        return new Session(exercise.id(), day, Instant.EPOCH, pain, 2);
    }

    @Test
    void aWeekCountsWhatWasDoneUpToWhatWasPrescribedForEachExercise() {
        List<Session> sessions = new ArrayList<>();
        for (int day = 0; day < 9; day++) {
            sessions.add(done(twiceDaily, MONDAY.plusDays(day % 5), 4));
        }
        for (int day = 0; day < 4; day++) {
            sessions.add(done(thriceWeekly, MONDAY.plusDays(day), 2));
        }
        AdherenceWeek week = Adherence.week(List.of(twiceDaily, thriceWeekly), sessions, MONDAY, MONDAY.plusDays(10));
        assertThat(week.prescribed()).isEqualTo(14 + 3);
        assertThat(week.done()).as("the fourth child's pose does not count").isEqualTo(9 + 3);
        assertThat(week.percent()).isEqualTo(71);
        assertThat(week.averagePain()).isEqualTo(3.4);
    }

    @Test
    void theCurrentWeekCountsOnlyTheDaysUpToToday() {
        AdherenceWeek week = Adherence.week(List.of(twiceDaily), List.of(), MONDAY, MONDAY.plusDays(2));
        assertThat(week.prescribed()).isEqualTo(6);
        assertThat(week.percent()).isZero();
        assertThat(week.averagePain()).isNull();
    }

    @Test
    void anExerciseCountsOnlyOnTheDaysItIsInTheProgramme() {
        PrescribedExercise stoppedWednesday = exercise(1, 7, MONDAY, null, MONDAY.plusDays(2));
        PrescribedExercise fromFriday = exercise(1, 7, MONDAY.plusDays(4), MONDAY.plusDays(5), null);
        AdherenceWeek week = Adherence.week(List.of(stoppedWednesday, fromFriday), List.of(), MONDAY, MONDAY.plusDays(30));
        assertThat(week.prescribed()).as("Monday and Tuesday, then Friday and Saturday").isEqualTo(4);
        assertThat(Adherence.weeks(List.of(stoppedWednesday), List.of(), MONDAY.plusDays(8))).hasSize(2);
    }
}
