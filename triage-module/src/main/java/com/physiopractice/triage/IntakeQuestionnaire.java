package com.physiopractice.triage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The intake questionnaire as any front end renders it: sections, questions with their field
 * names, allowed answers, required flags and help text, and the notices of the scored instruments.
 *
 * @param version the questionnaire's version ({@code lbhp-2}...)
 * @param rulesetVersion the ruleset that assesses its answers
 */
public record IntakeQuestionnaire(String version, String rulesetVersion, String title, List<Section> sections) {

    /** @param copyright the notice a licensed instrument must be shown with */
    public record Section(String code, String title, @Nullable String help, List<Question> questions,
            @Nullable String copyright) {
    }

    /**
     * @param type SINGLE_CHOICE, MULTIPLE_CHOICE, INTEGER, YES_NO, AGREE_DISAGREE or SCALE_0_TO_5
     * @param field the answer's place in the form ({@code safety.SADDLE_NUMBNESS}, {@code odi[3]})
     */
    public record Question(String field, String type, boolean required, String text, @Nullable String help,
            List<Option> options, @Nullable Integer min, @Nullable Integer max) {
    }

    public record Option(String code, String label) {
    }
}
