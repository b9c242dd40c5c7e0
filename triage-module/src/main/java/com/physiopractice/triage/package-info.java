/**
 * Intake triage: the questionnaire, the safety rules, scores and explanations, and the therapist's
 * review (in order of urgency, with overrides that need a note).
 * <p>
 * API: {@link com.physiopractice.triage.TriageClearance} (may this intake book; what may education
 * know of it), with {@link com.physiopractice.triage.IntakeId}, the dispositions, conditions and pain
 * sources. Events: {@link com.physiopractice.triage.IntakeAssessed},
 * {@link com.physiopractice.triage.IntakeReviewed}. Tables: {@code triage_intake}, {@code triage_review}.
 */
@ApplicationModule(displayName = "Triage", allowedDependencies = {"sharedkernel", "identity::access", "audit", "people"})
@NullMarked
package com.physiopractice.triage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
