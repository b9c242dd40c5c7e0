package com.physiopractice.content.editorial;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/**
 * Tags and keywords as one comma-separated column: short lists that are read and written whole,
 * and that the database can match with FIND_IN_SET and FULLTEXT. Commas are refused on input.
 */
@Converter
public class TextListColumn implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
