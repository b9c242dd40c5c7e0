package com.physiopractice.triage.rules;

import static com.physiopractice.triage.rules.Lbhp1Ruleset.addIf;

import com.physiopractice.triage.PainSource;
import com.physiopractice.triage.rules.AnswerCode.Aggravator;
import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Reliever;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hip or back? The practice's article tells them apart: groin pain and a limp, brought on by
 * standing or walking, point to the hip; pain shooting down the leg, worse sitting or bending and
 * eased by standing or walking, points to the lower back; a buttock and low-back ache, worse on
 * stairs or running, with no comfortable position, points to the sacroiliac joint.
 */
final class Lbhp1PainSource {

    private Lbhp1PainSource() {
    }

    static Assessment.PainSourceFinding find(Answers a, int strongEvidence) {
        Map<PainSource, List<String>> evidence = new EnumMap<>(PainSource.class);
        evidence.put(PainSource.HIP, hip(a));
        evidence.put(PainSource.LUMBAR_SPINE, lumbar(a));
        evidence.put(PainSource.SACROILIAC, sacroiliac(a));
        List<PainSource> strong = evidence.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= strongEvidence)
                .map(Map.Entry::getKey).toList();
        PainSource source = switch (strong.size()) {
            case 0 -> PainSource.UNCLEAR;
            case 1 -> strong.get(0);
            default -> PainSource.MIXED;
        };
        return new Assessment.PainSourceFinding(source, Map.copyOf(evidence));
    }

    private static List<String> hip(Answers a) {
        List<String> signs = new ArrayList<>();
        addIf(signs, a.painLocations().contains(PainLocation.GROIN), "painLocations:GROIN");
        addIf(signs, a.symptoms().contains(Symptom.GROIN_PAIN), "symptoms:GROIN_PAIN");
        addIf(signs, a.symptoms().contains(Symptom.LIMP), "symptoms:LIMP");
        addIf(signs, a.worseWith().contains(Aggravator.STANDING), "worseWith:STANDING");
        addIf(signs, a.worseWith().contains(Aggravator.WALKING), "worseWith:WALKING");
        addIf(signs, a.symptoms().contains(Symptom.REDUCED_RANGE_OF_MOTION)
                && a.painLocations().contains(PainLocation.HIP), "symptoms:REDUCED_RANGE_OF_MOTION");
        return List.copyOf(signs);
    }

    private static List<String> lumbar(Answers a) {
        List<String> signs = new ArrayList<>();
        addIf(signs, a.symptoms().contains(Symptom.SHOOTING_PAIN_DOWN_LEG), "symptoms:SHOOTING_PAIN_DOWN_LEG");
        addIf(signs, a.painLocations().contains(PainLocation.BELOW_KNEE), "painLocations:BELOW_KNEE");
        addIf(signs, a.symptoms().contains(Symptom.LEG_NUMBNESS_OR_TINGLING), "symptoms:LEG_NUMBNESS_OR_TINGLING");
        addIf(signs, a.worseWith().contains(Aggravator.SITTING), "worseWith:SITTING");
        addIf(signs, a.worseWith().contains(Aggravator.BENDING), "worseWith:BENDING");
        addIf(signs, a.betterWith().contains(Reliever.STANDING), "betterWith:STANDING");
        addIf(signs, a.betterWith().contains(Reliever.WALKING), "betterWith:WALKING");
        addIf(signs, a.worseWith().contains(Aggravator.COUGH_SNEEZE), "worseWith:COUGH_SNEEZE");
        return List.copyOf(signs);
    }

    private static List<String> sacroiliac(Answers a) {
        List<String> signs = new ArrayList<>();
        addIf(signs, a.painLocations().contains(PainLocation.BUTTOCK)
                && a.painLocations().contains(PainLocation.LOWER_BACK), "painLocations:BUTTOCK+LOWER_BACK");
        addIf(signs, a.worseWith().contains(Aggravator.STAIRS), "worseWith:STAIRS");
        addIf(signs, a.worseWith().contains(Aggravator.RUNNING), "worseWith:RUNNING");
        addIf(signs, a.symptoms().contains(Symptom.NO_COMFORTABLE_POSITION), "symptoms:NO_COMFORTABLE_POSITION");
        return List.copyOf(signs);
    }
}
