package com.physiopractice.triage;

/** Whether an intake lets its patient book a consultation, and if not, why. */
public enum BookingClearance {
    CLEARED,
    /** No such intake, or it is another patient's. */
    NOT_FOUND,
    /** Older than the practice allows for booking. */
    EXPIRED,
    /** The patient must go to an emergency department, not book. */
    EMERGENCY,
    /** The patient must see a doctor first; the therapist has not cleared the intake for booking. */
    AWAITING_MEDICAL_CLEARANCE;
}
