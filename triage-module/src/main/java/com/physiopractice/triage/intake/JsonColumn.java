package com.physiopractice.triage.intake;

import jakarta.persistence.AttributeConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value stored whole, as JSON text, so an intake can be re-evaluated and shown exactly as it was
 * assessed. Text rather than a JSON column type keeps the schema the same on MySQL and MariaDB.
 */
abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Class<T> type;

    JsonColumn(Class<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return JSON.writeValueAsString(value);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        return JSON.readValue(json, type);
    }
}
