package com.physiopractice.triage.intake;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeReviewed;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.Ruleset;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A patient's intake form and its triage assessment. The answers and the assessment never change;
 * the therapist's reviews are added as history, and an override changes only the disposition
 * that applies from then on.
 */
@Entity
@Table(name = "triage_intake")
public class Intake extends AbstractAggregateRoot<Intake> {

    public enum Status { AWAITING_REVIEW, REVIEWED }

    public static final int MAX_NOTE_LENGTH = 4000;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID patientId;

    @Column(updatable = false)
    private Instant submittedAt;

    @Column(updatable = false)
    private String questionnaireVersion;

    @Column(updatable = false)
    private String rulesetVersion;

    @Convert(converter = AnswersColumn.class)
    @Column(updatable = false)
    private Answers answers;

    @Convert(converter = AssessmentColumn.class)
    @Column(updatable = false)
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Disposition assessedDisposition;

    @Enumerated(EnumType.STRING)
    private Disposition currentDisposition;

    private int urgencyRank;

    @Enumerated(EnumType.STRING)
    private Status status;

    // Reviews are few and always shown with the intake; a page of intakes loads them in one batch.
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @JoinColumn(name = "intake_id", nullable = false, updatable = false)
    @OrderBy("reviewedAt")
    private List<Review> reviews = new ArrayList<>();

    /** Null until first stored: Spring Data then persists rather than merges (a merge first reads the row). */
    @Version
    private Long version;

    protected Intake() {
        // for JPA
    }

    private Intake(IntakeId id, PatientId patient, Answers answers, Assessment assessment, Instant now) {
        this.id = id.value();
        this.patientId = patient.value();
        this.submittedAt = now;
        this.questionnaireVersion = assessment.questionnaireVersion();
        this.rulesetVersion = assessment.rulesetVersion();
        this.answers = answers;
        this.assessment = assessment;
        this.assessedDisposition = assessment.disposition();
        this.currentDisposition = assessment.disposition();
        this.urgencyRank = currentDisposition.urgencyRank();
        this.status = Status.AWAITING_REVIEW;
    }

    /** Records a submitted, assessed intake; every intake waits for the therapist's review. */
    public static Intake submit(IntakeId id, PatientId patient, Answers answers, Assessment assessment, Instant now) {
        Intake intake = new Intake(id, patient, answers, assessment, now);
        intake.registerEvent(new IntakeAssessed(id, patient, assessment.disposition(), now));
        return intake;
    }

    /**
     * The therapist's review. Changing the disposition needs a note saying why; the original
     * assessment and every earlier review stay as they were.
     *
     * @param override the disposition that applies from now on, or {@code null} to keep it
     */
    public void review(TherapistId therapist, @Nullable Disposition override, @Nullable String note, Instant now) {
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        Disposition after = override == null ? currentDisposition : override;
        if (after != currentDisposition && trimmed == null) {
            throw InvalidInputException.of("note", "a note is required to change the disposition");
        }
        if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
            throw InvalidInputException.of("note", "a note has at most " + MAX_NOTE_LENGTH + " characters");
        }
        reviews.add(new Review(therapist, currentDisposition, after, trimmed, now));
        currentDisposition = after;
        urgencyRank = after.urgencyRank();
        status = Status.REVIEWED;
        registerEvent(new IntakeReviewed(id(), patient(), therapist, after, override != null && override != assessedDisposition, now));
    }

    /**
     * The assessment its own ruleset gives its answers today, for a patient born on {@code
     * dateOfBirth}: equal to the stored one (principle 3: reproducible), whatever ruleset is active.
     */
    public Assessment reassess(LocalDate dateOfBirth) {
        return Ruleset.ofVersion(rulesetVersion).assess(answers, dateOfBirth, assessment.assessedOn());
    }

    public boolean isOwnedBy(PatientId patient) {
        return patientId.equals(patient.value());
    }

    public IntakeId id() {
        return new IntakeId(id);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Answers answers() {
        return answers;
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public Assessment assessment() {
        return assessment;
    }

    public Disposition currentDisposition() {
        return currentDisposition;
    }

    public Status status() {
        return status;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
