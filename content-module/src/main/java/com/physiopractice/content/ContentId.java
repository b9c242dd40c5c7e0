package com.physiopractice.content;

import com.physiopractice.sharedkernel.TypedId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one piece of education content through all its revisions and slugs; a plain UUID string in JSON. */
public record ContentId(@JsonValue UUID value) implements TypedId {

    public ContentId {
        Objects.requireNonNull(value, "ContentId needs a value");
    }

    public static ContentId random() {
        return new ContentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID form; refuses anything else. */
    @JsonCreator
    public static ContentId of(String value) {
        return new ContentId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
