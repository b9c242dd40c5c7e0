package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Assessment;
import jakarta.persistence.Converter;

/** The assessment exactly as the ruleset made it. */
@Converter
class AssessmentColumn extends JsonColumn<Assessment> {

    AssessmentColumn() {
        super(Assessment.class);
    }
}
