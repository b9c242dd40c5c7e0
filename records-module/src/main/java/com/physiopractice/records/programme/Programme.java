package com.physiopractice.records.programme;

import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.ExerciseReminderDue;
import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.HomeExercises.ProgrammeView;
import com.physiopractice.records.PrescriptionId;
import com.physiopractice.records.ProgrammeId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An episode's home exercise programme: the exercises with their dose, and the patient's reminder
 * time. Closed with its episode: then she can no longer log, and it shows in the discharge summary.
 */
@Entity
@Table(name = "records_programme")
class Programme extends AbstractAggregateRoot<Programme> {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID episodeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID patientId;

    private Instant updatedAt;

    private @Nullable LocalTime reminderTime;

    private @Nullable LocalDate remindedOn;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER, orphanRemoval = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    @OrderColumn(name = "position")
    private List<Prescription> exercises = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected Programme() {
        // for JPA
    }

    Programme(EpisodeId episode, PatientId patient, Instant now) {
        this.id = ProgrammeId.random().value();
        this.episodeId = episode.value();
        this.patientId = patient.value();
        this.updatedAt = now;
    }

    /** A card to set with its dose, its title and why it is not advised (if it is not). */
    record Setting(String card, String title, Prescription.Dose dose, @Nullable String notAdvised) {
    }

    /**
     * Sets the exercises: a card already in it keeps its id and log with its new dose, one left out
     * is stopped today, a new one is added.
     */
    void set(List<Setting> settings, LocalDate today, Instant now) {
        Map<String, Setting> wanted = new LinkedHashMap<>();
        settings.forEach(setting -> wanted.put(setting.card(), setting));
        for (Prescription exercise : exercises) {
            Setting setting = wanted.remove(exercise.card());
            if (setting == null) {
                exercise.stop(today);
            } else {
                exercise.change(setting.dose(), setting.title(), setting.notAdvised());
            }
        }
        wanted.values().forEach(setting -> exercises.add(new Prescription(setting.card(), setting.dose(), setting.title(),
                setting.notAdvised())));
        this.updatedAt = now;
    }

    Optional<PrescribedExercise> exercise(PrescriptionId id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst().map(Prescription::view);
    }

    /** She did the exercise on {@code day}: it must be in her programme that day, and that day not in the future. */
    ExerciseSession log(PrescriptionId exerciseId, LocalDate day, LocalDate today, int pain, int difficulty, Instant now,
            boolean episodeOpen) {
        if (!episodeOpen) {
            throw new ConflictException("programme-closed", "The programme has ended",
                    "This programme ended when the episode was discharged.");
        }
        PrescribedExercise exercise = exercise(exerciseId)
                .orElseThrow(() -> InvalidInputException.of("exercise", "not an exercise of this programme"));
        List<FieldProblem> problems = new ArrayList<>();
        if (day.isAfter(today)) {
            problems.add(new FieldProblem("doneOn", "cannot be in the future"));
        } else if (!exercise.activeOn(day)) {
            problems.add(new FieldProblem("doneOn",
                    "the exercise is not part of the programme on " + day));
        }
        if (pain < 0 || pain > 10) {
            problems.add(new FieldProblem("pain", "from 0 (none) to 10 (worst)"));
        }
        if (difficulty < 0 || difficulty > 10) {
            problems.add(new FieldProblem("difficulty",
                    "from 0 (very easy) to 10 (too hard to do)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ExerciseSession(id(), exerciseId, patient(), day, now, pain, difficulty);
    }

    void remindAt(@Nullable LocalTime time) {
        this.reminderTime = time;
    }

    /**
     * Her reminder for {@code today}, once: due when its time has passed in her zone and exercises
     * are set for today.
     */
    boolean remindIfDue(LocalDate today, LocalTime timeNow, int exercisesToday, Instant now) {
        if (reminderTime == null || timeNow.isBefore(reminderTime) || today.equals(remindedOn) || exercisesToday == 0) {
            return false;
        }
        remindedOn = today;
        registerEvent(new ExerciseReminderDue(id(), patient(), today, exercisesToday, now));
        return true;
    }

    List<PrescribedExercise> exercises() {
        return exercises.stream().map(Prescription::view).toList();
    }

    ProgrammeId id() {
        return new ProgrammeId(id);
    }

    EpisodeId episode() {
        return new EpisodeId(episodeId);
    }

    PatientId patient() {
        return new PatientId(patientId);
    }

    boolean isOf(PatientId patient) {
        return patientId.equals(patient.value());
    }

    ProgrammeView view(boolean open) {
        return new ProgrammeView(id(), episode(), patient(), updatedAt, exercises(), reminderTime, open);
    }
}
