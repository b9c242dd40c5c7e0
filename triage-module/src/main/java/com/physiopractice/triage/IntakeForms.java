package com.physiopractice.triage;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import java.util.List;
import java.util.Map;
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
         * Nothing was stored. When the answers that could be read already show a sign that needs
         * medical care, {@code safety} says what to do, first; when the safety questions themselves
         * could not be read, {@code emergencyAdvice} lists what needs emergency care.
         */
        record Refused(List<FieldProblem> problems, @Nullable Advice safety, @Nullable EmergencyAdvice emergencyAdvice)
                implements Submission {
        }
    }
}
