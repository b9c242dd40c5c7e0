package com.physiopractice.triage;

import com.physiopractice.sharedkernel.PatientId;
import java.util.Optional;

/**
 * What an intake allows, for other modules: booking checks clearance, education picks content from
 * the profile. Only the intake's own patient gets an answer; nothing here reveals the answers.
 */
public interface TriageClearance {

    /**
     * Whether the patient may book with this intake: her own, not older than the validity period
     * (30 days), not EMERGENCY, and not URGENT_MEDICAL unless the therapist has since changed the
     * disposition to one that allows booking.
     */
    BookingClearance forBooking(PatientId patient, IntakeId intake);

    /** What education may know of the patient's own intake; empty for anyone else's. */
    Optional<IntakeProfile> profile(PatientId patient, IntakeId intake);

    /**
     * The cauda equina safety-netting the patient's own intake calls for (leg symptoms, and not
     * EMERGENCY), whichever ruleset assessed it; empty otherwise or for anyone else's intake.
     */
    Optional<SafetyNet> safetyNet(PatientId patient, IntakeId intake);
}
