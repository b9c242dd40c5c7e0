package com.physiopractice.triage.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.PainSource;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.intake.Guidance;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.Review;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.Assessment;
import com.physiopractice.triage.rules.Oswestry;
import com.physiopractice.triage.rules.StartBack;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An intake with its assessment, as the API shows it. Therapist notes appear only to therapists.
 *
 * @param disposition as assessed by the rules; never changes
 * @param currentDisposition after the therapist's latest review (the same when not overridden)
 * @param guidance what the patient is told for the current disposition
 * @param safetyNet the cauda equina warning signs, for a patient with leg symptoms whose disposition
 *        is not EMERGENCY (since {@code lbhp-2}); absent otherwise
 * @param reviews the review history, oldest first (therapists only; patients see the status)
 */
record IntakeResponse(
        String id,
        String patientId,
        Instant submittedAt,
        String questionnaireVersion,
        String rulesetVersion,
        Intake.Status status,
        Disposition disposition,
        Disposition currentDisposition,
        List<String> dispositionRules,
        List<Assessment.RedFlag> redFlags,
        List<Assessment.RuleHit> consultationReasons,
        PainSourceView painSource,
        List<Assessment.ConditionFinding> possibleConditions,
        StartBack.Score startBack,
        Oswestry.Score odi,
        List<String> explanation,
        Guidance guidance,
        @Nullable SafetyNet safetyNet,
        Answers answers,
        List<ReviewView> reviews) {

    record PainSourceView(PainSource source, Map<PainSource, List<String>> evidence) {
    }

    /** @param note the therapist's reason; therapists only */
    record ReviewView(Instant reviewedAt, String therapistId, Disposition dispositionBefore,
            Disposition dispositionAfter, boolean override, String note) {

        static ReviewView of(Review review) {
            return new ReviewView(review.reviewedAt(), review.therapist().toString(), review.dispositionBefore(),
                    review.dispositionAfter(), review.isOverride(), review.note());
        }
    }

    static IntakeResponse of(Intake intake, Caller caller) {
        Assessment a = intake.assessment();
        return new IntakeResponse(intake.id().toString(), intake.patient().toString(), intake.submittedAt(),
                a.questionnaireVersion(), a.rulesetVersion(), intake.status(), a.disposition(),
                intake.currentDisposition(), a.dispositionRules(), a.redFlags(), a.consultationReasons(),
                new PainSourceView(a.painSource().source(), a.painSource().evidence()), a.conditions(), a.startBack(),
                a.odi(), a.explanation(), Guidance.forAssessment(intake.currentDisposition(), a),
                a.safetyNet() == null ? null : SafetyNet.forLegSymptoms(a.safetyNet().triggeredBy()), intake.answers(),
                caller.isTherapist() ? intake.reviews().stream().map(ReviewView::of).toList() : null);
    }
}
