package com.physiopractice.triage.intake;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.SafetyFinding;
import java.util.List;

/**
 * The {@code safety} member of a refused intake form (or of a check-in): the emergency or urgent
 * disposition the readable answers already give, the rules that gave it, and what to do.
 */
public record SafetyAdvice(Disposition disposition, List<String> rules, Guidance guidance) {

    public static SafetyAdvice of(SafetyFinding finding) {
        return new SafetyAdvice(finding.disposition(), finding.rules(),
                Guidance.forDisposition(finding.disposition(), finding.redFlags()));
    }
}
