package com.physiopractice.people;

import com.physiopractice.sharedkernel.TherapistId;
import java.time.ZoneId;

/**
 * A therapist as the other modules see her.
 *
 * @param title how she is addressed, e.g. "Dr." or "PT, DPT"; empty when none
 * @param timeZone where she keeps her hours
 * @param active whether she takes patients
 */
public record TherapistProfile(TherapistId id, String fullName, String title, ZoneId timeZone, boolean active) {

    /** "Dr. Olivia Patel": the name patients see. */
    public String displayName() {
        return title.isEmpty() ? fullName : title + " " + fullName;
    }
}
