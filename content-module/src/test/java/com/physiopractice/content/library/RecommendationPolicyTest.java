package com.physiopractice.content.library;

import com.physiopractice.content.PieceSummary;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.content.ContentType;
import com.physiopractice.content.Contraindication;
import com.physiopractice.content.MovementPattern;
import com.physiopractice.triage.ConditionCode;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecommendationPolicyTest {

    static PieceSummary exercise(String slug, MovementPattern pattern, Contraindication... contraindications) {
        return new PieceSummary(slug, ContentType.EXERCISE, slug, "", List.of("exercise"), null, pattern,
                Set.of(contraindications), null, 5);
    }

    static PieceSummary condition(ConditionCode code) {
        return new PieceSummary(code.name().toLowerCase(), ContentType.CONDITION, code.name(), "", List.of(), code, null,
                Set.of(), null, 6);
    }

    static final PieceSummary URGENT = new PieceSummary("urgent", ContentType.SELF_CARE_TIP, "Urgent", "",
            List.of(RecommendationPolicy.URGENT_GUIDANCE_TAG), null, null, Set.of(), null, 5);
    static final PieceSummary SELF_CARE = new PieceSummary("self-care", ContentType.SELF_CARE_TIP, "Self-care", "",
            List.of("self-care"), null, null, Set.of(), null, 5);
    /** A flexion stretch whose card forgot its contraindications: the rule still leaves it out. */
    static final PieceSummary UNLABELLED_FLEXION = exercise("unlabelled-flexion", MovementPattern.FLEXION);
    static final PieceSummary KNEE_TO_CHEST = exercise("knee-to-chest", MovementPattern.FLEXION,
            Contraindication.HERNIATED_DISC, Contraindication.LUMBAR_RADICULAR_PATTERN);
    static final PieceSummary COBRA = exercise("cobra", MovementPattern.EXTENSION);
    static final PieceSummary BRIDGE = exercise("bridge", MovementPattern.NEUTRAL);
    static final PieceSummary LABELLED_NEUTRAL = exercise("labelled-neutral", MovementPattern.NEUTRAL,
            Contraindication.LUMBAR_RADICULAR_PATTERN);

    static final List<PieceSummary> LIBRARY = List.of(URGENT, SELF_CARE, UNLABELLED_FLEXION, KNEE_TO_CHEST, COBRA, BRIDGE,
            LABELLED_NEUTRAL, condition(ConditionCode.HERNIATED_DISC), condition(ConditionCode.SPRAIN_STRAIN),
            condition(ConditionCode.PAGETS_DISEASE), condition(ConditionCode.OSTEOARTHRITIS),
            condition(ConditionCode.ANKYLOSING_SPONDYLITIS));

    static IntakeProfile profile(Disposition disposition, boolean radicular, ConditionCode... likely) {
        return new IntakeProfile(IntakeId.random(), disposition, List.of(likely), radicular);
    }

    static List<String> slugs(RecommendationPolicy.Recommendation recommendation) {
        return recommendation.recommended().stream().map(pick -> pick.piece().slug()).toList();
    }

    @Test
    void emergencyAndUrgentMedicalGetTheUrgentGuidanceOnly() {
        for (Disposition urgent : List.of(Disposition.EMERGENCY, Disposition.URGENT_MEDICAL)) {
            var recommendation = RecommendationPolicy.recommend(profile(urgent, false, ConditionCode.SPRAIN_STRAIN), LIBRARY);
            assertThat(recommendation.urgentGuidanceOnly()).isTrue();
            assertThat(slugs(recommendation)).containsExactly("urgent");
        }
    }

    @Test
    void aHerniatedDiscProfileGetsNoFlexionStretchEvenAnUnlabelledOne() {
        var recommendation = RecommendationPolicy.recommend(
                profile(Disposition.PHYSIO_CONSULTATION, false, ConditionCode.SPRAIN_STRAIN, ConditionCode.HERNIATED_DISC),
                LIBRARY);
        assertThat(slugs(recommendation)).contains("cobra", "bridge", "labelled-neutral", "self-care", "herniated_disc")
                .doesNotContain("knee-to-chest", "unlabelled-flexion", "urgent");
        assertThat(recommendation.leftOut()).extracting(out -> out.piece().slug())
                .containsExactlyInAnyOrder("knee-to-chest", "unlabelled-flexion");
    }

    @Test
    void aRadicularPatternAlsoLeavesOutWhatTheCardSaysIsNotAdvised() {
        var recommendation = RecommendationPolicy.recommend(profile(Disposition.SELF_CARE, true, ConditionCode.SPRAIN_STRAIN),
                LIBRARY);
        assertThat(slugs(recommendation)).contains("cobra", "bridge")
                .doesNotContain("knee-to-chest", "unlabelled-flexion", "labelled-neutral");
    }

    @Test
    void withoutThoseFlagsEveryStretchIsOfferedAndOnlyTheTopConditionPages() {
        var recommendation = RecommendationPolicy.recommend(profile(Disposition.SELF_CARE, false, ConditionCode.SPRAIN_STRAIN,
                ConditionCode.OSTEOARTHRITIS, ConditionCode.ANKYLOSING_SPONDYLITIS, ConditionCode.PAGETS_DISEASE), LIBRARY);
        assertThat(slugs(recommendation)).contains("knee-to-chest", "unlabelled-flexion", "cobra", "sprain_strain",
                "osteoarthritis", "ankylosing_spondylitis").doesNotContain("pagets_disease", "herniated_disc", "urgent");
        assertThat(recommendation.leftOut()).isEmpty();
    }
}
