package com.physiopractice.identity.access;

/** What a signed-in person may do in the practice. */
public enum Role {
    /** Sees and changes only their own data. */
    PATIENT,
    /** Treats patients: sees the intakes and appointments of the practice, manages her schedule and content. */
    THERAPIST,
    /** Runs the system: accounts and the audit trail; no clinical role. */
    ADMIN
}
