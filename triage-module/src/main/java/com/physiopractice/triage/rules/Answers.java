package com.physiopractice.triage.rules;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.Bother;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Side;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A complete, valid set of answers to questionnaire {@code lbhp-1}. Built only through
 * {@link #parse(RawAnswers)}, which names every offending field at once, or directly by code that
 * already holds valid values (tests, stored assessments).
 *
 * @param safety every safety question with its yes/no answer
 * @param startBack optional
 * @param oswestry optional
 */
public record Answers(
        Set<PainLocation> painLocations,
        Side side,
        Onset onset,
        int durationDays,
        Set<Trigger> triggers,
        int painIntensity,
        Set<Aggravator> worseWith,
        Set<Reliever> betterWith,
        Set<Symptom> symptoms,
        Map<SafetyQuestion, Boolean> safety,
        Set<HistoryItem> history,
        StartBack startBack,
        Oswestry oswestry) {

    public static final int MAX_DURATION_DAYS = 3650;
    public static final int MAX_INTENSITY = 10;

    public Answers {
        painLocations = frozen(painLocations, PainLocation.class);
        triggers = frozen(triggers, Trigger.class);
        worseWith = frozen(worseWith, Aggravator.class);
        betterWith = frozen(betterWith, Reliever.class);
        symptoms = frozen(symptoms, Symptom.class);
        history = frozen(history, HistoryItem.class);
        if (painLocations.isEmpty()) {
            throw new IllegalArgumentException("at least one pain location");
        }
        if (side == null || onset == null) {
            throw new IllegalArgumentException("side and onset are required");
        }
        if (durationDays < 0 || durationDays > MAX_DURATION_DAYS || painIntensity < 0 || painIntensity > MAX_INTENSITY) {
            throw new IllegalArgumentException("duration or intensity out of range");
        }
        if (safety == null || safety.size() != SafetyQuestion.values().length
                || safety.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("every safety question needs a yes or no");
        }
        safety = Collections.unmodifiableMap(new EnumMap<>(safety));
    }

    private static <E extends Enum<E>> Set<E> frozen(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(type))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** The same answers with the safety questions answered again (a check-in before a consultation). */
    public Answers withSafety(Map<SafetyQuestion, Boolean> answeredAgain) {
        return new Answers(painLocations, side, onset, durationDays, triggers, painIntensity, worseWith, betterWith,
                symptoms, answeredAgain, history, startBack, oswestry);
    }

    public boolean says(SafetyQuestion question) {
        return safety.get(question);
    }

    /**
     * The answers under the questionnaire's field names ({@code painLocations}, {@code safety.SADDLE_NUMBNESS},
     * {@code startBack.agrees[2]}, {@code odi[3]}), each with its codes or numbers as text: for showing
     * each answer beside its question. A question left unanswered has no entry.
     */
    public Map<String, List<String>> byField() {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        putCodes(fields, "painLocations", painLocations);
        fields.put("side", List.of(side.name()));
        fields.put("onset", List.of(onset.name()));
        fields.put("durationDays", List.of(Integer.toString(durationDays)));
        putCodes(fields, "triggers", triggers);
        fields.put("painIntensity", List.of(Integer.toString(painIntensity)));
        putCodes(fields, "worseWith", worseWith);
        putCodes(fields, "betterWith", betterWith);
        putCodes(fields, "symptoms", symptoms);
        safety.forEach((question, yes) -> fields.put("safety." + question.name(), List.of(yes.toString())));
        putCodes(fields, "history", history);
        if (startBack != null) {
            for (int item = 0; item < startBack.agrees().size(); item++) {
                fields.put("startBack.agrees[" + item + "]", List.of(startBack.agrees().get(item).toString()));
            }
            fields.put("startBack.bothersomeness", List.of(startBack.bother().name()));
        }
        if (oswestry != null) {
            for (int section = 0; section < oswestry.sections().size(); section++) {
                Integer scored = oswestry.sections().get(section);
                if (scored != null) {
                    fields.put("odi[" + section + "]", List.of(scored.toString()));
                }
            }
        }
        return fields;
    }

    private static void putCodes(Map<String, List<String>> fields, String field, Set<? extends Enum<?>> codes) {
        if (!codes.isEmpty()) {
            fields.put(field, codes.stream().map(Enum::name).toList());
        }
    }

    /**
     * Validates the answers as a client sent them. Every problem is reported, each with the path
     * of its field ({@code painLocations[1]}, {@code safety.SADDLE_NUMBNESS}, {@code odi[3]}).
     */
    public static Answers parse(RawAnswers raw) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<PainLocation> locations = codes(raw.painLocations(), PainLocation.class, "painLocations", problems);
        if (raw.painLocations() == null || raw.painLocations().isEmpty()) {
            problems.add(new FieldProblem("painLocations", "choose at least one place where it hurts"));
        }
        Side side = code(raw.side(), Side.class, "side", true, problems);
        Onset onset = code(raw.onset(), Onset.class, "onset", true, problems);
        int duration = number(raw.durationDays(), 0, MAX_DURATION_DAYS, "durationDays", problems);
        int intensity = number(raw.painIntensity(), 0, MAX_INTENSITY, "painIntensity", problems);
        Set<Trigger> triggers = codes(raw.triggers(), Trigger.class, "triggers", problems);
        Set<Aggravator> worse = codes(raw.worseWith(), Aggravator.class, "worseWith", problems);
        Set<Reliever> better = codes(raw.betterWith(), Reliever.class, "betterWith", problems);
        Set<Symptom> symptoms = codes(raw.symptoms(), Symptom.class, "symptoms", problems);
        Set<HistoryItem> history = codes(raw.history(), HistoryItem.class, "history", problems);
        Map<SafetyQuestion, Boolean> safety = safety(raw.safety(), problems);
        StartBack startBack = startBack(raw.startBack(), problems);
        Oswestry oswestry = oswestry(raw.odi(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Answers(locations, side, onset, duration, triggers, intensity, worse, better, symptoms, safety,
                history, startBack, oswestry);
    }

    private static <E extends Enum<E>> E code(String value, Class<E> type, String field, boolean required,
            List<FieldProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "is required; one of " + allowed(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "has an unknown code '" + value + "'; allowed: " + allowed(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(List<String> values, Class<E> type, String field,
            List<FieldProblem> problems) {
        Set<E> codes = EnumSet.noneOf(type);
        if (values == null) {
            return codes;
        }
        for (int i = 0; i < values.size(); i++) {
            E code = code(values.get(i), type, field + "[" + i + "]", true, problems);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static int number(Integer value, int min, int max, String field, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required (" + min + " to " + max + ")"));
            return min;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
            return min;
        }
        return value;
    }

    private static Map<SafetyQuestion, Boolean> safety(Map<String, Boolean> raw, List<FieldProblem> problems) {
        Map<SafetyQuestion, Boolean> safety = new EnumMap<>(SafetyQuestion.class);
        Map<String, Boolean> given = raw == null ? Map.of() : raw;
        for (String code : given.keySet()) {
            if (Arrays.stream(SafetyQuestion.values()).noneMatch(question -> question.name().equals(code))) {
                problems.add(new FieldProblem("safety." + code, "is not a safety question"));
            }
        }
        for (SafetyQuestion question : SafetyQuestion.values()) {
            Boolean answer = given.get(question.name());
            if (answer == null) {
                problems.add(new FieldProblem("safety." + question.name(), "must be answered yes (true) or no (false)"));
            } else {
                safety.put(question, answer);
            }
        }
        return safety;
    }

    private static StartBack startBack(RawAnswers.RawStartBack raw, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        int before = problems.size();
        List<Boolean> agrees = raw.agrees();
        if (agrees == null || agrees.size() != StartBack.ITEMS_AGREE_DISAGREE
                || agrees.stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("startBack.agrees", "answer all 8 statements with true (agree) or false (disagree)"));
        }
        Bother bother = code(raw.bothersomeness(), Bother.class, "startBack.bothersomeness", true, problems);
        return problems.size() == before ? new StartBack(agrees, bother) : null;
    }

    private static Oswestry oswestry(List<Integer> raw, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        if (raw.size() != Oswestry.SECTIONS) {
            problems.add(new FieldProblem("odi", "has 10 sections; send null for a section left unanswered"));
            return null;
        }
        int before = problems.size();
        for (int i = 0; i < raw.size(); i++) {
            Integer section = raw.get(i);
            if (section != null && (section < 0 || section > Oswestry.MAX_PER_SECTION)) {
                problems.add(new FieldProblem("odi[" + i + "]", "must be between 0 and 5, or null"));
            }
        }
        return problems.size() == before ? new Oswestry(raw) : null;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
