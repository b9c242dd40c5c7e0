package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.Assessment.RuleHit;
import java.util.ArrayList;
import java.util.List;

/**
 * When no safety rule fires, any of these makes a consultation the advice rather than self-care.
 * The same in {@code lbhp-1} and {@code lbhp-2}; the thresholds come from the ruleset's version.
 */
final class ConsultationCriteria {

    private ConsultationCriteria() {
    }

    static List<RuleHit> of(Answers a, Thresholds limits) {
        List<RuleHit> hits = new ArrayList<>();
        if (a.startBack() != null && a.startBack().score().risk() != StartBack.Risk.LOW) {
            hits.add(new RuleHit(RuleCode.P_STARTBACK, List.of("startBack:" + a.startBack().score().risk())));
        }
        if (a.durationDays() >= limits.consultationMinDurationDays()) {
            hits.add(new RuleHit(RuleCode.P_DURATION, List.of("durationDays:" + a.durationDays())));
        }
        if (a.painIntensity() >= limits.consultationMinIntensity()) {
            hits.add(new RuleHit(RuleCode.P_INTENSITY, List.of("painIntensity:" + a.painIntensity())));
        }
        List<String> nerve = symptoms(a, Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING,
                Symptom.LEG_OR_FOOT_WEAKNESS);
        if (!nerve.isEmpty()) {
            hits.add(new RuleHit(RuleCode.P_NERVE, nerve));
        }
        List<String> gait = symptoms(a, Symptom.DIFFICULTY_WALKING, Symptom.LIMP);
        if (!gait.isEmpty()) {
            hits.add(new RuleHit(RuleCode.P_GAIT, gait));
        }
        if (a.oswestry() != null) {
            a.oswestry().score().filter(score -> score.percent() >= limits.consultationMinOdiPercent())
                    .ifPresent(score -> hits.add(new RuleHit(RuleCode.P_ODI, List.of("odi:" + score.percent()))));
        }
        return List.copyOf(hits);
    }

    private static List<String> symptoms(Answers a, Symptom... wanted) {
        List<String> present = new ArrayList<>();
        for (Symptom symptom : wanted) {
            if (a.symptoms().contains(symptom)) {
                present.add("symptoms:" + symptom);
            }
        }
        return present;
    }
}
