package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Forms as a patient sends them: a mild, recent low back ache, "yes" to the safety questions named. */
final class SubmittedAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SubmittedAnswers() {
    }

    static Map<String, Object> mildLowBackAche(SafetyQuestion... yes) {
        Set<SafetyQuestion> yeses = Set.copyOf(Arrays.asList(yes));
        Map<String, Boolean> safety = new LinkedHashMap<>();
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question.name(), yeses.contains(question));
        }
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("painLocations", List.of("LOWER_BACK"));
        form.put("side", "CENTRAL");
        form.put("onset", "GRADUAL");
        form.put("durationDays", 4);
        form.put("painIntensity", 3);
        form.put("safety", safety);
        return form;
    }

    static JsonNode mildLowBackAcheWith(SafetyQuestion... yes) {
        return json(mildLowBackAche(yes));
    }

    static JsonNode json(Map<String, Object> form) {
        return JSON.valueToTree(form);
    }
}
