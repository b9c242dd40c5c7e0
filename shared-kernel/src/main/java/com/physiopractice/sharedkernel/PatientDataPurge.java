package com.physiopractice.sharedkernel;

import java.time.Instant;
import java.util.Optional;

/**
 * What each module that keeps a patient's data does when her retention period has run out (she
 * closed her account, and her last contact with the practice was longer ago than the practice must
 * keep a health record): it says when it last saw her, and deletes every row of hers it holds.
 * Implemented by each such module for its own tables; called once across nodes by the retention job.
 */
public interface PatientDataPurge {

    /**
     * Her last contact with the practice as this module knows it (a consultation, a note), if any;
     * a module that records no contact keeps the default.
     */
    default Optional<Instant> lastContact(PatientId patient) {
        return Optional.empty();
    }

    /** Deletes every row of hers in this module's tables, in the caller's transaction. */
    void purge(PatientId patient);
}
