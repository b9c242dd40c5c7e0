package com.physiopractice.records.programme;

import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.PrescriptionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One exercise card in a programme with its dose; stopped rather than deleted, so its log keeps its meaning. */
@Entity
@Table(name = "records_prescription")
class Prescription {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @Column(updatable = false)
    private String card;

    private String title;
    private int sets;
    private int repetitions;
    private int holdSeconds;
    private int timesPerDay;
    private int daysPerWeek;
    private @Nullable String notes;
    private LocalDate startsOn;
    private @Nullable LocalDate endsOn;
    private @Nullable LocalDate stoppedOn;
    private @Nullable String notAdvised;

    protected Prescription() {
        // for JPA
    }

    Prescription(String card, Dose dose, String title, @Nullable String notAdvised) {
        this.id = UUID.randomUUID();
        this.card = card;
        change(dose, title, notAdvised);
    }

    /** What the therapist sets for one exercise (checked by the programme). */
    record Dose(int sets, int repetitions, int holdSeconds, int timesPerDay, int daysPerWeek, @Nullable String notes,
            LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    void change(Dose dose, String title, @Nullable String notAdvised) {
        this.title = title;
        this.sets = dose.sets();
        this.repetitions = dose.repetitions();
        this.holdSeconds = dose.holdSeconds();
        this.timesPerDay = dose.timesPerDay();
        this.daysPerWeek = dose.daysPerWeek();
        this.notes = dose.notes();
        this.startsOn = dose.startsOn();
        this.endsOn = dose.endsOn();
        this.notAdvised = notAdvised;
        this.stoppedOn = null;
    }

    void stop(LocalDate today) {
        if (stoppedOn == null) {
            stoppedOn = today;
        }
    }

    boolean isStopped() {
        return stoppedOn != null;
    }

    String card() {
        return card;
    }

    PrescriptionId id() {
        return new PrescriptionId(id);
    }

    PrescribedExercise view() {
        return new PrescribedExercise(id(), card, title, sets, repetitions, holdSeconds, timesPerDay, daysPerWeek, notes,
                startsOn, endsOn, stoppedOn, notAdvised);
    }
}
