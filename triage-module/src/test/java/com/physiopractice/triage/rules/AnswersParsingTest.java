package com.physiopractice.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersParsingTest {

    static Map<String, Boolean> allNo() {
        Map<String, Boolean> safety = new HashMap<>();
        for (AnswerCode.SafetyQuestion question : AnswerCode.SafetyQuestion.values()) {
            safety.put(question.name(), false);
        }
        return safety;
    }

    @Test
    void acceptsACompleteValidForm() {
        Answers answers = Answers.parse(new RawAnswers(List.of("LOWER_BACK", "HIP"), "LEFT", "SUDDEN", 5,
                List.of("LIFTING"), 4, List.of("SITTING"), List.of("WALKING"), List.of("STIFFNESS"), allNo(),
                List.of("SMOKER"), new RawAnswers.RawStartBack(List.of(true, false, false, false, false, false, false, false),
                        "SLIGHTLY"), Arrays.asList(1, 2, 1, null, 0, 0, 1, 1, 0, 0)));

        assertThat(answers.painLocations()).hasSize(2);
        assertThat(answers.oswestry().answered()).isEqualTo(9);
    }

    @Test
    void namesEveryOffendingFieldAtOnce() {
        Map<String, Boolean> safety = allNo();
        safety.remove("SADDLE_NUMBNESS");
        safety.put("ALIENS", true);

        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> Answers.parse(
                new RawAnswers(List.of("LOWER_BACK", "KNEE"), null, "SOMETIMES", 5000, null, 11, List.of("RAIN"), null,
                        null, safety, null, new RawAnswers.RawStartBack(List.of(true), "HUGELY"),
                        Arrays.asList(1, 9, null, null, null, null, null, null, null, null))));

        assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "painLocations[1]", "side", "onset", "durationDays", "painIntensity", "worseWith[0]",
                "safety.ALIENS", "safety.SADDLE_NUMBNESS", "startBack.agrees", "startBack.bothersomeness", "odi[1]");
    }

    @Test
    void requiresAtLeastOnePainLocationAndEverySafetyAnswer() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () -> Answers.parse(
                new RawAnswers(List.of(), "LEFT", "SUDDEN", 5, null, 4, null, null, null, null, null, null, null)));

        assertThat(invalid.problems()).extracting(FieldProblem::field).contains("painLocations")
                .hasSize(1 + AnswerCode.SafetyQuestion.values().length);
    }
}
