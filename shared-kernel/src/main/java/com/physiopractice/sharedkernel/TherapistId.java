package com.physiopractice.sharedkernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a therapist of the practice. */
public record TherapistId(@JsonValue UUID value) implements TypedId {

    public TherapistId {
        Objects.requireNonNull(value, "TherapistId needs a value");
    }

    public static TherapistId random() {
        return new TherapistId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; refuses anything else. */
    @JsonCreator
    public static TherapistId of(String value) {
        return new TherapistId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
