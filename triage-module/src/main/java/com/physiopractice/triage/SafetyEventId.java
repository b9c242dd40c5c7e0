package com.physiopractice.triage;

import com.physiopractice.sharedkernel.TypedId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a safety event: emergency or urgent signs found in a form that was refused or in a check-in. */
public record SafetyEventId(@JsonValue UUID value) implements TypedId {

    public SafetyEventId {
        Objects.requireNonNull(value, "SafetyEventId needs a value");
    }

    public static SafetyEventId random() {
        return new SafetyEventId(UUID.randomUUID());
    }

    @JsonCreator
    public static SafetyEventId of(String value) {
        return new SafetyEventId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
