package com.physiopractice.triage.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Valid answers written back as the JSON form a client would send for them. */
final class Forms {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Forms() {
    }

    static Map<String, Object> of(Answers a) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("painLocations", names(a.painLocations()));
        form.put("side", a.side().name());
        form.put("onset", a.onset().name());
        form.put("durationDays", a.durationDays());
        form.put("triggers", names(a.triggers()));
        form.put("painIntensity", a.painIntensity());
        form.put("worseWith", names(a.worseWith()));
        form.put("betterWith", names(a.betterWith()));
        form.put("symptoms", names(a.symptoms()));
        Map<String, Object> safety = new LinkedHashMap<>();
        a.safety().forEach((question, answer) -> safety.put(question.name(), answer));
        form.put("safety", safety);
        form.put("history", names(a.history()));
        if (a.startBack() != null) {
            form.put("startBack", Map.of("agrees", a.startBack().agrees(), "bothersomeness", a.startBack().bother().name()));
        }
        if (a.oswestry() != null) {
            form.put("odi", a.oswestry().sections());
        }
        return form;
    }

    private static List<String> names(java.util.Set<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }
}
