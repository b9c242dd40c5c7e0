package com.physiopractice.records.episode;

import com.physiopractice.records.BodyRegion;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.IntakeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One problem of one patient under one therapist, from the consultation it opened at to its
 * discharge. Its notes, measures and programme refer to it; once discharged it takes no new note.
 */
@Entity
@Table(name = "records_episode")
public class Episode {

    public static final int MAX_PROBLEM = 200;
    public static final int MAX_SUMMARY = 8000;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID patientId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private UUID therapistId;

    private String problem;

    @Enumerated(EnumType.STRING)
    private BodyRegion region;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private @Nullable UUID intakeId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(updatable = false)
    private @Nullable UUID firstConsultationId;

    @Enumerated(EnumType.STRING)
    private EpisodeStatus status;

    @Column(updatable = false)
    private Instant openedAt;

    private @Nullable Instant dischargedAt;

    private @Nullable String dischargeSummary;

    /** When the last set of review measures was asked: the next is due some weeks or sessions after. */
    private Instant measuresAskedAt;

    private int sessionsSinceMeasures;

    @Version
    private @Nullable Long version;

    protected Episode() {
        // for JPA
    }

    public Episode(EpisodeId id, PatientId patient, TherapistId therapist, String problem, BodyRegion region,
            @Nullable IntakeId intake, AppointmentId firstConsultation, Instant now) {
        String trimmed = problem == null ? "" : problem.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_PROBLEM) {
            throw InvalidInputException.of("problem", "name the problem in 1 to " + MAX_PROBLEM + " characters");
        }
        if (region == null) {
            throw InvalidInputException.of("region", "choose LOWER_BACK or HIP");
        }
        this.id = id.value();
        this.patientId = patient.value();
        this.therapistId = therapist.value();
        this.problem = trimmed;
        this.region = region;
        this.intakeId = intake == null ? null : intake.value();
        this.firstConsultationId = firstConsultation.value();
        this.status = EpisodeStatus.OPEN;
        this.openedAt = now;
        this.measuresAskedAt = now;
    }

    /** Closes the episode with what happened; a second discharge is refused. */
    public void discharge(String summary, Instant now) {
        requireOpen();
        String trimmed = summary == null ? "" : summary.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_SUMMARY) {
            throw InvalidInputException.of("summary", "write the discharge summary (at most " + MAX_SUMMARY + " characters)");
        }
        this.status = EpisodeStatus.DISCHARGED;
        this.dischargedAt = now;
        this.dischargeSummary = trimmed;
    }

    public void requireOpen() {
        if (status != EpisodeStatus.OPEN) {
            throw new ConflictException("episode-discharged", "The episode is closed",
                    "This episode of care was discharged; open a new one for a new problem.");
        }
    }

    /** A consultation of the episode took place (a follow-up note was signed). */
    public void sessionHeld() {
        sessionsSinceMeasures++;
    }

    /**
     * Whether review measures are due: {@code everyWeeks} after the last ones, or after {@code
     * everySessions} consultations (0 turns either off).
     */
    public boolean reviewMeasuresDue(Instant now, int everyWeeks, int everySessions) {
        if (status != EpisodeStatus.OPEN) {
            return false;
        }
        boolean byTime = everyWeeks > 0 && !now.isBefore(measuresAskedAt.plus(java.time.Duration.ofDays(7L * everyWeeks)));
        boolean bySessions = everySessions > 0 && sessionsSinceMeasures >= everySessions;
        return byTime || bySessions;
    }

    public void measuresAsked(Instant now) {
        measuresAskedAt = now;
        sessionsSinceMeasures = 0;
    }

    public boolean isOf(PatientId patient) {
        return patientId.equals(patient.value());
    }

    public EpisodeId id() {
        return new EpisodeId(id);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public TherapistId therapist() {
        return new TherapistId(therapistId);
    }

    public String problem() {
        return problem;
    }

    public BodyRegion region() {
        return region;
    }

    public @Nullable IntakeId intake() {
        return intakeId == null ? null : new IntakeId(intakeId);
    }

    public @Nullable AppointmentId firstConsultation() {
        return firstConsultationId == null ? null : new AppointmentId(firstConsultationId);
    }

    public EpisodeStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public @Nullable Instant dischargedAt() {
        return dischargedAt;
    }

    public @Nullable String dischargeSummary() {
        return dischargeSummary;
    }
}
