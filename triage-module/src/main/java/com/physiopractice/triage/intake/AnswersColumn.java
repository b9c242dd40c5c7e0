package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Answers;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers are stored whole, as JSON text, so an intake can be re-evaluated and shown exactly
 * as it was assessed. Text rather than a JSON column type keeps the schema the same on MySQL and
 * MariaDB.
 */
@Converter
class AnswersColumn implements AttributeConverter<Answers, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Answers answers) {
        return JSON.writeValueAsString(answers);
    }

    @Override
    public Answers convertToEntityAttribute(String json) {
        return JSON.readValue(json, Answers.class);
    }
}
