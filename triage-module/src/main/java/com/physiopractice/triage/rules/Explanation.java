package com.physiopractice.triage.rules;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.PainSource;
import java.util.ArrayList;
import java.util.List;

/** Puts an assessment into sentences that name every rule and answer behind it. */
final class Explanation {

    private Explanation() {
    }

    static List<String> of(Disposition disposition, List<String> dispositionRules, List<Assessment.RedFlag> redFlags,
            List<Assessment.RuleHit> consultation, Assessment.PainSourceFinding painSource,
            List<Assessment.ConditionFinding> conditions) {
        List<String> lines = new ArrayList<>();
        lines.add("Disposition " + disposition + " from " + String.join(", ", dispositionRules) + ".");
        for (Assessment.RedFlag flag : redFlags) {
            lines.add(flag.rule() + " (" + flag.category() + ", " + flag.disposition() + "): "
                    + String.join(", ", flag.triggeredBy()) + ".");
        }
        for (Assessment.RuleHit hit : consultation) {
            lines.add(hit.rule() + " (consultation advised): " + String.join(", ", hit.triggeredBy()) + ".");
        }
        if (redFlags.isEmpty() && consultation.isEmpty()) {
            lines.add(RuleCode.SELF_CARE + ": no safety rule fired and no consultation criterion was met.");
        }
        lines.add("Pain source " + painSource.source() + painSourceReason(painSource) + ".");
        for (Assessment.ConditionFinding condition : conditions) {
            lines.add("Possible " + condition.condition() + " (score " + condition.score() + "): "
                    + String.join(", ", condition.evidence()) + ".");
        }
        return List.copyOf(lines);
    }

    private static String painSourceReason(Assessment.PainSourceFinding finding) {
        List<String> parts = new ArrayList<>();
        for (PainSource source : List.of(PainSource.HIP, PainSource.LUMBAR_SPINE, PainSource.SACROILIAC)) {
            List<String> evidence = finding.evidence().get(source);
            if (!evidence.isEmpty()) {
                parts.add(source + " " + String.join(", ", evidence));
            }
        }
        return parts.isEmpty() ? " (no distinguishing signs)" : " (" + String.join("; ", parts) + ")";
    }
}
