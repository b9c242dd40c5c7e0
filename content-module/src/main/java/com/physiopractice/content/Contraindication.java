package com.physiopractice.content;

/** A profile for which an exercise is not advised; matched against a patient's triage result. */
public enum Contraindication {
    /** Herniated (slipped) disc among the patient's possible conditions. */
    HERNIATED_DISC,
    /** Pain shooting down the leg (sciatica), a lumbar radicular pattern. */
    LUMBAR_RADICULAR_PATTERN
}
