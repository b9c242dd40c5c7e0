package com.physiopractice.triage.web;

import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.SafetyEventId;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.triage.intake.SafetyEvent;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.KnownAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/triage/safety-events")
@Tag(name = "Triage", description = "The intake questionnaire, its assessment, and the therapist's review")
class SafetyEventController {

    private final IntakeService intakes;

    SafetyEventController(IntakeService intakes) {
        this.intakes = intakes;
    }

    /**
     * @param source INTAKE_FORM (a form refused for another bad answer; no intake was stored) or CHECK_IN
     * @param knownAnswers the answers that could be read
     */
    record SafetyEventView(String id, String patientId, Instant occurredAt, SafetyEvent.Source source,
            @Nullable String appointmentId, String rulesetVersion, Disposition disposition, List<String> rules,
            List<Assessment.RedFlag> redFlags, KnownAnswers knownAnswers) {

        static SafetyEventView of(SafetyEvent event) {
            return new SafetyEventView(event.id().toString(), event.patient().toString(), event.occurredAt(),
                    event.source(), event.appointment() == null ? null : event.appointment().toString(),
                    event.rulesetVersion(), event.disposition(), event.rules(), event.redFlags(), event.knownAnswers());
        }
    }

    @Operation(summary = "Safety events (therapists)", description = "Emergency or urgent signs outside stored intakes: "
            + "in a form refused for another bad answer, or new in a check-in. Newest first; each read is audited.")
    @GetMapping
    PagedModel<SafetyEventView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new PagedModel<>(intakes.safetyEvents(PageRequest.of(page, size)).map(SafetyEventView::of));
    }

    @Operation(summary = "One safety event (therapists)", description = "Its source, the answers that could be read, "
            + "the disposition, rules and red flags. The read is audited.")
    @GetMapping("/{id}")
    SafetyEventView one(@PathVariable SafetyEventId id) {
        return SafetyEventView.of(intakes.safetyEvent(id));
    }
}
