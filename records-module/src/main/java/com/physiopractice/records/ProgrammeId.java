package com.physiopractice.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.physiopractice.sharedkernel.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a home exercise programme of an episode. */
public record ProgrammeId(@JsonValue UUID value) implements TypedId {

    public ProgrammeId {
        Objects.requireNonNull(value, "ProgrammeId needs a value");
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID());
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
