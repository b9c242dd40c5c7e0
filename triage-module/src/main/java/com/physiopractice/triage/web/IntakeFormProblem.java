package com.physiopractice.triage.web;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.triage.intake.SafetyAdvice;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;

/** The shape of a refused intake form or check-in, for the OpenAPI document (the advice writes it). */
@Schema(name = "IntakeFormProblem", description = "RFC 9457 problem details of a refused form: every bad field, and "
        + "what the patient must know about safety whatever else was wrong")
record IntakeFormProblem(
        @Schema(example = "https://physio-practice.example/problems/validation") URI type,
        String title,
        @Schema(example = "400") int status,
        String detail,
        String instance,
        @Schema(description = "Every offending field") List<FieldProblem> errors,
        @Schema(description = "Present when the answers that could be read give EMERGENCY or URGENT_MEDICAL: the "
                + "disposition, the rule codes that gave it and the guidance; the therapist has been alerted",
                nullable = true) SafetyAdvice safety,
        @Schema(description = "Present when the safety questions could not be read (missing, not an object, any "
                + "answer absent or not true/false): the signs that need emergency care and what to do",
                nullable = true) EmergencyAdvice emergencyAdvice) {
}
