/**
 * A FHIR R4 API ({@code /fhir/r4}, {@code application/fhir+json}) for reading and searching what the
 * practice holds, so that records can move into and out of it by a standard. Read-only, built only
 * from the other modules' published APIs with HAPI FHIR's model and parser; the same access tokens,
 * access rules and audit trail as the rest of the API. API: {@link com.physiopractice.fhir.PatientExports}, a
 * patient's export (FHIR Bundle and readable page) for the pages. Tables: none.
 */
@ApplicationModule(displayName = "FHIR R4 API",
        allowedDependencies = {"sharedkernel", "platform", "identity", "identity::access", "audit",
                "people", "booking", "records", "triage"})
@NullMarked
package com.physiopractice.fhir;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
