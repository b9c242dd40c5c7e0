/**
 * Intake triage: the questionnaire, the safety rules, scores and explanations, and the therapist's
 * review. Its root package is the module's published API; sub-packages are internal.
 */
@ApplicationModule(displayName = "Triage")
package com.physiopractice.triage;

import org.springframework.modulith.ApplicationModule;
