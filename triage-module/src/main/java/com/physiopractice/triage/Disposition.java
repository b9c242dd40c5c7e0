package com.physiopractice.triage;

/** Where a patient should go next, most urgent first. The most urgent disposition any rule gives wins. */
public enum Disposition {
    /** Go to an emergency department now; booking refused; the therapist is alerted. */
    EMERGENCY,
    /** See a doctor today or within 24 hours; booking held until the therapist clears it. */
    URGENT_MEDICAL,
    /** Physiotherapy can help; also see a doctor (not urgently) about the named concern. */
    GP_REFERRAL,
    /** Book an online consultation. */
    PHYSIO_CONSULTATION,
    /** Self-care and education; booking optional. */
    SELF_CARE;

    /** 0 for the most urgent; used to order the therapist's review queue. */
    public int urgencyRank() {
        return ordinal();
    }

    public boolean isMoreUrgentThan(Disposition other) {
        return ordinal() < other.ordinal();
    }

    /** Whether a consultation can be booked on an intake with this (current) disposition. */
    public boolean allowsBooking() {
        return this != EMERGENCY && this != URGENT_MEDICAL;
    }
}
