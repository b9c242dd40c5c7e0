package com.physiopractice.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.physiopractice.sharedkernel.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies one outcome measure asked of a patient: requested, then answered once. */
public record MeasureId(@JsonValue UUID value) implements TypedId {

    public MeasureId {
        Objects.requireNonNull(value, "MeasureId needs a value");
    }

    public static MeasureId random() {
        return new MeasureId(UUID.randomUUID());
    }

    @JsonCreator
    public static MeasureId of(String value) {
        return new MeasureId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
