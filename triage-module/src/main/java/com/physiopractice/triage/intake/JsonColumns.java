package com.physiopractice.triage.intake;

import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.Assessment;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers and assessments are stored whole, as JSON text, so an intake can be re-evaluated and
 * shown exactly as it was assessed. Text rather than a JSON column type keeps the schema the same
 * on MySQL and MariaDB.
 */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {
    }

    @Converter
    static class AnswersColumn implements AttributeConverter<Answers, String> {

        @Override
        public String convertToDatabaseColumn(Answers answers) {
            return JSON.writeValueAsString(answers);
        }

        @Override
        public Answers convertToEntityAttribute(String json) {
            return JSON.readValue(json, Answers.class);
        }
    }

    @Converter
    static class AssessmentColumn implements AttributeConverter<Assessment, String> {

        @Override
        public String convertToDatabaseColumn(Assessment assessment) {
            return JSON.writeValueAsString(assessment);
        }

        @Override
        public Assessment convertToEntityAttribute(String json) {
            return JSON.readValue(json, Assessment.class);
        }
    }
}
