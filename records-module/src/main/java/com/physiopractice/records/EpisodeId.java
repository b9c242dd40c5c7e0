package com.physiopractice.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.physiopractice.sharedkernel.TypedId;
import java.util.Objects;
import java.util.UUID;

/** Identifies an episode of care: one problem of one patient, from the first consultation to discharge. */
public record EpisodeId(@JsonValue UUID value) implements TypedId {

    public EpisodeId {
        Objects.requireNonNull(value, "EpisodeId needs a value");
    }

    public static EpisodeId random() {
        return new EpisodeId(UUID.randomUUID());
    }

    @JsonCreator
    public static EpisodeId of(String value) {
        return new EpisodeId(TypedId.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
