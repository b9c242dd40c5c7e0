package com.physiopractice.triage;

import com.physiopractice.sharedkernel.TypedId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a submitted intake form. */
public record IntakeId(@JsonValue UUID value) implements TypedId {

    public IntakeId {
        Objects.requireNonNull(value, "IntakeId needs a value");
    }

    public static IntakeId random() {
        return new IntakeId(UUID.randomUUID());
    }

    @JsonCreator
    public static IntakeId of(String value) {
        return new IntakeId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
