package com.physiopractice.records.programme;

import com.physiopractice.records.HomeExercises.Session;
import com.physiopractice.records.PrescriptionId;
import com.physiopractice.records.ProgrammeId;
import com.physiopractice.sharedkernel.PatientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One time she did one exercise, with her pain and how hard it was. */
@Entity
@Immutable
@Table(name = "records_exercise_session")
class ExerciseSession {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID programmeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID prescriptionId;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID patientId;

    private LocalDate doneOn;
    private Instant loggedAt;
    private int pain;
    private int difficulty;

    protected ExerciseSession() {
        // for JPA
    }

    ExerciseSession(ProgrammeId programme, PrescriptionId exercise, PatientId patient, LocalDate doneOn, Instant loggedAt,
            int pain, int difficulty) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.prescriptionId = exercise.value();
        this.patientId = patient.value();
        this.doneOn = doneOn;
        this.loggedAt = loggedAt;
        this.pain = pain;
        this.difficulty = difficulty;
    }

    Session view() {
        return new Session(new PrescriptionId(prescriptionId), doneOn, loggedAt, pain, difficulty);
    }
}
