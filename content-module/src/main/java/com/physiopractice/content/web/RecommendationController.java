package com.physiopractice.content.web;

import com.physiopractice.content.settings.ContentSettings;
import com.physiopractice.content.library.RecommendationPolicy.Pick;
import com.physiopractice.content.library.Recommender;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/content/recommendations")
@Tag(name = "Content: recommendations", description = "Education picked for a patient's triage result")
class RecommendationController {

    private final Recommender recommendations;
    private final ContentSettings settings;

    RecommendationController(Recommender recommendations, ContentSettings settings) {
        this.recommendations = recommendations;
        this.settings = settings;
    }

    /**
     * @param urgentGuidanceOnly the intake needs a doctor first: only what to do now, no exercises
     * @param leftOut stretches not advised for these answers, with the reason
     */
    record RecommendationResponse(IntakeId intakeId, Disposition disposition, boolean urgentGuidanceOnly,
            List<Pick> recommended, List<Pick> leftOut, String medicalDisclaimer) {
    }

    @Operation(summary = "Education for my intake (patients)", description = "EMERGENCY and URGENT_MEDICAL: the urgent "
            + "guidance only. Otherwise self-care, condition pages of the most likely conditions, and the stretches "
            + "that are safe for the answers (forward bending is left out for a possible slipped disc or sciatica). "
            + "Another patient's intake is 404.")
    @GetMapping
    RecommendationResponse recommend(Caller caller, @RequestParam IntakeId intakeId) {
        Recommender.ForIntake result = recommendations.forIntake(caller.requirePatient(), intakeId);
        var recommendation = result.recommendation();
        return new RecommendationResponse(intakeId, result.profile().disposition(), recommendation.urgentGuidanceOnly(),
                recommendation.recommended(), recommendation.leftOut(),
                settings.medicalDisclaimer());
    }
}
