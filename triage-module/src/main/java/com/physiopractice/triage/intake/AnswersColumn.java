package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Answers;
import jakarta.persistence.Converter;

/** The answers as the patient gave them. */
@Converter
class AnswersColumn extends JsonColumn<Answers> {

    AnswersColumn() {
        super(Answers.class);
    }
}
