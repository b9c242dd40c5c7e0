/**
 * The pages people open in a browser: the practice's public site and education library, signing
 * up, in and out, and the start of the patient portal; booking and the therapist's workspace next. Pages are rendered on the server with
 * Thymeleaf from the other modules' published APIs only; no rule is written here a second time.
 * <p>
 * API: none (an edge). Tables: none.
 */
@ApplicationModule(displayName = "Web pages", allowedDependencies = {"sharedkernel", "identity", "identity::access", "audit", "notification", "content", "triage", "booking", "people", "records", "fhir", "imports", "platform"})
@NullMarked
package com.physiopractice.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
