package com.physiopractice.records;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Home exercise programmes, built from the practice's published exercise cards. The therapist sets
 * the programme of an episode; the patient logs each exercise she does, with her pain and how hard it
 * was; adherence is counted per week against what was prescribed.
 */
public interface HomeExercises {

    /**
     * One exercise as the therapist prescribes it.
     *
     * @param card the published exercise card's address (slug)
     * @param timesPerDay how many times a day, on each of {@code daysPerWeek} days of a week
     * @param confirmNotAdvised the therapist's confirmation that she prescribes a card the patient's triage
     *        profile advises against
     */
    record Prescribing(@Nullable String card, @Nullable Integer sets, @Nullable Integer repetitions,
            @Nullable Integer holdSeconds, @Nullable Integer timesPerDay, @Nullable Integer daysPerWeek,
            @Nullable String notes, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable Boolean confirmNotAdvised) {
    }

    /**
     * @param notAdvised why the patient's triage profile advises against the card, when it does (the therapist confirmed)
     * @param stoppedOn the day the therapist took it out of the programme
     */
    record PrescribedExercise(PrescriptionId id, String card, String title, int sets, int repetitions, int holdSeconds,
            int timesPerDay, int daysPerWeek, @Nullable String notes, LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable LocalDate stoppedOn, @Nullable String notAdvised) {

        /** Whether it is part of the programme on {@code day}. */
        public boolean activeOn(LocalDate day) {
            return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn))
                    && (stoppedOn == null || day.isBefore(stoppedOn));
        }
    }

    /** @param reminderTime when she wants her daily reminder, in her own zone; absent for none */
    record ProgrammeView(ProgrammeId id, EpisodeId episode, PatientId patient, Instant updatedAt,
            List<PrescribedExercise> exercises, @Nullable LocalTime reminderTime, boolean open) {
    }

    /** A published exercise card as the therapist picks it, with why it is not advised for this patient. */
    record Card(String slug, String title, String summary, @Nullable String notAdvised) {
    }

    /** One logged exercise. */
    record Session(PrescriptionId exercise, LocalDate doneOn, Instant loggedAt, int pain, int difficulty) {
    }

    /** Today's exercises for her, with how many times each is done today. */
    record TodaysExercise(ProgrammeId programme, PrescribedExercise exercise, int doneToday) {
    }

    /**
     * One week (Monday to Sunday, in the patient's zone) of a programme.
     *
     * @param prescribed times the exercises were to be done that week
     * @param done times done, at most the prescribed times of each exercise
     * @param percent done / prescribed as a whole percent; absent for a week with nothing prescribed
     * @param averagePain the mean pain she logged that week, absent without a log
     */
    record AdherenceWeek(LocalDate weekStarting, int prescribed, int done, @Nullable Integer percent,
            @Nullable Double averagePain, @Nullable Double averageDifficulty) {

        public static AdherenceWeek of(LocalDate weekStarting, int prescribed, int done, @Nullable Double averagePain,
                @Nullable Double averageDifficulty) {
            return new AdherenceWeek(weekStarting, prescribed, done,
                    prescribed == 0 ? null : (int) Math.round(done * 100.0 / prescribed), averagePain, averageDifficulty);
        }
    }

    Optional<ProgrammeView> ofEpisode(Caller caller, EpisodeId episode);

    /**
     * Sets the programme's exercises: a card already in it keeps its id and log with the new dose, a
     * card left out is stopped today (its log stays), a new card is added.
     */
    ProgrammeView set(Caller therapist, EpisodeId episode, List<Prescribing> exercises);

    /** The published exercise cards, each with whether it is advised for the episode's patient. */
    List<Card> cards(Caller therapist, EpisodeId episode);

    /** She did an exercise: today in her zone unless {@code doneOn} says an earlier day of its programme. */
    Session log(Caller patient, ProgrammeId programme, PrescriptionId exercise, @Nullable LocalDate doneOn, int pain,
            int difficulty);

    /** Weeks from the programme's first exercise to this week, oldest first. */
    List<AdherenceWeek> adherence(Caller caller, ProgrammeId programme);

    /** Her programmes, of open episodes first. */
    List<ProgrammeView> mine(Caller patient);

    /** Her exercises for today, from every open programme. */
    List<TodaysExercise> today(Caller patient);

    /** Her daily reminder time, or none. */
    ProgrammeView remindAt(Caller patient, ProgrammeId programme, @Nullable LocalTime time);
}
