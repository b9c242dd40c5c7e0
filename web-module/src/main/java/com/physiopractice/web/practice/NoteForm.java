package com.physiopractice.web.practice;

import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteContent.Assessment;
import com.physiopractice.records.NoteContent.Goal;
import com.physiopractice.records.NoteContent.Objective;
import com.physiopractice.records.NoteContent.Plan;
import com.physiopractice.records.NoteContent.Subjective;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.triage.ConditionCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The note template as a web form: each input is named by its field's path in {@link NoteContent}
 * ({@code subjective.history}), so the domain's problems name the inputs they are about. Reading a
 * form collects what cannot even be read (a pain of "a lot", a date of "soon") as problems too.
 */
final class NoteForm {

    /** Goal rows the form offers; the template allows more through the API. */
    static final int GOAL_ROWS = 3;

    /** The text inputs in the order the form shows them, for the error summary. */
    static final List<String> TEXT_FIELDS = List.of("subjective.history", "subjective.function", "subjective.patientGoals",
            "objective.rangeOfMovement", "objective.straightLegRaise", "objective.slump", "objective.myotomes",
            "objective.dermatomes", "objective.reflexes", "objective.faber", "objective.fadir", "objective.thomas",
            "objective.otherFindings", "assessment.reasoning", "plan.interventions", "plan.exercises", "freeText");

    static final List<String> ORDER = List.of("subjective.history", "subjective.painNow", "subjective.function",
            "subjective.patientGoals", "subjective.consentGiven", "objective.rangeOfMovement", "objective.straightLegRaise",
            "objective.slump", "objective.myotomes", "objective.dermatomes", "objective.reflexes", "objective.faber",
            "objective.fadir", "objective.thomas", "objective.otherFindings", "assessment.workingDiagnosis",
            "assessment.reasoning", "plan.goals[0].goal", "plan.goals[0].by", "plan.goals[1].goal", "plan.goals[1].by",
            "plan.goals[2].goal", "plan.goals[2].by", "plan.interventions", "plan.exercises", "plan.nextReview", "freeText");

    private NoteForm() {
    }

    /** @param unreadable inputs that could not be read as their type, named by input */
    record Read(NoteContent content, List<FieldProblem> unreadable) {
    }

    static Read read(Map<String, String> form) {
        List<FieldProblem> unreadable = new ArrayList<>();
        Integer pain = null;
        String painText = text(form, "subjective.painNow");
        if (painText != null) {
            try {
                pain = Integer.valueOf(painText);
            } catch (NumberFormatException notANumber) {
                unreadable.add(new FieldProblem("subjective.painNow", "a whole number from 0 to 10"));
            }
        }
        ConditionCode diagnosis = null;
        String diagnosisText = text(form, "assessment.workingDiagnosis");
        if (diagnosisText != null) {
            try {
                diagnosis = ConditionCode.valueOf(diagnosisText);
            } catch (IllegalArgumentException unknown) {
                unreadable.add(new FieldProblem("assessment.workingDiagnosis", "choose one of the conditions listed"));
            }
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < GOAL_ROWS; i++) {
            String goal = text(form, "plan.goals[" + i + "].goal");
            LocalDate by = date(form, "plan.goals[" + i + "].by", unreadable);
            if (goal != null || by != null) {
                goals.add(new Goal(goal == null ? "" : goal, by));
            }
        }
        NoteContent content = new NoteContent(
                new Subjective(text(form, "subjective.history"), pain, text(form, "subjective.function"),
                        text(form, "subjective.patientGoals"), "true".equals(form.get("subjective.consentGiven"))),
                new Objective(text(form, "objective.rangeOfMovement"), text(form, "objective.straightLegRaise"),
                        text(form, "objective.slump"), text(form, "objective.myotomes"), text(form, "objective.dermatomes"),
                        text(form, "objective.reflexes"), text(form, "objective.faber"), text(form, "objective.fadir"),
                        text(form, "objective.thomas"), text(form, "objective.otherFindings")),
                new Assessment(diagnosis, text(form, "assessment.reasoning")),
                new Plan(goals, text(form, "plan.interventions"), text(form, "plan.exercises"),
                        date(form, "plan.nextReview", unreadable)),
                text(form, "freeText"));
        return new Read(content, unreadable);
    }

    /** The inputs' values of a stored note, for the form. */
    static Map<String, String> values(NoteContent content) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "subjective.history", content.subjective().history());
        put(values, "subjective.painNow", content.subjective().painNow());
        put(values, "subjective.function", content.subjective().function());
        put(values, "subjective.patientGoals", content.subjective().patientGoals());
        put(values, "subjective.consentGiven", Boolean.TRUE.equals(content.subjective().consentGiven()) ? "true" : null);
        Objective objective = content.objective();
        put(values, "objective.rangeOfMovement", objective.rangeOfMovement());
        put(values, "objective.straightLegRaise", objective.straightLegRaise());
        put(values, "objective.slump", objective.slump());
        put(values, "objective.myotomes", objective.myotomes());
        put(values, "objective.dermatomes", objective.dermatomes());
        put(values, "objective.reflexes", objective.reflexes());
        put(values, "objective.faber", objective.faber());
        put(values, "objective.fadir", objective.fadir());
        put(values, "objective.thomas", objective.thomas());
        put(values, "objective.otherFindings", objective.otherFindings());
        put(values, "assessment.workingDiagnosis", content.assessment().workingDiagnosis());
        put(values, "assessment.reasoning", content.assessment().reasoning());
        for (int i = 0; i < content.plan().goals().size(); i++) {
            put(values, "plan.goals[" + i + "].goal", content.plan().goals().get(i).goal());
            put(values, "plan.goals[" + i + "].by", content.plan().goals().get(i).by());
        }
        put(values, "plan.interventions", content.plan().interventions());
        put(values, "plan.exercises", content.plan().exercises());
        put(values, "plan.nextReview", content.plan().nextReview());
        put(values, "freeText", content.freeText());
        return values;
    }

    private static void put(Map<String, String> values, String field, @Nullable Object value) {
        if (value != null) {
            values.put(field, value.toString());
        }
    }

    private static @Nullable LocalDate date(Map<String, String> form, String field, List<FieldProblem> unreadable) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            unreadable.add(new FieldProblem(field, "a date such as 2027-03-01"));
            return null;
        }
    }

    private static @Nullable String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value;
    }
}
