package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.RawAnswers;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers as a patient sends them: a mild, recent low back ache, "yes" to the safety questions named. */
final class SubmittedAnswers {

    private SubmittedAnswers() {
    }

    static RawAnswers mildLowBackAcheWith(SafetyQuestion... yes) {
        Set<SafetyQuestion> yeses = Set.copyOf(Arrays.asList(yes));
        Map<String, Boolean> safety = new LinkedHashMap<>();
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question.name(), yeses.contains(question));
        }
        return new RawAnswers(List.of("LOWER_BACK"), "CENTRAL", "GRADUAL", 4, List.of(), 3, List.of(), List.of(),
                List.of(), safety, List.of(), null, null);
    }
}
