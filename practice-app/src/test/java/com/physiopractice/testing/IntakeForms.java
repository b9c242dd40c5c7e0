package com.physiopractice.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Intake forms as a front end would send them: a mild recent low back ache, every safety answer "no". */
public final class IntakeForms {

    public static final List<String> SAFETY_QUESTIONS = List.of("BLADDER_OR_BOWEL_CHANGE", "SADDLE_NUMBNESS",
            "NEW_SEXUAL_DYSFUNCTION", "DIFFICULTY_MOVING_LEGS", "LOSS_OF_FEELING_IN_LEGS", "SYMPTOMS_IN_BOTH_LEGS",
            "VISIBLE_DEFORMITY", "UNABLE_TO_BEAR_WEIGHT", "RECENT_MAJOR_TRAUMA", "FEVER_OR_CHILLS", "HISTORY_OF_CANCER",
            "UNEXPLAINED_WEIGHT_LOSS", "CONSTANT_NIGHT_PAIN", "OSTEOPOROSIS_OR_LONG_TERM_STEROIDS",
            "IMMUNOSUPPRESSION_OR_IV_DRUG_USE", "RECENT_INFECTION_OR_SPINAL_PROCEDURE");

    private final Map<String, Object> form = new LinkedHashMap<>();
    private final Map<String, Boolean> safety = new LinkedHashMap<>();

    private IntakeForms() {
        form.put("painLocations", new ArrayList<>(List.of("LOWER_BACK")));
        form.put("side", "CENTRAL");
        form.put("onset", "GRADUAL");
        form.put("durationDays", 4);
        form.put("triggers", new ArrayList<String>());
        form.put("painIntensity", 3);
        form.put("worseWith", new ArrayList<String>());
        form.put("betterWith", new ArrayList<String>());
        form.put("symptoms", new ArrayList<String>());
        form.put("history", new ArrayList<String>());
        SAFETY_QUESTIONS.forEach(question -> safety.put(question, false));
        form.put("safety", safety);
    }

    public static IntakeForms mildLowBackAche() {
        return new IntakeForms();
    }

    public IntakeForms yes(String... safetyQuestions) {
        for (String question : safetyQuestions) {
            safety.put(question, true);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public IntakeForms add(String field, String... codes) {
        ((List<String>) form.get(field)).addAll(List.of(codes));
        return this;
    }

    public IntakeForms set(String field, Object value) {
        form.put(field, value);
        return this;
    }

    public Map<String, Object> body() {
        return form;
    }

    /** The form for each disposition, for a patient under 50. */
    public static Map<String, Object> giving(String disposition) {
        return switch (disposition) {
            case "EMERGENCY" -> mildLowBackAche().yes("SADDLE_NUMBNESS").body();
            case "URGENT_MEDICAL" -> mildLowBackAche().yes("FEVER_OR_CHILLS").body();
            case "GP_REFERRAL" -> mildLowBackAche().yes("CONSTANT_NIGHT_PAIN").body();
            case "PHYSIO_CONSULTATION" -> mildLowBackAche().set("painIntensity", 8).body();
            case "SELF_CARE" -> mildLowBackAche().body();
            default -> throw new IllegalArgumentException(disposition);
        };
    }
}
