package com.physiopractice.records.programme;

import com.physiopractice.records.HomeExercises.AdherenceWeek;
import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.HomeExercises.Session;
import com.physiopractice.records.PrescriptionId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Adherence per week, Monday to Sunday in the patient's zone. An exercise is prescribed {@code
 * timesPerDay} times on each of at most {@code daysPerWeek} days of a week, counting only the days
 * it is part of the programme (and, in the current week, only the days up to today). What she did
 * counts up to what was prescribed for each exercise, so doing one exercise twice as often does not
 * hide another left undone.
 */
public final class Adherence {

    private Adherence() {
    }

    public static List<AdherenceWeek> weeks(List<PrescribedExercise> exercises, List<Session> sessions, LocalDate today) {
        if (exercises.isEmpty()) {
            return List.of();
        }
        LocalDate first = exercises.stream().map(PrescribedExercise::startsOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate week = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<AdherenceWeek> weeks = new ArrayList<>();
        while (!week.isAfter(today)) {
            weeks.add(week(exercises, sessions, week, today));
            week = week.plusWeeks(1);
        }
        return weeks;
    }

    static AdherenceWeek week(List<PrescribedExercise> exercises, List<Session> sessions, LocalDate monday, LocalDate today) {
        LocalDate sunday = monday.plusDays(6);
        LocalDate lastCounted = sunday.isAfter(today) ? today : sunday;
        List<Session> inWeek = sessions.stream()
                .filter(session -> !session.doneOn().isBefore(monday) && !session.doneOn().isAfter(sunday)).toList();
        Map<PrescriptionId, Long> doneBy = inWeek.stream()
                .collect(Collectors.groupingBy(Session::exercise, Collectors.counting()));
        int prescribed = 0;
        int done = 0;
        for (PrescribedExercise exercise : exercises) {
            int activeDays = 0;
            for (LocalDate day = monday; !day.isAfter(lastCounted); day = day.plusDays(1)) {
                activeDays += exercise.activeOn(day) ? 1 : 0;
            }
            int times = exercise.timesPerDay() * Math.min(exercise.daysPerWeek(), activeDays);
            prescribed += times;
            done += (int) Math.min(times, doneBy.getOrDefault(exercise.id(), 0L));
        }
        return AdherenceWeek.of(monday, prescribed, done, average(inWeek.stream().mapToInt(Session::pain).average()),
                average(inWeek.stream().mapToInt(Session::difficulty).average()));
    }

    private static Double average(OptionalDouble mean) {
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 10) / 10.0 : null;
    }
}
