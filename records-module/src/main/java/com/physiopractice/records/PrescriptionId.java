package com.physiopractice.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.physiopractice.sharedkernel.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies one exercise of a home exercise programme, with its dose. */
public record PrescriptionId(@JsonValue UUID value) implements TypedId {

    public PrescriptionId {
        Objects.requireNonNull(value, "PrescriptionId needs a value");
    }

    public static PrescriptionId random() {
        return new PrescriptionId(UUID.randomUUID());
    }

    @JsonCreator
    public static PrescriptionId of(String value) {
        return new PrescriptionId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
