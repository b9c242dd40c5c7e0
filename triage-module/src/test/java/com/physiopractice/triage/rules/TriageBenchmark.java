package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long evaluating one intake takes (target: 50 µs or less). Not a test: run it with
 * {@code ./mvnw -pl triage-module -am test-compile exec:exec@triage-benchmark}; figures go to
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TriageBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final LocalDate BORN = LocalDate.of(1971, 3, 9);

    /** A typical form: sciatica after lifting, several symptoms, both scores answered. */
    private final RawAnswers typical = new RawAnswers(List.of("LOWER_BACK", "BUTTOCK", "BELOW_KNEE"), "LEFT",
            "SUDDEN", 24, List.of("LIFTING"), 7, List.of("SITTING", "BENDING", "COUGH_SNEEZE"), List.of("WALKING"),
            List.of("SHOOTING_PAIN_DOWN_LEG", "LEG_NUMBNESS_OR_TINGLING", "SLEEP_DISTURBANCE", "MUSCLE_SPASM"),
            safety(), List.of("SEDENTARY_WORK_OR_LONG_DRIVING", "SMOKER"),
            new RawAnswers.RawStartBack(List.of(true, false, true, true, false, true, false, false), "VERY_MUCH"),
            java.util.Arrays.asList(3, 1, 4, 2, 4, 2, 3, null, 2, 3));

    /** Every safety question "yes": the most rules fire. */
    private final RawAnswers allFlags = new RawAnswers(List.of("LOWER_BACK", "HIP", "GROIN", "BUTTOCK", "THIGH"),
            "BOTH", "GRADUAL", 400, List.of("FALL_OR_TRAUMA", "LIFTING"), 10, List.of("NIGHT", "STAIRS", "WALKING"),
            List.of("MOVEMENT", "ANTI_INFLAMMATORIES"), List.of("HEARING_LOSS", "BOWED_LEGS", "HEADACHES", "LIMP",
                    "MORNING_STIFFNESS_OVER_30_MIN", "MALAISE"), allYes(), List.of("PSORIASIS"), null, null);

    private final Answers typicalParsed = Answers.parse(typical);

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    /** The same forms as a client sends them to questionnaire lbhp-2 (the JSON tree the controller reads). */
    private final tools.jackson.databind.JsonNode typicalForm = JSON.valueToTree(Forms.of(typicalParsed));
    private final tools.jackson.databind.JsonNode allFlagsForm = JSON.valueToTree(Forms.of(Answers.parse(allFlags)));

    /** The typical form with one bad answer: read, refused, and screened for safety signs. */
    private final tools.jackson.databind.JsonNode badForm = typicalForm.deepCopy();

    {
        ((tools.jackson.databind.node.ObjectNode) badForm).put("painIntensity", 11);
    }

    @Benchmark
    public Assessment lbhp2AssessTypicalIntake() {
        return Ruleset.LBHP_2.assess(typicalParsed, BORN, TODAY);
    }

    @Benchmark
    public Assessment lbhp2ReadAndAssessTypicalIntake() {
        return Ruleset.LBHP_2.assess(FormReader.read("lbhp-2", typicalForm).answers(), BORN, TODAY);
    }

    @Benchmark
    public Assessment lbhp2ReadAndAssessWithEveryRedFlag() {
        return Ruleset.LBHP_2.assess(FormReader.read("lbhp-2", allFlagsForm).answers(), BORN, TODAY);
    }

    @Benchmark
    public java.util.Optional<SafetyFinding> lbhp2ScreenARefusedForm() {
        return Ruleset.LBHP_2.screen(FormReader.read("lbhp-2", badForm).known(), BORN, TODAY);
    }

    @Benchmark
    public Assessment assessTypicalIntake() {
        return Ruleset.LBHP_1.assess(typicalParsed, BORN, TODAY);
    }

    @Benchmark
    public Assessment validateAndAssessTypicalIntake() {
        return Ruleset.LBHP_1.assess(Answers.parse(typical), BORN, TODAY);
    }

    @Benchmark
    public Assessment validateAndAssessWithEveryRedFlag() {
        return Ruleset.LBHP_1.assess(Answers.parse(allFlags), BORN, TODAY);
    }

    private static Map<String, Boolean> safety() {
        Map<String, Boolean> safety = new HashMap<>();
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question.name(), false);
        }
        return safety;
    }

    private static Map<String, Boolean> allYes() {
        Map<String, Boolean> safety = safety();
        safety.replaceAll((question, answer) -> true);
        return safety;
    }
}
