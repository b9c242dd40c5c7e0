package com.physiopractice.records.measure;

import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.MeasureId;
import com.physiopractice.records.OutcomeMeasureRequested;
import com.physiopractice.records.OutcomeMeasures.MeasureStatus;
import com.physiopractice.records.OutcomeMeasures.Occasion;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One instrument asked of the patient; answered once, its score kept with the instrument's version. */
@Entity
@Table(name = "records_measure")
public class MeasureRequest extends AbstractAggregateRoot<MeasureRequest> {

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

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Instrument instrument;

    @Column(updatable = false)
    private String instrumentVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "occasion", updatable = false)
    private Occasion occasion;

    @Enumerated(EnumType.STRING)
    private MeasureStatus status;

    @Column(updatable = false)
    private Instant requestedAt;

    private @Nullable Instant answeredAt;

    @Convert(converter = AnswersColumn.class)
    private @Nullable Map<String, String> answers;

    private @Nullable Double score;

    private @Nullable String interpretation;

    @Version
    private @Nullable Long version;

    protected MeasureRequest() {
        // for JPA
    }

    public static MeasureRequest ask(EpisodeId episode, PatientId patient, Instrument instrument, Occasion occasion,
            Instant now) {
        MeasureRequest request = new MeasureRequest();
        request.id = MeasureId.random().value();
        request.episodeId = episode.value();
        request.patientId = patient.value();
        request.instrument = instrument;
        request.instrumentVersion = instrument.version();
        request.occasion = occasion;
        request.status = MeasureStatus.REQUESTED;
        request.requestedAt = now;
        request.registerEvent(new OutcomeMeasureRequested(request.id(), patient, instrument, now));
        return request;
    }

    /** Keeps her scored answers; a measure is answered once. */
    public void answer(Scoring.Scored scored, Instant now) {
        if (status == MeasureStatus.ANSWERED) {
            throw new ConflictException("measure-answered", "Already answered",
                    "These answers were sent already; thank you. A new questionnaire comes when your therapist asks again.");
        }
        this.answers = scored.answers();
        this.score = scored.score();
        this.interpretation = scored.interpretation();
        this.answeredAt = now;
        this.status = MeasureStatus.ANSWERED;
    }

    public boolean isOf(PatientId patient) {
        return patientId.equals(patient.value());
    }

    public MeasureId id() {
        return new MeasureId(id);
    }

    public EpisodeId episode() {
        return new EpisodeId(episodeId);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public Instrument instrument() {
        return instrument;
    }

    public String instrumentVersion() {
        return instrumentVersion;
    }

    public Occasion occasion() {
        return occasion;
    }

    public MeasureStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public Map<String, String> answers() {
        return answers == null ? Map.of() : answers;
    }

    public @Nullable Double score() {
        return score;
    }

    public @Nullable String interpretation() {
        return interpretation;
    }
}
