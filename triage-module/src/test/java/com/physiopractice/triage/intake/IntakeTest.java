package com.physiopractice.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.modulith.test.AggregateTestUtils.eventsOf;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeReviewed;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.FormReader;
import com.physiopractice.triage.rules.Ruleset;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An intake's life: assessed once and for ever, reviewed by the therapist, overridden only with a note. */
class IntakeTest {

    private static final Instant SUBMITTED = Instant.parse("2027-01-12T14:00:00Z");
    private static final TherapistId THERAPIST = TherapistId.random();

    private static Intake submitted(SafetyQuestion... yes) {
        Answers answers = FormReader.read("lbhp-2", SubmittedAnswers.mildLowBackAcheWith(yes)).answers();
        return Intake.submit(IntakeId.random(), PatientId.random(), answers,
                Ruleset.LBHP_2.assess(answers, LocalDate.of(1985, 6, 15), LocalDate.of(2027, 1, 12)), SUBMITTED);
    }

    @Test
    void aSubmittedIntakeAwaitsReviewWithTheDispositionTheRulesGave() {
        Intake intake = submitted(SafetyQuestion.SADDLE_NUMBNESS);

        assertThat(intake.status()).isEqualTo(Intake.Status.AWAITING_REVIEW);
        assertThat(intake.currentDisposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(eventsOf(intake).ofType(IntakeAssessed.class)
                .matching(event -> event.disposition() == Disposition.EMERGENCY)).hasSize(1);
    }

    @Test
    void confirmingKeepsTheDispositionAndNeedsNoNote() {
        Intake intake = submitted(SafetyQuestion.FEVER_OR_CHILLS);

        intake.review(THERAPIST, null, null, SUBMITTED.plusSeconds(600));

        assertThat(intake.status()).isEqualTo(Intake.Status.REVIEWED);
        assertThat(intake.currentDisposition()).isEqualTo(Disposition.URGENT_MEDICAL);
        assertThat(intake.reviews()).singleElement().satisfies(review -> assertThat(review.isOverride()).isFalse());
        assertThat(eventsOf(intake).ofType(IntakeReviewed.class).matching(event -> !event.overridden())).hasSize(1);
    }

    @Test
    void anOverrideNeedsANoteAndLeavesTheAssessmentAsItWas() {
        Intake intake = submitted(SafetyQuestion.FEVER_OR_CHILLS);

        assertThatThrownBy(() -> intake.review(THERAPIST, Disposition.PHYSIO_CONSULTATION, "  ", SUBMITTED))
                .isInstanceOf(InvalidInputException.class);
        assertThat(intake.reviews()).isEmpty();

        intake.review(THERAPIST, Disposition.PHYSIO_CONSULTATION, "Seen by her GP: no infection.", SUBMITTED.plusSeconds(60));

        assertThat(intake.currentDisposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
        assertThat(intake.assessment().disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
        assertThat(intake.reviews()).singleElement().satisfies(review -> {
            assertThat(review.dispositionBefore()).isEqualTo(Disposition.URGENT_MEDICAL);
            assertThat(review.note()).isEqualTo("Seen by her GP: no infection.");
        });
        assertThat(eventsOf(intake).ofType(IntakeReviewed.class).matching(IntakeReviewed::overridden)).hasSize(1);
    }

    @Test
    void everyReviewIsKeptInOrderAndANoteHasALimit() {
        Intake intake = submitted();
        intake.review(THERAPIST, Disposition.PHYSIO_CONSULTATION, "Worse since yesterday.", SUBMITTED.plusSeconds(60));
        intake.review(THERAPIST, Disposition.SELF_CARE, "Settled on the phone.", SUBMITTED.plusSeconds(120));

        assertThat(intake.reviews()).extracting(Review::dispositionAfter)
                .containsExactly(Disposition.PHYSIO_CONSULTATION, Disposition.SELF_CARE);
        assertThatThrownBy(() -> intake.review(THERAPIST, null, "x".repeat(Intake.MAX_NOTE_LENGTH + 1), SUBMITTED))
                .isInstanceOf(InvalidInputException.class);
    }
}
