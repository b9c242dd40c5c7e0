package com.physiopractice.sharedkernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a patient of the practice. */
public record PatientId(@JsonValue UUID value) implements TypedId {

    public PatientId {
        Objects.requireNonNull(value, "PatientId needs a value");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; refuses anything else. */
    @JsonCreator
    public static PatientId of(String value) {
        return new PatientId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
