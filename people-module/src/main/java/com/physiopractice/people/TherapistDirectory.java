package com.physiopractice.people;

import com.physiopractice.sharedkernel.TherapistId;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The practice's therapists. */
public interface TherapistDirectory {

    /** A new therapist, taking patients from now on. */
    TherapistProfile add(NewTherapist therapist);

    Optional<TherapistProfile> find(TherapistId id);

    /** The therapists who take patients, by name. */
    List<TherapistProfile> active();

    /**
     * She keeps her hours in another zone from now on: every wall-clock time of her week moves with
     * her, so {@link TherapistMoved} is published in the same transaction.
     */
    TherapistProfile moveTo(TherapistId id, ZoneId timeZone);

    /**
     * She no longer takes patients: off {@link #active()} and not bookable from now on, and
     * {@link TherapistLeft} is published in the same transaction. Her appointments stay as they
     * are, for the practice to move or cancel.
     */
    TherapistProfile stopTakingPatients(TherapistId id);
}
