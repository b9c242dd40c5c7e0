package com.physiopractice.triage.intake;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.SafetyConcernRaised;
import com.physiopractice.triage.SafetyEventId;
import com.physiopractice.triage.rules.Assessment.RedFlag;
import com.physiopractice.triage.rules.KnownAnswers;
import com.physiopractice.triage.rules.SafetyFinding;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;
import tools.jackson.core.type.TypeReference;

/**
 * Emergency or urgent signs found outside a stored intake, kept for the therapist's alert and the
 * audit: whose, when, from what (a refused intake form or a check-in), the answers that could be
 * read and what the ruleset found in them. Written once.
 */
@Entity
@Immutable
@Table(name = "triage_safety_event")
public class SafetyEvent extends AbstractAggregateRoot<SafetyEvent> implements Persistable<UUID> {

    public enum Source {
        /** An intake form refused for a bad answer elsewhere; the intake was not stored. */
        INTAKE_FORM,
        /** The safety questions answered again before a consultation. */
        CHECK_IN
    }

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 36)
    private UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    private UUID patientId;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private Source source;

    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID appointmentId;

    private String rulesetVersion;

    @Enumerated(EnumType.STRING)
    private Disposition disposition;

    @Convert(converter = RulesColumn.class)
    private List<String> rules;

    @Convert(converter = RedFlagsColumn.class)
    private List<RedFlag> redFlags;

    @Convert(converter = KnownAnswersColumn.class)
    private KnownAnswers knownAnswers;

    @Transient
    private boolean stored = true;

    protected SafetyEvent() {
        // for JPA
    }

    private SafetyEvent(PatientId patient, Source source, @Nullable AppointmentId appointment, String rulesetVersion,
            SafetyFinding finding, KnownAnswers known, Instant now) {
        this.id = SafetyEventId.random().value();
        this.patientId = patient.value();
        this.occurredAt = now;
        this.source = source;
        this.appointmentId = appointment == null ? null : appointment.value();
        this.rulesetVersion = rulesetVersion;
        this.disposition = finding.disposition();
        this.rules = finding.rules();
        this.redFlags = finding.redFlags();
        this.knownAnswers = known;
        this.stored = false;
        registerEvent(new SafetyConcernRaised(id(), patient, disposition, rules, appointment, now));
    }

    /** Signs in an intake form that is refused for a bad answer elsewhere. */
    public static SafetyEvent inRefusedForm(PatientId patient, String rulesetVersion, SafetyFinding finding,
            KnownAnswers known, Instant now) {
        return new SafetyEvent(patient, Source.INTAKE_FORM, null, rulesetVersion, finding, known, now);
    }

    /** New signs in the check-in before a consultation. */
    public static SafetyEvent inCheckIn(PatientId patient, AppointmentId appointment, String rulesetVersion,
            SafetyFinding finding, KnownAnswers known, Instant now) {
        return new SafetyEvent(patient, Source.CHECK_IN, appointment, rulesetVersion, finding, known, now);
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** A new event is inserted without first being looked for. */
    @Override
    public boolean isNew() {
        return !stored;
    }

    public SafetyEventId id() {
        return new SafetyEventId(id);
    }

    public PatientId patient() {
        return new PatientId(patientId);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Source source() {
        return source;
    }

    public @Nullable AppointmentId appointment() {
        return appointmentId == null ? null : new AppointmentId(appointmentId);
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public Disposition disposition() {
        return disposition;
    }

    public List<String> rules() {
        return List.copyOf(rules);
    }

    public List<RedFlag> redFlags() {
        return List.copyOf(redFlags);
    }

    public KnownAnswers knownAnswers() {
        return knownAnswers;
    }

    static final class RulesColumn extends JsonColumn<List<String>> {
        RulesColumn() {
            super(new TypeReference<>() { });
        }
    }

    static final class RedFlagsColumn extends JsonColumn<List<RedFlag>> {
        RedFlagsColumn() {
            super(new TypeReference<>() { });
        }
    }

    static final class KnownAnswersColumn extends JsonColumn<KnownAnswers> {
        KnownAnswersColumn() {
            super(new TypeReference<>() { });
        }
    }
}
