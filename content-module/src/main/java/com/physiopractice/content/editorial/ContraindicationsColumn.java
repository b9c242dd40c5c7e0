package com.physiopractice.content.editorial;

import com.physiopractice.content.Contraindication;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** An exercise's contraindications as one comma-separated column of codes. */
@Converter
public class ContraindicationsColumn implements AttributeConverter<Set<Contraindication>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Contraindication> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Contraindication> convertToEntityAttribute(String column) {
        if (column == null || column.isEmpty()) {
            return Set.of();
        }
        EnumSet<Contraindication> codes = EnumSet.noneOf(Contraindication.class);
        Arrays.stream(column.split(",")).map(Contraindication::valueOf).forEach(codes::add);
        return codes;
    }
}
