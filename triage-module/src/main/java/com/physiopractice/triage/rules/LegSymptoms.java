package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.PainLocation;
import com.physiopractice.triage.rules.AnswerCode.Symptom;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Leg symptoms, for which a patient is told the cauda equina warning signs (safety-netting): pain
 * shooting down the leg, numbness or tingling, weakness of the leg or foot, or pain below the knee
 * or in the foot.
 */
public final class LegSymptoms {

    private LegSymptoms() {
    }

    /** The leg symptoms among the answers, or {@code null} when there are none. */
    public static Assessment.@Nullable SafetyNetFinding of(Answers a) {
        List<String> found = new ArrayList<>();
        for (Symptom symptom : List.of(Symptom.SHOOTING_PAIN_DOWN_LEG, Symptom.LEG_NUMBNESS_OR_TINGLING,
                Symptom.LEG_OR_FOOT_WEAKNESS)) {
            if (a.symptoms().contains(symptom)) {
                found.add("symptoms:" + symptom);
            }
        }
        for (PainLocation location : List.of(PainLocation.BELOW_KNEE, PainLocation.FOOT)) {
            if (a.painLocations().contains(location)) {
                found.add("painLocations:" + location);
            }
        }
        return found.isEmpty() ? null : new Assessment.SafetyNetFinding(found);
    }
}
