package com.physiopractice.triage.rules;

import com.physiopractice.triage.ConditionCode;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.PainSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one set of answers with one ruleset. Immutable and reproducible: the
 * same answers, date of birth and date with the same ruleset give an equal assessment. Every
 * finding names the rule and the answer codes behind it (e.g. {@code safety:SADDLE_NUMBNESS},
 * {@code age:62}).
 *
 * @param dispositionRules the rules that set the disposition (the most urgent ones that fired)
 * @param consultationReasons the PHYSIO_CONSULTATION criteria that were met, even when a more
 *        urgent rule decided the disposition
 * @param startBack absent when the STarT Back items were not answered
 * @param odi absent when fewer than 9 ODI sections were answered
 * @param safetyNet since {@code lbhp-2}: the leg symptoms for which the patient is told the cauda
 *        equina warning signs; absent without leg symptoms, for EMERGENCY, and in {@code lbhp-1}
 */
public record Assessment(
        String questionnaireVersion,
        String rulesetVersion,
        LocalDate assessedOn,
        int ageAtAssessment,
        Disposition disposition,
        List<String> dispositionRules,
        List<RedFlag> redFlags,
        List<RuleHit> consultationReasons,
        PainSourceFinding painSource,
        List<ConditionFinding> conditions,
        StartBack.Score startBack,
        Oswestry.Score odi,
        List<String> explanation,
        @Nullable SafetyNetFinding safetyNet) {

    /** A safety rule that fired. */
    public record RedFlag(String rule, RedFlagCategory category, Disposition disposition, List<String> triggeredBy) {
    }

    /** A rule that fired, with the answers that made it fire. */
    public record RuleHit(String rule, List<String> triggeredBy) {
    }

    /** @param evidence the signs found for each of HIP, LUMBAR_SPINE and SACROILIAC */
    public record PainSourceFinding(PainSource source, Map<PainSource, List<String>> evidence) {
    }

    /** @param triggeredBy the leg symptoms and pain locations that call for safety-netting */
    public record SafetyNetFinding(List<String> triggeredBy) {
    }

    /** @param score signs count 2, risk factors 1; higher ranks first */
    public record ConditionFinding(ConditionCode condition, int score, List<String> evidence) {
    }

}
