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
import com.physiopractice.triage.rules.KnownAnswers.Codes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a submitted intake form as its questionnaire defines it, and keeps what could be read even
 * when something could not: the safety rules screen that part before the form is refused.
 * <p>
 * Questionnaire {@code lbhp-2} is exact: numbers are JSON integers (never {@code 41.5}, {@code 7.0},
 * {@code 1e1}, {@code "7"} or {@code true}), safety answers and STarT Back agreements are
 * {@code true} or {@code false}, NONE cannot go with another trigger, the STarT Back answers are 8
 * and the ODI entries 10, and a field that is not a question is refused. Questionnaire {@code lbhp-1}
 * is read as it always was (its intakes were stored that way).
 */
public final class FormReader {

    /** The request fields of questionnaire {@code lbhp-2}; {@code questionnaireVersion} may say which form was filled. */
    static final Set<String> FIELDS = Set.of("questionnaireVersion", "painLocations", "side", "onset", "durationDays",
            "triggers", "painIntensity", "worseWith", "betterWith", "symptoms", "safety", "history", "startBack",
            "odi");

    /** How the HTTP layer read {@code lbhp-1} forms: codes as text, an unknown field refused. */
    private static final JsonMapper LBHP_1_READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A form as read.
     *
     * @param answers the valid answers; absent when a problem was found
     * @param known what could be read, for the safety screen
     */
    public record Reading(@Nullable Answers answers, KnownAnswers known, List<FieldProblem> problems) {

        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return answers != null && problems.isEmpty();
        }

        /** The refusal naming every bad field. */
        public InvalidInputException refusal() {
            return new InvalidInputException(problems);
        }
    }

    private final List<FieldProblem> problems = new ArrayList<>();
    private final JsonNode form;

    private FormReader(JsonNode form) {
        this.form = form;
    }

    /** Reads a form of the given questionnaire version. */
    public static Reading read(String questionnaireVersion, JsonNode form) {
        return switch (questionnaireVersion) {
            case Lbhp1Ruleset.VERSION -> readLbhp1(form);
            case Lbhp2Ruleset.VERSION -> new FormReader(form).readLbhp2();
            default -> throw new IllegalArgumentException("no questionnaire " + questionnaireVersion);
        };
    }

    /**
     * The safety questions answered again before a consultation: {@code {"safety": {...}}}, each of
     * the 16 true or false, read as exactly as in {@code lbhp-2}.
     *
     * @param answered the questions answered validly, whatever else was wrong
     */
    public record SafetyReading(Map<SafetyQuestion, Boolean> answered, List<FieldProblem> problems) {

        public SafetyReading {
            answered = Map.copyOf(answered);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }

        public InvalidInputException refusal() {
            return new InvalidInputException(problems);
        }
    }

    public static SafetyReading readSafetyAnswers(JsonNode body) {
        FormReader reader = new FormReader(body);
        if (!body.isObject()) {
            return new SafetyReading(Map.of(), List.of(new FieldProblem("body", "must be a JSON object with the answers")));
        }
        for (String field : body.propertyNames()) {
            if (!field.equals("safety")) {
                reader.problems.add(new FieldProblem(field, "is not a part of a check-in; send the safety answers only"));
            }
        }
        Map<SafetyQuestion, Boolean> answered = reader.safety();
        return new SafetyReading(answered, reader.problems);
    }

    private static Reading readLbhp1(JsonNode form) {
        if (!form.isObject()) {
            return new Reading(null, KnownAnswers.nothing(),
                    List.of(new FieldProblem("body", "must be a JSON object with the answers")));
        }
        RawAnswers raw;
        try {
            raw = LBHP_1_READER.treeToValue(form, RawAnswers.class);
        } catch (JacksonException unreadable) {
            String why = unreadable instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has the wrong type";
            return new Reading(null, KnownAnswers.nothing(), List.of(new FieldProblem(path(unreadable), why)));
        }
        try {
            Answers answers = Answers.parse(raw);
            return new Reading(answers, KnownAnswers.of(answers), List.of());
        } catch (InvalidInputException invalid) {
            return new Reading(null, KnownAnswers.nothing(), invalid.problems());
        }
    }

    private Reading readLbhp2() {
        if (!form.isObject()) {
            problems.add(new FieldProblem("body", "must be a JSON object with the answers"));
            return new Reading(null, KnownAnswers.nothing(), problems);
        }
        for (String field : form.propertyNames()) {
            if (!FIELDS.contains(field)) {
                problems.add(new FieldProblem(field, "is not a question of questionnaire " + Lbhp2Ruleset.VERSION));
            }
        }
        JsonNode version = form.get("questionnaireVersion");
        if (present(version) && !(version.isString() && Lbhp2Ruleset.VERSION.equals(version.stringValue()))) {
            problems.add(new FieldProblem("questionnaireVersion", "this is questionnaire " + Lbhp2Ruleset.VERSION
                    + "; load the current questionnaire and answer it again"));
        }
        Codes<PainLocation> locations = codes("painLocations", PainLocation.class);
        if (locations.complete() && locations.given().isEmpty()) {
            problems.add(new FieldProblem("painLocations", "choose at least one place where it hurts"));
        }
        Side side = code("side", Side.class);
        Onset onset = code("onset", Onset.class);
        Integer duration = integer("durationDays", 0, Answers.MAX_DURATION_DAYS);
        Codes<Trigger> triggers = triggers();
        Integer intensity = integer("painIntensity", 0, Answers.MAX_INTENSITY);
        Codes<Aggravator> worse = codes("worseWith", Aggravator.class);
        Codes<Reliever> better = codes("betterWith", Reliever.class);
        Codes<Symptom> symptoms = codes("symptoms", Symptom.class);
        Map<SafetyQuestion, Boolean> safety = safety();
        Codes<HistoryItem> history = codes("history", HistoryItem.class);
        StartBack startBack = startBack();
        Oswestry oswestry = oswestry();

        KnownAnswers known = new KnownAnswers(locations, side, onset, duration, triggers, intensity, worse, better,
                symptoms, safety, history);
        if (!problems.isEmpty() || side == null || onset == null || duration == null || intensity == null) {
            return new Reading(null, known, problems);
        }
        Answers answers = new Answers(locations.given(), side, onset, duration, triggers.given(), intensity,
                worse.given(), better.given(), symptoms.given(), safety, history.given(), startBack, oswestry);
        return new Reading(answers, known, List.of());
    }

    private static boolean present(@Nullable JsonNode node) {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    private <E extends Enum<E>> @Nullable E code(String field, Class<E> type) {
        JsonNode node = form.get(field);
        if (!present(node)) {
            problems.add(new FieldProblem(field, "is required; one of " + allowed(type)));
            return null;
        }
        return code(node, field, type);
    }

    private <E extends Enum<E>> @Nullable E code(JsonNode node, String field, Class<E> type) {
        if (!node.isString()) {
            problems.add(new FieldProblem(field, "must be one of " + allowed(type)));
            return null;
        }
        String value = node.stringValue();
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        problems.add(new FieldProblem(field, "has an unknown code '" + value + "'; allowed: " + allowed(type)));
        return null;
    }

    /** Absent, null and empty all mean none; duplicates count once; a bad entry leaves the set incomplete. */
    private <E extends Enum<E>> Codes<E> codes(String field, Class<E> type) {
        JsonNode node = form.get(field);
        Set<E> given = EnumSet.noneOf(type);
        if (!present(node)) {
            return new Codes<>(given, true);
        }
        if (!node.isArray()) {
            problems.add(new FieldProblem(field, "must be a list of codes: " + allowed(type)));
            return new Codes<>(given, false);
        }
        boolean complete = true;
        for (int i = 0; i < node.size(); i++) {
            E code = code(node.get(i), field + "[" + i + "]", type);
            if (code == null) {
                complete = false;
            } else {
                given.add(code);
            }
        }
        return new Codes<>(given, complete);
    }

    /** NONE with another trigger contradicts itself: neither can be relied on. */
    private Codes<Trigger> triggers() {
        Codes<Trigger> triggers = codes("triggers", Trigger.class);
        if (triggers.given().contains(Trigger.NONE) && triggers.given().size() > 1) {
            problems.add(new FieldProblem("triggers", "NONE cannot be chosen together with another trigger"));
            return new Codes<>(EnumSet.noneOf(Trigger.class), false);
        }
        return triggers;
    }

    private @Nullable Integer integer(String field, int min, int max) {
        JsonNode node = form.get(field);
        if (!present(node)) {
            problems.add(new FieldProblem(field, "is required: a whole number from " + min + " to " + max));
            return null;
        }
        return integer(node, field, min, max);
    }

    private @Nullable Integer integer(JsonNode node, String field, int min, int max) {
        if (!node.isIntegralNumber()) {
            problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max
                    + ", written without quotes, decimals or exponent"));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problems.add(new FieldProblem(field, "must be between " + min + " and " + max));
            return null;
        }
        return node.intValue();
    }

    /** Every one of the 16 questions, each true or false; what was answered is kept either way. */
    private Map<SafetyQuestion, Boolean> safety() {
        Map<SafetyQuestion, Boolean> answered = new EnumMap<>(SafetyQuestion.class);
        JsonNode node = form.get("safety");
        if (!present(node)) {
            problems.add(new FieldProblem("safety", "is required: answer all " + SafetyQuestion.values().length
                    + " safety questions with true (yes) or false (no)"));
            return answered;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("safety", "must be an object with a true or false answer to each safety question"));
            return answered;
        }
        for (String code : node.propertyNames()) {
            if (Arrays.stream(SafetyQuestion.values()).noneMatch(question -> question.name().equals(code))) {
                problems.add(new FieldProblem("safety." + code, "is not a safety question"));
            }
        }
        for (SafetyQuestion question : SafetyQuestion.values()) {
            JsonNode answer = node.get(question.name());
            if (answer != null && answer.isBoolean()) {
                answered.put(question, answer.booleanValue());
            } else {
                problems.add(new FieldProblem("safety." + question.name(), "must be answered true (yes) or false (no)"));
            }
        }
        return answered;
    }

    private @Nullable StartBack startBack() {
        JsonNode node = form.get("startBack");
        if (!present(node)) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("startBack", "must be an object with agrees and bothersomeness"));
            return null;
        }
        int before = problems.size();
        for (String field : node.propertyNames()) {
            if (!field.equals("agrees") && !field.equals("bothersomeness")) {
                problems.add(new FieldProblem("startBack." + field, "is not a part of the STarT Back answers"));
            }
        }
        JsonNode agrees = node.get("agrees");
        List<Boolean> agreements = new ArrayList<>();
        if (agrees == null || !agrees.isArray() || agrees.size() != StartBack.ITEMS_AGREE_DISAGREE) {
            problems.add(new FieldProblem("startBack.agrees",
                    "answer all 8 statements with true (agree) or false (disagree)"));
        } else {
            for (int i = 0; i < agrees.size(); i++) {
                if (agrees.get(i).isBoolean()) {
                    agreements.add(agrees.get(i).booleanValue());
                } else {
                    problems.add(new FieldProblem("startBack.agrees[" + i + "]", "must be true (agree) or false (disagree)"));
                }
            }
        }
        JsonNode bother = node.get("bothersomeness");
        Bother bothersomeness = null;
        if (!present(bother)) {
            problems.add(new FieldProblem("startBack.bothersomeness", "is required; one of " + allowed(Bother.class)));
        } else {
            bothersomeness = code(bother, "startBack.bothersomeness", Bother.class);
        }
        return problems.size() == before && bothersomeness != null ? new StartBack(agreements, bothersomeness) : null;
    }

    private @Nullable Oswestry oswestry() {
        JsonNode node = form.get("odi");
        if (!present(node)) {
            return null;
        }
        if (!node.isArray() || node.size() != Oswestry.SECTIONS) {
            problems.add(new FieldProblem("odi", "has 10 sections; send null for a section left unanswered"));
            return null;
        }
        int before = problems.size();
        List<Integer> sections = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode section = node.get(i);
            sections.add(section.isNull() ? null : integer(section, "odi[" + i + "]", 0, Oswestry.MAX_PER_SECTION));
        }
        return problems.size() == before ? new Oswestry(sections) : null;
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
