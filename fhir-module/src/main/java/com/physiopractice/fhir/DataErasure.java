package com.physiopractice.fhir;

import com.physiopractice.identity.access.Caller;

/**
 * A patient's right to erasure (UK GDPR article 17), as far as the law lets a health record go: she
 * closes her account and her consultations still to come are cancelled (her therapist is told as
 * usual); her address, sign-in and everything kept under her address are erased and her name and
 * phone pseudonymised at once. Her clinical record (notes, intakes, measures, programmes) is kept
 * under the pseudonym for the retention period, as the practice must keep it.
 */
public interface DataErasure {

    /** What closing did. */
    record Closed(int cancelledConsultations) {
    }

    /** Closes the caller's own account; she must be a patient. */
    Closed closeAccount(Caller patient);
}
