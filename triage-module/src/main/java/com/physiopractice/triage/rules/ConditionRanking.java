package com.physiopractice.triage.rules;

import com.physiopractice.triage.ConditionCode;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.HistoryItem;
import com.physiopractice.triage.rules.AnswerCode.Onset;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import com.physiopractice.triage.rules.AnswerCode.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the article's seven causes by the answers that fit them: a typical sign counts 2, a cause
 * or risk factor counts 1. A ranking for the therapist and for picking education, not a diagnosis.
 */
final class ConditionRanking {

    private static final int SIGN = 2;
    private static final int RISK = 1;

    private ConditionRanking() {
    }

    static List<Assessment.ConditionFinding> rank(Facts f, Thresholds limits) {
        Answers a = f.answers();
        List<Assessment.ConditionFinding> findings = new ArrayList<>();

        Tally strain = new Tally();
        strain.sign(a.worseWith().contains(Aggravator.ACTIVITY), "worseWith:ACTIVITY");
        strain.sign(a.betterWith().contains(Reliever.REST), "betterWith:REST");
        strain.sign(a.symptoms().contains(Symptom.TENDERNESS), "symptoms:TENDERNESS");
        strain.sign(a.symptoms().contains(Symptom.SWELLING), "symptoms:SWELLING");
        strain.sign(a.symptoms().contains(Symptom.MUSCLE_WEAKNESS), "symptoms:MUSCLE_WEAKNESS");
        strain.risk(a.onset() == Onset.SUDDEN, "onset:SUDDEN");
        strain.risk(a.triggers().contains(Trigger.SPORTS), "triggers:SPORTS");
        strain.risk(a.triggers().contains(Trigger.FALL_OR_TRAUMA), "triggers:FALL_OR_TRAUMA");
        strain.risk(a.triggers().contains(Trigger.TWISTING), "triggers:TWISTING");
        strain.risk(a.triggers().contains(Trigger.LIFTING), "triggers:LIFTING");
        strain.addTo(findings, ConditionCode.SPRAIN_STRAIN);

        Tally disc = new Tally();
        disc.sign(a.symptoms().contains(Symptom.SHOOTING_PAIN_DOWN_LEG), "symptoms:SHOOTING_PAIN_DOWN_LEG");
        disc.sign(a.symptoms().contains(Symptom.LEG_NUMBNESS_OR_TINGLING), "symptoms:LEG_NUMBNESS_OR_TINGLING");
        disc.sign(a.symptoms().contains(Symptom.LEG_OR_FOOT_WEAKNESS), "symptoms:LEG_OR_FOOT_WEAKNESS");
        disc.sign(a.painLocations().contains(PainLocation.BELOW_KNEE), "painLocations:BELOW_KNEE");
        disc.risk(a.worseWith().contains(Aggravator.SITTING), "worseWith:SITTING");
        disc.risk(a.worseWith().contains(Aggravator.BENDING), "worseWith:BENDING");
        disc.risk(a.worseWith().contains(Aggravator.COUGH_SNEEZE), "worseWith:COUGH_SNEEZE");
        disc.risk(a.triggers().contains(Trigger.LIFTING), "triggers:LIFTING");
        disc.risk(a.triggers().contains(Trigger.REPETITIVE_MOVEMENT), "triggers:REPETITIVE_MOVEMENT");
        disc.risk(a.triggers().contains(Trigger.PROLONGED_SITTING), "triggers:PROLONGED_SITTING");
        disc.risk(a.history().contains(HistoryItem.OVERWEIGHT), "history:OVERWEIGHT");
        disc.risk(a.history().contains(HistoryItem.SEDENTARY_WORK_OR_LONG_DRIVING), "history:SEDENTARY_WORK_OR_LONG_DRIVING");
        disc.risk(a.history().contains(HistoryItem.SMOKER), "history:SMOKER");
        disc.addTo(findings, ConditionCode.HERNIATED_DISC);

        Tally hipFlexors = new Tally();
        hipFlexors.sign(a.symptoms().contains(Symptom.UPPER_LEG_TENDERNESS), "symptoms:UPPER_LEG_TENDERNESS");
        hipFlexors.sign(a.symptoms().contains(Symptom.MUSCLE_SPASM), "symptoms:MUSCLE_SPASM");
        hipFlexors.sign(a.symptoms().contains(Symptom.PAIN_LIFTING_KNEE), "symptoms:PAIN_LIFTING_KNEE");
        hipFlexors.risk(a.painLocations().contains(PainLocation.THIGH), "painLocations:THIGH");
        hipFlexors.risk(a.triggers().contains(Trigger.PROLONGED_SITTING), "triggers:PROLONGED_SITTING");
        hipFlexors.risk(a.history().contains(HistoryItem.SEDENTARY_WORK_OR_LONG_DRIVING),
                "history:SEDENTARY_WORK_OR_LONG_DRIVING");
        hipFlexors.addTo(findings, ConditionCode.TIGHT_HIP_FLEXORS);

        Tally arthritis = new Tally();
        arthritis.sign(a.symptoms().contains(Symptom.STIFFNESS), "symptoms:STIFFNESS");
        arthritis.sign(a.symptoms().contains(Symptom.REDUCED_RANGE_OF_MOTION), "symptoms:REDUCED_RANGE_OF_MOTION");
        arthritis.sign(a.symptoms().contains(Symptom.MUSCLE_WEAKNESS), "symptoms:MUSCLE_WEAKNESS");
        arthritis.risk(a.onset() == Onset.GRADUAL, "onset:GRADUAL");
        arthritis.risk(a.durationDays() >= 84, "durationDays:" + a.durationDays());
        arthritis.risk(f.age() >= limits.olderAdultAge(), "age:" + f.age());
        arthritis.addTo(findings, ConditionCode.OSTEOARTHRITIS);

        Tally sacroiliac = new Tally();
        sacroiliac.sign(a.symptoms().contains(Symptom.NO_COMFORTABLE_POSITION), "symptoms:NO_COMFORTABLE_POSITION");
        sacroiliac.sign(a.worseWith().contains(Aggravator.STAIRS), "worseWith:STAIRS");
        sacroiliac.sign(a.worseWith().contains(Aggravator.RUNNING), "worseWith:RUNNING");
        sacroiliac.risk(a.painLocations().contains(PainLocation.BUTTOCK), "painLocations:BUTTOCK");
        sacroiliac.risk(a.painLocations().contains(PainLocation.LOWER_BACK), "painLocations:LOWER_BACK");
        sacroiliac.addTo(findings, ConditionCode.SI_JOINT_DYSFUNCTION);

        Tally paget = new Tally();
        paget.sign(a.symptoms().contains(Symptom.HEARING_LOSS), "symptoms:HEARING_LOSS");
        paget.sign(a.symptoms().contains(Symptom.BOWED_LEGS), "symptoms:BOWED_LEGS");
        paget.sign(a.symptoms().contains(Symptom.HEADACHES), "symptoms:HEADACHES");
        paget.risk(a.painLocations().contains(PainLocation.HIP), "painLocations:HIP");
        paget.risk(a.symptoms().contains(Symptom.LEG_NUMBNESS_OR_TINGLING), "symptoms:LEG_NUMBNESS_OR_TINGLING");
        paget.addToWhenSigned(findings, ConditionCode.PAGETS_DISEASE);

        Tally spondylitis = new Tally();
        spondylitis.sign(a.symptoms().contains(Symptom.MORNING_STIFFNESS_OVER_30_MIN),
                "symptoms:MORNING_STIFFNESS_OVER_30_MIN");
        spondylitis.sign(a.worseWith().contains(Aggravator.MORNING), "worseWith:MORNING");
        spondylitis.sign(a.betterWith().contains(Reliever.MOVEMENT), "betterWith:MOVEMENT");
        spondylitis.sign(a.symptoms().contains(Symptom.MALAISE), "symptoms:MALAISE");
        spondylitis.sign(a.symptoms().contains(Symptom.LOSS_OF_APPETITE), "symptoms:LOSS_OF_APPETITE");
        spondylitis.risk(a.says(SafetyQuestion.FEVER_OR_CHILLS), "safety:FEVER_OR_CHILLS");
        spondylitis.risk(a.history().contains(HistoryItem.FAMILY_HISTORY_SPONDYLOARTHRITIS),
                "history:FAMILY_HISTORY_SPONDYLOARTHRITIS");
        spondylitis.risk(a.history().contains(HistoryItem.PSORIASIS), "history:PSORIASIS");
        spondylitis.risk(f.ageAtOnset() < limits.inflammatoryOnsetAgeBelow()
                && a.durationDays() >= limits.inflammatoryMinDurationDays(), "ageAtOnset:" + f.ageAtOnset());
        spondylitis.addToWhenSigned(findings, ConditionCode.ANKYLOSING_SPONDYLITIS);

        findings.sort(Comparator.comparingInt(Assessment.ConditionFinding::score).reversed()
                .thenComparing(Assessment.ConditionFinding::condition));
        return List.copyOf(findings);
    }

    /** Adds up the evidence for one condition. */
    private static final class Tally {

        private final List<String> evidence = new ArrayList<>();
        private int score;
        private boolean signed;

        void sign(boolean present, String code) {
            if (present) {
                evidence.add(code);
                score += SIGN;
                signed = true;
            }
        }

        void risk(boolean present, String code) {
            if (present) {
                evidence.add(code);
                score += RISK;
            }
        }

        void addTo(List<Assessment.ConditionFinding> findings, ConditionCode condition) {
            if (score > 0) {
                findings.add(new Assessment.ConditionFinding(condition, score, List.copyOf(evidence)));
            }
        }

        /** Rare conditions are listed only when one of their own signs is present, not on risk factors alone. */
        void addToWhenSigned(List<Assessment.ConditionFinding> findings, ConditionCode condition) {
            if (signed) {
                addTo(findings, condition);
            }
        }
    }
}
