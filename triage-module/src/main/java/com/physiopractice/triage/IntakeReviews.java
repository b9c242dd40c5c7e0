package com.physiopractice.triage;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The therapist's review of intake forms for her workspace pages: the queue, one intake laid out as
 * she reads it, and her review. Therapists only; read, audited and reviewed as through the API. A
 * bad review (an override without a note) is an {@code InvalidInputException} naming the field.
 */
public interface IntakeReviews {

    /** One intake as the queue lists it. */
    record QueuedIntake(IntakeId id, PatientId patient, Instant submittedAt, Disposition assessed,
            Disposition current, boolean reviewed, int redFlags) {
    }

    /**
     * Most urgent first (by the disposition that applies now), oldest first within each urgency.
     *
     * @param awaitingOnly only those nobody has reviewed yet
     * @param page from 0, of {@code size} intakes each
     */
    List<QueuedIntake> queue(Caller therapist, boolean awaitingOnly, int page, int size);

    /** A patient's intakes, newest first. */
    List<QueuedIntake> ofPatient(Caller therapist, PatientId patient);

    /** One intake as she reviews it; absent when there is no such intake. */
    Optional<IntakeRecord> intake(Caller therapist, IntakeId id);

    /**
     * @param redFlags the safety rules that fired, each with the questions behind it
     * @param sections every question in the questionnaire's order and grouping, with the answer given;
     *        the sections holding a red-flag answer come first
     * @param scores the scored instruments answered (STarT Back, ODI) with their bands
     * @param explanation the assessment's reasons in plain words, as the patient was told them
     * @param reviews oldest first
     */
    /**
     * Every intake of one patient as she answered it, newest first, each read audited: for the
     * patient herself (none for another patient) or a therapist, as her copy of her record.
     */
    List<IntakeRecord> answeredBy(Caller caller, PatientId patient);

    record IntakeRecord(IntakeId id, PatientId patient, Instant submittedAt, String questionnaireVersion,
            String rulesetVersion, Disposition assessed, Disposition current, boolean reviewed, List<Flag> redFlags,
            List<AnsweredSection> sections, List<Score> scores, List<String> explanation, List<ReviewEntry> reviews) {
    }

    /** @param questions the text of each question whose answer fired it */
    record Flag(String rule, String category, Disposition disposition, List<String> questions) {
    }

    record AnsweredSection(String code, String title, List<AnsweredQuestion> questions) {
    }

    /**
     * @param answer the labels of what was chosen, or the number given; empty when not answered
     * @param redFlag whether this answer fired a safety rule
     */
    record AnsweredQuestion(String field, String text, List<String> answer, boolean redFlag) {
    }

    /** @param instrument {@code START_BACK} or {@code ODI} @param value for example "5 of 9" or "34%" */
    record Score(String instrument, String value, String band) {
    }

    record ReviewEntry(Instant at, TherapistId therapist, Disposition before, Disposition after, boolean override,
            @Nullable String note) {
    }

    /**
     * Her review: confirms the current disposition ({@code override} null) or changes it, with a note
     * (required to change it).
     *
     * @param reviewsSeen how many reviews the intake had on the page she answered: when it has more now,
     *        this is a second click of the same review and nothing is added
     */
    Reviewed review(Caller therapist, IntakeId id, @Nullable Disposition override, @Nullable String note,
            int reviewsSeen);

    /** Whose intake it is, for the page's answer, and whether the review was added. */
    record Reviewed(PatientId patient, boolean added) {
    }
}
