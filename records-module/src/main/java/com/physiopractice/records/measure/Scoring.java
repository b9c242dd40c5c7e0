package com.physiopractice.records.measure;

import com.physiopractice.records.Instrument;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.OutcomeScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a patient's answers to one instrument and scores them; pure, so each instrument's worked
 * examples are unit tests. ODI and STarT Back are scored by triage's scorers, as in the intake.
 * Answers are checked as strictly as the intake's: every bad field is named and nothing is kept.
 */
public final class Scoring {

    public static final int PSFS_MAX_ACTIVITIES = 5;
    public static final int LEFS_ITEMS = 20;
    public static final int MAX_ACTIVITY_LENGTH = 120;

    private Scoring() {
    }

    /**
     * @param answers the answers as kept (the activities of a PSFS included)
     * @param interpretation a band, a risk group, or the PSFS's activities
     */
    public record Scored(double score, String interpretation, Map<String, String> answers) {
    }

    /**
     * @param psfsActivities the activities the patient named in the episode's first PSFS, which later
     *        ones rate again; empty for the first
     */
    public static Scored score(Instrument instrument, Map<String, String> given, List<String> psfsActivities) {
        Map<String, String> answers = given == null ? Map.of() : given;
        List<FieldProblem> problems = new ArrayList<>();
        List<String> known = knownFields(instrument, psfsActivities);
        answers.keySet().stream().filter(field -> !known.contains(field)).sorted()
                .forEach(field -> problems.add(new FieldProblem(field, "not a question of the " + instrument.title())));
        Scored scored = switch (instrument) {
            case NPRS -> nprs(answers, problems);
            case PSFS -> psfs(answers, psfsActivities, problems);
            case ODI -> odi(answers, problems);
            case STARTBACK -> startBack(answers, problems);
            case LEFS -> lefs(answers, problems);
        };
        if (!problems.isEmpty() || scored == null) {
            throw new InvalidInputException(problems);
        }
        return scored;
    }

    private static List<String> knownFields(Instrument instrument, List<String> psfsActivities) {
        List<String> fields = new ArrayList<>();
        switch (instrument) {
            case NPRS -> fields.add("pain");
            case PSFS -> {
                for (int i = 0; i < PSFS_MAX_ACTIVITIES; i++) {
                    if (psfsActivities.isEmpty()) {
                        fields.add("psfs[" + i + "].activity");
                    }
                    fields.add("psfs[" + i + "].score");
                }
            }
            case ODI -> {
                for (int i = 0; i < OutcomeScores.ODI_SECTIONS; i++) {
                    fields.add("odi[" + i + "]");
                }
            }
            case STARTBACK -> {
                for (int i = 0; i < OutcomeScores.STARTBACK_ITEMS_AGREE_DISAGREE; i++) {
                    fields.add("startBack.agrees[" + i + "]");
                }
                fields.add("startBack.bothersomeness");
            }
            case LEFS -> {
                for (int i = 0; i < LEFS_ITEMS; i++) {
                    fields.add("lefs[" + i + "]");
                }
            }
        }
        return fields;
    }

    private static @Nullable Scored nprs(Map<String, String> answers, List<FieldProblem> problems) {
        Integer pain = whole(answers, "pain", 0, 10, true, problems);
        if (pain == null) {
            return null;
        }
        return new Scored(pain, pain >= 7 ? "severe" : pain >= 4 ? "moderate" : pain >= 1 ? "mild" : "no pain",
                Map.of("pain", pain.toString()));
    }

    private static @Nullable Scored psfs(Map<String, String> answers, List<String> activities, List<FieldProblem> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> named = new ArrayList<>();
        int sum = 0;
        int rated = 0;
        int slots = activities.isEmpty() ? PSFS_MAX_ACTIVITIES : activities.size();
        for (int i = 0; i < slots; i++) {
            String activity = activities.isEmpty() ? text(answers.get("psfs[" + i + "].activity")) : activities.get(i);
            String scoreField = "psfs[" + i + "].score";
            boolean scoreGiven = text(answers.get(scoreField)) != null;
            if (activity == null) {
                if (scoreGiven) {
                    problems.add(new FieldProblem("psfs[" + i + "].activity", "name the activity this score is for"));
                }
                continue;
            }
            if (activity.length() > MAX_ACTIVITY_LENGTH) {
                problems.add(new FieldProblem("psfs[" + i + "].activity", "at most " + MAX_ACTIVITY_LENGTH + " characters"));
                continue;
            }
            Integer score = whole(answers, scoreField, 0, 10, true, problems);
            if (score != null) {
                kept.put("psfs[" + i + "].activity", activity);
                kept.put(scoreField, score.toString());
                named.add(activity);
                sum += score;
                rated++;
            }
        }
        if (rated == 0 && problems.isEmpty()) {
            problems.add(new FieldProblem("psfs[0].activity",
                    "name at least one activity you find hard because of your problem, and rate it"));
        }
        if (rated == 0) {
            return null;
        }
        return new Scored(Math.round(sum * 10.0 / rated) / 10.0, String.join("; ", named), kept);
    }

    private static @Nullable Scored odi(Map<String, String> answers, List<FieldProblem> problems) {
        List<@Nullable Integer> sections = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        int before = problems.size();
        for (int i = 0; i < OutcomeScores.ODI_SECTIONS; i++) {
            Integer section = whole(answers, "odi[" + i + "]", 0, 5, false, problems);
            sections.add(section);
            if (section != null) {
                kept.put("odi[" + i + "]", section.toString());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return OutcomeScores.oswestry(sections)
                .map(score -> new Scored(score.percent(), score.band(), kept))
                .orElseGet(() -> {
                    problems.add(new FieldProblem("odi", "answer at least " + OutcomeScores.ODI_MIN_ANSWERED
                            + " of the " + OutcomeScores.ODI_SECTIONS + " sections"));
                    return null;
                });
    }

    private static @Nullable Scored startBack(Map<String, String> answers, List<FieldProblem> problems) {
        List<Boolean> agrees = new ArrayList<>();
        Map<String, String> kept = new LinkedHashMap<>();
        for (int i = 0; i < OutcomeScores.STARTBACK_ITEMS_AGREE_DISAGREE; i++) {
            String field = "startBack.agrees[" + i + "]";
            String value = text(answers.get(field));
            if ("true".equals(value) || "false".equals(value)) {
                agrees.add(Boolean.valueOf(value));
                kept.put(field, value);
            } else {
                problems.add(new FieldProblem(field, value == null ? "agree or disagree" : "answer true (agree) or false (disagree)"));
            }
        }
        String bother = text(answers.get("startBack.bothersomeness"));
        if (bother == null || !OutcomeScores.startBackBotherAnswers().contains(bother)) {
            problems.add(new FieldProblem("startBack.bothersomeness", "choose one of " + OutcomeScores.startBackBotherAnswers()));
        } else {
            kept.put("startBack.bothersomeness", bother);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        OutcomeScores.StartBackRisk risk = OutcomeScores.startBack(agrees, bother);
        return new Scored(risk.total(), risk.risk() + " risk (psychosocial " + risk.psychosocial() + ")", kept);
    }

    private static @Nullable Scored lefs(Map<String, String> answers, List<FieldProblem> problems) {
        int before = problems.size();
        int total = 0;
        Map<String, String> kept = new LinkedHashMap<>();
        for (int i = 0; i < LEFS_ITEMS; i++) {
            Integer item = whole(answers, "lefs[" + i + "]", 0, 4, true, problems);
            if (item != null) {
                total += item;
                kept.put("lefs[" + i + "]", item.toString());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Scored(total, total + " of 80", kept);
    }

    private static @Nullable Integer whole(Map<String, String> answers, String field, int min, int max, boolean required,
            List<FieldProblem> problems) {
        String value = text(answers.get(field));
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "answer from " + min + " to " + max));
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // named below
        }
        problems.add(new FieldProblem(field, "a whole number from " + min + " to " + max));
        return null;
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
