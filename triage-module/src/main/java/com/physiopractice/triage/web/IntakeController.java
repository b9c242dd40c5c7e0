package com.physiopractice.triage.web;

import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.intake.TriageSettings;
import com.physiopractice.triage.rules.RawAnswers;
import com.physiopractice.triage.rules.Ruleset;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/triage")
@Tag(name = "Triage", description = "The intake questionnaire, its assessment, and the therapist's review")
class IntakeController {

    private final IntakeService intakes;
    private final TriageSettings settings;
    private final JsonMapper json;

    IntakeController(IntakeService intakes, TriageSettings settings, JsonMapper json) {
        this.intakes = intakes;
        this.settings = settings;
        this.json = json;
    }

    @Operation(summary = "The intake questionnaire", description = "Public. Sections, questions, answer codes, "
            + "required flags, help text and the notices of the scored instruments. Without `version`, the one new "
            + "intakes are assessed with; `version=lbhp-1` shows the form older intakes answered.")
    @GetMapping("/questionnaire")
    IntakeQuestionnaire questionnaire(@RequestParam(required = false) String version) {
        return QuestionnaireDefinition.of(version == null ? settings.ruleset() : Ruleset.ofVersion(version));
    }

    @Operation(summary = "Submit an intake form (patients)", description = "Answers 201 with the immediate, explained "
            + "assessment, including `safetyNet` for leg symptoms. Invalid answers: 400 naming every offending field; "
            + "nothing is stored. Safety comes before validation: when the answers that could be read already show an "
            + "emergency or urgent sign, the 400 also carries `safety` (and the therapist is alerted); when the safety "
            + "questions themselves cannot be read, it carries `emergencyAdvice`.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = RawAnswers.class)))
    @ApiResponse(responseCode = "201", description = "Stored and assessed")
    @ApiResponse(responseCode = "400", description = "Invalid answers, all named in errors; with safety and emergencyAdvice "
            + "as described", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = IntakeFormProblem.class)))
    @PostMapping(value = "/intakes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntakeResponse> submit(Caller caller, @RequestBody(required = false) @Nullable String form) {
        PatientId patient = caller.requirePatient();
        Intake intake = intakes.submit(patient, SubmittedJson.read(json, form));
        return ResponseEntity.created(URI.create("/api/v1/triage/intakes/" + intake.id()))
                .body(IntakeResponse.of(intake, caller));
    }

    @Operation(summary = "One intake (its patient, or a therapist)", description = "Anyone else gets 404.")
    @GetMapping("/intakes/{id}")
    IntakeResponse intake(Caller caller, @PathVariable IntakeId id) {
        return IntakeResponse.of(intakes.read(caller, id), caller);
    }

    @Operation(summary = "Intakes", description = "A patient: their own, newest first. A therapist: the review queue, "
            + "most urgent first and oldest first within the same urgency; `status=AWAITING_REVIEW` for what still "
            + "needs review.")
    @GetMapping("/intakes")
    PagedModel<IntakeResponse> intakes(Caller caller, @RequestParam(required = false) Intake.Status status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        PageRequest request = PageRequest.of(page, size);
        // Both may list: a patient sees her own intakes, a therapist the review queue.
        var found = caller.isPatient() ? intakes.ownIntakes(caller.requirePatient(), request)
                : intakes.reviewQueue(status, request);
        return new PagedModel<>(found.map(intake -> IntakeResponse.of(intake, caller)));
    }

    /**
     * @param overrideDisposition the disposition that applies from now on; absent to confirm the current one
     * @param note required when the disposition changes; seen by therapists only
     */
    record ReviewRequest(Disposition overrideDisposition, String note) {
    }

    @Operation(summary = "Review an intake (therapists)", description = "Marks it reviewed and optionally overrides "
            + "the disposition; an override needs a note. The whole history is kept and returned.")
    @PostMapping("/intakes/{id}/review")
    IntakeResponse review(Caller caller, @PathVariable IntakeId id, @RequestBody ReviewRequest review) {
        return IntakeResponse.of(intakes.review(caller.requireTherapist(), id, review.overrideDisposition(), review.note()),
                caller);
    }
}
