package com.physiopractice.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.physiopractice.sharedkernel.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies a clinical note of a consultation. */
public record NoteId(@JsonValue UUID value) implements TypedId {

    public NoteId {
        Objects.requireNonNull(value, "NoteId needs a value");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    @JsonCreator
    public static NoteId of(String value) {
        return new NoteId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
