package com.physiopractice.records.measure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A measure's answers as given, by question field, in one JSON text column. */
@Converter
class AnswersColumn implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(Map<String, String> answers) {
        return JSON.writeValueAsString(answers);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
