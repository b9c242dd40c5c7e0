package com.physiopractice.triage;

/** The causes of lower back and hip pain that triage ranks as possible (never as a diagnosis). */
public enum ConditionCode {
    SPRAIN_STRAIN,
    HERNIATED_DISC,
    TIGHT_HIP_FLEXORS,
    OSTEOARTHRITIS,
    SI_JOINT_DYSFUNCTION,
    PAGETS_DISEASE,
    ANKYLOSING_SPONDYLITIS
}
