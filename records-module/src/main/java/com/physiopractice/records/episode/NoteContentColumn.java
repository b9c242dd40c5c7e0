package com.physiopractice.records.episode;

import com.physiopractice.records.NoteContent;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** A note's template fields as one JSON text column: the template can grow without a migration per field. */
@Converter
class NoteContentColumn implements AttributeConverter<NoteContent, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(NoteContent content) {
        return JSON.writeValueAsString(content);
    }

    @Override
    public NoteContent convertToEntityAttribute(String json) {
        return JSON.readValue(json, NoteContent.class);
    }
}
