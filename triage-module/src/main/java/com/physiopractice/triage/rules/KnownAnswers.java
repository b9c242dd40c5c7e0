package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a submission that could be read, valid or not as a whole: what the safety rules
 * may rely on before the form is fixed. A single answer is absent ({@code null}) when it is missing
 * or bad; a set keeps the valid codes it was given and says whether it was read completely (a bad
 * entry could have been any code, so only the codes that are there count); a safety question is
 * known only when it was answered true or false.
 */
public record KnownAnswers(
        Codes<PainLocation> painLocations,
        @Nullable Side side,
        @Nullable Onset onset,
        @Nullable Integer durationDays,
        Codes<Trigger> triggers,
        @Nullable Integer painIntensity,
        Codes<Aggravator> worseWith,
        Codes<Reliever> betterWith,
        Codes<Symptom> symptoms,
        Map<SafetyQuestion, Boolean> safety,
        Codes<HistoryItem> history) {

    public KnownAnswers {
        EnumMap<SafetyQuestion, Boolean> answered = new EnumMap<>(SafetyQuestion.class);
        answered.putAll(safety);
        safety = Collections.unmodifiableMap(answered);
    }

    /**
     * The valid codes of a set-valued answer.
     *
     * @param complete every entry was valid (an empty or absent set is complete)
     */
    public record Codes<E extends Enum<E>>(Set<E> given, boolean complete) {

        public Codes {
            given = Set.copyOf(given);
        }

        static <E extends Enum<E>> Codes<E> all(Set<E> given) {
            return new Codes<>(given, true);
        }
    }

    /** Every answer of a valid form. */
    public static KnownAnswers of(Answers a) {
        return new KnownAnswers(Codes.all(a.painLocations()), a.side(), a.onset(), a.durationDays(),
                Codes.all(a.triggers()), a.painIntensity(), Codes.all(a.worseWith()), Codes.all(a.betterWith()),
                Codes.all(a.symptoms()), a.safety(), Codes.all(a.history()));
    }

    /** The same answers with the safety questions as answered again (only those answered validly). */
    public KnownAnswers withSafety(Map<SafetyQuestion, Boolean> answeredAgain) {
        return new KnownAnswers(painLocations, side, onset, durationDays, triggers, painIntensity, worseWith, betterWith,
                symptoms, answeredAgain, history);
    }

    /** Whether every one of the safety questions was answered true or false. */
    public boolean safetySectionComplete() {
        return safety.size() == SafetyQuestion.values().length;
    }

    /** Nothing could be read (a body that is not a JSON object). */
    public static KnownAnswers nothing() {
        return new KnownAnswers(none(PainLocation.class), null, null, null, none(Trigger.class), null,
                none(Aggravator.class), none(Reliever.class), none(Symptom.class), Map.of(), none(HistoryItem.class));
    }

    private static <E extends Enum<E>> Codes<E> none(Class<E> type) {
        return new Codes<>(EnumSet.noneOf(type), false);
    }
}
