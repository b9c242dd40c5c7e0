package com.physiopractice.triage.checkin;

import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.intake.JsonColumn;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/** One check-in: the safety answers, the signs that were new, and what they gave. Never changed. */
@Entity
@Immutable
@Table(name = "triage_check_in_answer")
public class CheckInAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant answeredAt;

    @Convert(converter = SafetyAnswersColumn.class)
    private Map<SafetyQuestion, Boolean> safety;

    @Convert(converter = CodesColumn.class)
    private List<String> newSigns;

    @Enumerated(EnumType.STRING)
    private @Nullable Disposition disposition;

    @Convert(converter = CodesColumn.class)
    private List<String> rules;

    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable UUID safetyEventId;

    protected CheckInAnswer() {
        // for JPA
    }

    CheckInAnswer(Map<SafetyQuestion, Boolean> safety, List<String> newSigns, @Nullable Disposition disposition,
            List<String> rules, @Nullable UUID safetyEventId, Instant answeredAt) {
        this.safety = new EnumMap<>(SafetyQuestion.class);
        this.safety.putAll(safety);
        this.newSigns = List.copyOf(newSigns);
        this.disposition = disposition;
        this.rules = List.copyOf(rules);
        this.safetyEventId = safetyEventId;
        this.answeredAt = answeredAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Map<SafetyQuestion, Boolean> safety() {
        return Map.copyOf(safety);
    }

    public List<String> newSigns() {
        return List.copyOf(newSigns);
    }

    public @Nullable Disposition disposition() {
        return disposition;
    }

    public List<String> rules() {
        return List.copyOf(rules);
    }

    CheckInSchedule.Answered summary() {
        return new CheckInSchedule.Answered(answeredAt, newSigns, disposition, rules);
    }

    static final class SafetyAnswersColumn extends JsonColumn<Map<SafetyQuestion, Boolean>> {
        SafetyAnswersColumn() {
            super(new TypeReference<>() { });
        }
    }

    static final class CodesColumn extends JsonColumn<List<String>> {
        CodesColumn() {
            super(new TypeReference<>() { });
        }
    }
}
