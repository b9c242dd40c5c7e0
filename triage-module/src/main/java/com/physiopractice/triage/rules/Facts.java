package com.physiopractice.triage.rules;

import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import com.physiopractice.triage.rules.AnswerCode.Trigger;

/**
 * Complete answers with the two ages the rules need: the age on the assessment date, and the age
 * when the pain began (the assessment date less {@code durationDays}), which only the
 * inflammatory back pain screen uses.
 */
record Facts(Answers answers, int age, int ageAtOnset) {

    boolean yes(SafetyQuestion question) {
        return answers.says(question);
    }

    boolean fellOrTrauma() {
        return answers.triggers().contains(Trigger.FALL_OR_TRAUMA);
    }

    /** The answer code a red flag names for a safety question answered yes. */
    static String safety(SafetyQuestion question) {
        return "safety:" + question.name();
    }
}
