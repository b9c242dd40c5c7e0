package com.physiopractice.records;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.triage.ConditionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a consultation note says, in the SOAP template for lower back and hip pain; {@code freeText}
 * for what no field fits. Any field may be empty in a draft; signing needs what its kind needs
 * ({@link #missingForSigning}).
 */
public record NoteContent(Subjective subjective, Objective objective, Assessment assessment, Plan plan,
        @Nullable String freeText) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_GOALS = 10;

    public NoteContent {
        subjective = subjective == null ? Subjective.EMPTY : subjective;
        objective = objective == null ? Objective.EMPTY : objective;
        assessment = assessment == null ? Assessment.EMPTY : assessment;
        plan = plan == null ? Plan.EMPTY : plan;
        freeText = blankToNull(freeText);
    }

    public static final NoteContent EMPTY = new NoteContent(null, null, null, null, null);

    /**
     * What the patient tells: the story, pain now (0–10), what she cannot do, what she wants to get back to,
     * and whether she consented to assessment and treatment.
     */
    public record Subjective(@Nullable String history, @Nullable Integer painNow, @Nullable String function,
            @Nullable String patientGoals, @Nullable Boolean consentGiven) {
        static final Subjective EMPTY = new Subjective(null, null, null, null, null);

        public Subjective {
            history = blankToNull(history);
            function = blankToNull(function);
            patientGoals = blankToNull(patientGoals);
        }
    }

    /**
     * What the therapist observes on video: range of movement, the neurological screen (straight leg raise,
     * slump, myotomes, dermatomes, reflexes) and the hip tests (FABER, FADIR, Thomas).
     */
    public record Objective(@Nullable String rangeOfMovement, @Nullable String straightLegRaise, @Nullable String slump,
            @Nullable String myotomes, @Nullable String dermatomes, @Nullable String reflexes, @Nullable String faber,
            @Nullable String fadir, @Nullable String thomas, @Nullable String otherFindings) {
        static final Objective EMPTY = new Objective(null, null, null, null, null, null, null, null, null, null);

        public Objective {
            rangeOfMovement = blankToNull(rangeOfMovement);
            straightLegRaise = blankToNull(straightLegRaise);
            slump = blankToNull(slump);
            myotomes = blankToNull(myotomes);
            dermatomes = blankToNull(dermatomes);
            reflexes = blankToNull(reflexes);
            faber = blankToNull(faber);
            fadir = blankToNull(fadir);
            thomas = blankToNull(thomas);
            otherFindings = blankToNull(otherFindings);
        }
    }

    /** The working diagnosis as a condition triage knows, and the reasoning behind it. */
    public record Assessment(@Nullable ConditionCode workingDiagnosis, @Nullable String reasoning) {
        static final Assessment EMPTY = new Assessment(null, null);

        public Assessment {
            reasoning = blankToNull(reasoning);
        }
    }

    /** Goals with the date they are aimed at, the interventions, the exercises and the next review. */
    public record Plan(List<Goal> goals, @Nullable String interventions, @Nullable String exercises,
            @Nullable LocalDate nextReview) {
        static final Plan EMPTY = new Plan(List.of(), null, null, null);

        public Plan {
            goals = goals == null ? List.of() : List.copyOf(goals);
            interventions = blankToNull(interventions);
            exercises = blankToNull(exercises);
        }
    }

    public record Goal(String goal, @Nullable LocalDate by) {
    }

    /** Every field whose value cannot be kept, named by its path ({@code subjective.painNow}). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "subjective.history", subjective.history());
        text(problems, "subjective.function", subjective.function());
        text(problems, "subjective.patientGoals", subjective.patientGoals());
        if (subjective.painNow() != null && (subjective.painNow() < 0 || subjective.painNow() > 10)) {
            problems.add(new FieldProblem("subjective.painNow", "pain is rated from 0 (none) to 10 (worst imaginable)"));
        }
        text(problems, "objective.rangeOfMovement", objective.rangeOfMovement());
        text(problems, "objective.straightLegRaise", objective.straightLegRaise());
        text(problems, "objective.slump", objective.slump());
        text(problems, "objective.myotomes", objective.myotomes());
        text(problems, "objective.dermatomes", objective.dermatomes());
        text(problems, "objective.reflexes", objective.reflexes());
        text(problems, "objective.faber", objective.faber());
        text(problems, "objective.fadir", objective.fadir());
        text(problems, "objective.thomas", objective.thomas());
        text(problems, "objective.otherFindings", objective.otherFindings());
        text(problems, "assessment.reasoning", assessment.reasoning());
        text(problems, "plan.interventions", plan.interventions());
        text(problems, "plan.exercises", plan.exercises());
        text(problems, "freeText", freeText);
        if (plan.goals().size() > MAX_GOALS) {
            problems.add(new FieldProblem("plan.goals", "at most " + MAX_GOALS + " goals"));
        }
        for (int i = 0; i < plan.goals().size(); i++) {
            Goal goal = plan.goals().get(i);
            if (goal == null || goal.goal() == null || goal.goal().isBlank()) {
                problems.add(new FieldProblem("plan.goals[" + i + "].goal", "say what the goal is"));
            } else if (goal.goal().length() > 500) {
                problems.add(new FieldProblem("plan.goals[" + i + "].goal", "a goal has at most 500 characters"));
            }
        }
        return problems;
    }

    /** What a note of this kind must say before it can be signed. */
    public List<FieldProblem> missingForSigning(NoteKind kind) {
        List<FieldProblem> missing = new ArrayList<>();
        if (subjective.history() == null) {
            missing.add(new FieldProblem("subjective.history", "write what the patient reports before signing"));
        }
        if (kind == NoteKind.INITIAL_ASSESSMENT) {
            if (!Boolean.TRUE.equals(subjective.consentGiven())) {
                missing.add(new FieldProblem("subjective.consentGiven",
                        "record the patient's consent to assessment and treatment before signing"));
            }
            if (assessment.workingDiagnosis() == null) {
                missing.add(new FieldProblem("assessment.workingDiagnosis", "choose a working diagnosis before signing"));
            }
        }
        if (kind != NoteKind.FOLLOW_UP && assessment.reasoning() == null) {
            missing.add(new FieldProblem("assessment.reasoning", kind == NoteKind.DISCHARGE
                    ? "say how the episode ended before signing" : "write your clinical reasoning before signing"));
        }
        if (kind != NoteKind.DISCHARGE && plan.interventions() == null && plan.goals().isEmpty()) {
            missing.add(new FieldProblem("plan.interventions", "write the plan (goals or interventions) before signing"));
        }
        return missing;
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "at most " + MAX_TEXT + " characters"));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
