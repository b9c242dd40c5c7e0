package com.physiopractice.triage.rules;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.rules.Assessment.RedFlag;
import java.util.List;

/**
 * What the safety rules found in answers that were not all valid: the emergency or urgent
 * disposition, the rules that set it, and every red flag that fired among the readable answers.
 */
public record SafetyFinding(Disposition disposition, List<String> rules, List<RedFlag> redFlags) {

    public SafetyFinding {
        rules = List.copyOf(rules);
        redFlags = List.copyOf(redFlags);
    }
}
