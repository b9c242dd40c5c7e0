package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Assessment;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** The assessment is stored whole, as JSON text, exactly as the ruleset made it (see {@link AnswersColumn}). */
@Converter
class AssessmentColumn implements AttributeConverter<Assessment, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Assessment assessment) {
        return JSON.writeValueAsString(assessment);
    }

    @Override
    public Assessment convertToEntityAttribute(String json) {
        return JSON.readValue(json, Assessment.class);
    }
}
