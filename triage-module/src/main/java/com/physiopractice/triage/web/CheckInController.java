package com.physiopractice.triage.web;

import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.checkin.CheckInAnswer;
import com.physiopractice.triage.checkin.CheckInService;
import com.physiopractice.triage.checkin.ConsultationCheckIn;
import com.physiopractice.triage.intake.SafetyAdvice;
import com.physiopractice.triage.intake.TriageSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/triage/appointments/{appointmentId}/check-in")
@Tag(name = "Triage", description = "The intake questionnaire, its assessment, and the therapist's review")
class CheckInController {

    private final CheckInService checkIns;
    private final TriageSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    CheckInController(CheckInService checkIns, TriageSettings settings, JsonMapper json, Clock clock) {
        this.checkIns = checkIns;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param askedFrom when the patient is asked (24 hours before the start, or at booking when later)
     * @param awaited asked for and not answered since
     * @param questions the safety questions to answer again, as in the questionnaire
     * @param answers every check-in, oldest first (the answers themselves for the patient and her therapist)
     */
    record CheckInView(String appointmentId, Instant consultationStart, Instant askedFrom, boolean awaited,
            IntakeQuestionnaire.Section questions, List<AnswerView> answers) {
    }

    /**
     * @param newSigns safety questions answered yes that were no at the intake or the previous check-in
     * @param disposition EMERGENCY or URGENT_MEDICAL when a new sign gives it
     */
    record AnswerView(Instant answeredAt, Map<String, Boolean> safety, List<String> newSigns,
            @Nullable Disposition disposition, List<String> rules) {

        static AnswerView of(CheckInAnswer answer) {
            Map<String, Boolean> safety = new java.util.TreeMap<>();
            answer.safety().forEach((question, yes) -> safety.put(question.name(), yes));
            return new AnswerView(answer.answeredAt(), safety, answer.newSigns(), answer.disposition(), answer.rules());
        }
    }

    /**
     * @param safety the guidance for new emergency or urgent signs (the same as an intake's); absent when there are none
     * @param appointmentOnHold the appointment waits for the therapist to clear it
     */
    record CheckInResponse(String appointmentId, Instant answeredAt, List<String> newSigns, @Nullable SafetyAdvice safety,
            boolean appointmentOnHold, String message) {
    }

    @Operation(summary = "The safety check-in before a consultation (its patient, or a therapist)",
            description = "When it is asked for, whether it is still awaited, the 16 safety questions, and every "
                    + "check-in so far. Anyone else gets 404.")
    @GetMapping
    CheckInView read(Caller caller, @PathVariable AppointmentId appointmentId) {
        ConsultationCheckIn checkIn = checkIns.read(caller, appointmentId);
        return new CheckInView(appointmentId.toString(), checkIn.startsAt(), checkIn.askedFrom(),
                checkIn.isAwaited(clock.instant()), QuestionnaireDefinition.safetySection(settings.ruleset()),
                checkIn.answers().stream().map(AnswerView::of).toList());
    }

    @Operation(summary = "Check in before a consultation (its patient)", description = "Send `{\"safety\": {...}}` "
            + "with all 16 safety questions answered true or false, from booking until the consultation ends. A sign "
            + "answered yes that was no at the intake or the last check-in is new; a new EMERGENCY or URGENT_MEDICAL sign "
            + "answers with `safety` guidance, alerts the therapist and puts the appointment on hold until she clears "
            + "it. Invalid answers: 400 naming each, with `safety` when the valid ones already show a new sign, and "
            + "`emergencyAdvice` when not all 16 could be read. A cancelled or ended consultation: 409.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CheckInRequest.class)))
    @ApiResponse(responseCode = "200", description = "Checked in")
    @ApiResponse(responseCode = "400", description = "Invalid answers, all named in errors; with safety and "
            + "emergencyAdvice as described", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = IntakeFormProblem.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    CheckInResponse answer(Caller caller, @PathVariable AppointmentId appointmentId,
            @RequestBody(required = false) @Nullable String body) {
        var patient = caller.requirePatient();
        CheckInService.Result result = checkIns.answer(patient, appointmentId, SubmittedJson.read(json, body));
        String message = result.appointmentHeld()
                ? "Your answers show something new that needs a doctor first. Your consultation is on hold until our "
                        + "therapist has looked at it; please follow the advice now."
                : "Thank you. Nothing in your answers needs a doctor before your consultation.";
        return new CheckInResponse(appointmentId.toString(), result.answer().answeredAt(), result.answer().newSigns(),
                result.safety(), result.appointmentHeld(), message);
    }

    /** @param safety every safety question of the questionnaire, true (yes) or false (no) */
    record CheckInRequest(Map<String, Boolean> safety) {
    }
}
