package com.physiopractice.triage.rules;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned set of triage rules, each rule with the stable code of the clinical specification.
 * An assessment names the ruleset that made it, and re-evaluating its answers with that ruleset
 * gives the same result: rulesets are added, never edited.
 */
public sealed interface Ruleset permits Lbhp1Ruleset, Lbhp2Ruleset {

    /** The first ruleset; every intake stored with it keeps its result. */
    Ruleset LBHP_1 = new Lbhp1Ruleset();

    /** The ruleset after the clinical review of {@code lbhp-1}: safety before validation, exact input. */
    Ruleset LBHP_2 = new Lbhp2Ruleset();

    List<Ruleset> ALL = List.of(LBHP_1, LBHP_2);

    String version();

    /** The questionnaire whose answers it assesses. */
    String questionnaireVersion();

    Thresholds thresholds();

    /**
     * Assesses the answers of a patient born on {@code dateOfBirth}, as of {@code assessedOn}
     * (the date in the patient's own time zone).
     */
    Assessment assess(Answers answers, LocalDate dateOfBirth, LocalDate assessedOn);

    /**
     * Safety before validation: the emergency and urgent signs among the answers that could be read
     * from a submission that is not valid as a whole. Empty when none fires, and always empty for
     * a ruleset that predates the rule ({@code lbhp-1} only refuses invalid forms).
     */
    Optional<SafetyFinding> screen(KnownAnswers known, LocalDate dateOfBirth, LocalDate assessedOn);

    /**
     * Whether an invalid form is screened for safety signs before it is refused, and told the
     * public emergency advice when its safety questions cannot be read (since {@code lbhp-2}).
     */
    default boolean screensBeforeValidation() {
        return true;
    }

    /** The ruleset of a stored assessment, or of the practice's setting. */
    static Ruleset ofVersion(String version) {
        return ALL.stream().filter(ruleset -> ruleset.version().equals(version)).findFirst()
                .orElseThrow(() -> new InvalidValueException("there is no triage ruleset '" + version + "'; known: "
                        + ALL.stream().map(Ruleset::version).toList()));
    }
}
