package com.physiopractice.triage.intake;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value stored whole, as JSON text, so an intake can be re-evaluated and shown exactly as it was
 * assessed. Text rather than a JSON column type keeps the schema the same on MySQL and MariaDB.
 */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JavaType type;

    protected JsonColumn(Class<T> type) {
        this.type = JSON.constructType(type);
    }

    /** For a generic type such as {@code List<RedFlag>}. */
    protected JsonColumn(TypeReference<T> type) {
        this.type = JSON.constructType(type);
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
