package com.physiopractice.fhir;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;

/**
 * A patient's right of access and to data portability (UK GDPR articles 15 and 20): everything the
 * practice holds about her, as a FHIR R4 Bundle another system can import and as a page she can
 * read. She exports her own; her treating therapist can produce the same for her. Each export is
 * audited; a caller who may not read the patient gets {@code NotFoundException}.
 */
public interface PatientExports {

    /**
     * @param filename what a browser saves it as
     * @param mediaType {@code application/fhir+json} or {@code text/html}
     */
    record Export(String filename, String mediaType, String content) {
    }

    Export asBundle(Caller caller, PatientId patient);

    Export asPage(Caller caller, PatientId patient);
}
