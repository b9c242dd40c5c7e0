package com.physiopractice.triage.rules;

/**
 * Every number the rules compare against, in one place per ruleset version. Changing one means
 * a new ruleset version: stored assessments keep the version they were made with.
 */
public record Thresholds(
        int olderAdultAge,
        int fragilityFractureAge,
        int inflammatoryMinDurationDays,
        int inflammatoryOnsetAgeBelow,
        int earlyOnsetAgeBelow,
        int inflammatoryMinFeatures,
        int pagetMinFeatures,
        int consultationMinDurationDays,
        int consultationMinIntensity,
        int consultationMinOdiPercent,
        int strongPainSourceEvidence,
        int recentSuddenOnsetDays) {

    /** Ruleset {@code lbhp-1}, as the clinical specification states it. */
    public static final Thresholds LBHP_1 = new Thresholds(
            50,  // U-CANCER weight loss / night pain; G-WEIGHTLOSS, G-CONSTANT-NIGHT below it
            70,  // U-FRACTURE after a fall
            90,  // G-INFLAMMATORY: pain for at least 90 days
            45,  // G-INFLAMMATORY: began before 45
            35,  // G-INFLAMMATORY feature: began before 35
            3,   // G-INFLAMMATORY: at least 3 features
            2,   // G-PAGET: at least 2 of hearing loss, bowed legs, headaches
            42,  // consultation: pain for 6 weeks or more
            7,   // consultation: intensity 7/10 or more
            21,  // consultation: ODI 21 % or more
            2,   // a pain source with at least 2 signs is "strong"
            0);  // lbhp-1 has no rule on a recent sudden onset

    /**
     * Ruleset {@code lbhp-2}: the numbers of {@code lbhp-1}, and a sudden onset "within the last 42
     * days" for the fragility fracture rules. A pain source now counts items, not answers (still 2).
     */
    public static final Thresholds LBHP_2 = new Thresholds(
            50,  // U-CANCER weight loss / night pain; G-WEIGHTLOSS, G-CONSTANT-NIGHT below it
            70,  // U-FRACTURE after a fall; G-FRAGILITY with a sudden onset
            90,  // G-INFLAMMATORY: pain for at least 90 days
            45,  // G-INFLAMMATORY: began before 45 (age at onset)
            35,  // G-INFLAMMATORY feature: began before 35
            3,   // G-INFLAMMATORY: at least 3 features
            2,   // G-PAGET: at least 2 of hearing loss, bowed legs, headaches
            42,  // consultation: pain for 6 weeks or more
            7,   // consultation: intensity 7/10 or more
            21,  // consultation: ODI 21 % or more
            2,   // a pain source with at least 2 items is "strong"
            42); // E-FRACTURE, U-FRACTURE: sudden onset within the last 42 days (durationDays <= 42)
}
