package com.physiopractice.triage;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The intake questionnaire for pages: answered as a web form sends it (each field's values as
 * text), assessed with the same rules, stored and audited as through the API.
 */
public interface IntakeForms {

    /** The questionnaire new intakes answer. */
    IntakeQuestionnaire questionnaire();

    /** Reads, assesses and stores the answers; never throws for bad answers, it says what is wrong. */
    Submission submit(PatientId patient, Map<String, List<String>> fields);

    /**
     * Checks the answers given so far without storing anything but a safety event: for a
     * questionnaire answered in steps, so that each step's problems are named as it is left and a
     * sign that needs medical care is told at once (and alerts the therapist) with the questions
     * after it still unanswered.
     */
    Submission.Refused check(PatientId patient, Map<String, List<String>> fields);

    /** One of her intakes as her page lists it. */
    record PastIntake(IntakeId id, Instant submittedAt, Disposition disposition) {
    }

    /** Her intakes, newest first (read and audited as through the API). */
    List<PastIntake> mine(PatientId patient);

    /**
     * One of her intakes with its result as she was told it, under its current disposition (after the
     * therapist's review, if she changed it); absent when it is not hers.
     */
    Optional<Submission.Assessed> result(Caller patient, IntakeId intake);

    /** What the patient is told, in plain words, for her result. */
    record Advice(String headline, List<String> advice, String bookingAdvice) {
    }

    sealed interface Submission {

        /**
         * @param bookable whether she may go on to book (not when she needs medical care first)
         * @param safetyNet the warning signs to know, for leg symptoms; absent otherwise
         */
        record Assessed(IntakeId intake, Disposition disposition, boolean bookable, Advice advice,
                List<String> explanation, @Nullable SafetyNet safetyNet) implements Submission {
        }

        /**
         * Nothing was stored (from {@link #check}: no problems and no advice means all is well so far).
         * When the answers that could be read already show a sign that needs
         * medical care, {@code safety} says what to do, first; when the safety questions themselves
         * could not be read, {@code emergencyAdvice} lists what needs emergency care.
         */
        record Refused(List<FieldProblem> problems, @Nullable Advice safety, @Nullable EmergencyAdvice emergencyAdvice)
                implements Submission {
        }
    }
}
