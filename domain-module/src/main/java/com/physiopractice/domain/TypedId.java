package com.physiopractice.domain;

import java.util.UUID;

/**
 * An identity with its own type, so that a patient's id can never be passed where a
 * therapist's is expected. Ids travel between modules; entities never do.
 */
public interface TypedId {

    UUID value();

    /**
     * Parses a UUID written in its canonical 36-character form. {@link UUID#fromString}
     * alone accepts shortened forms such as {@code 1-2-3-4-5}, which no client should send.
     */
    static UUID parse(String value) {
        if (value == null || value.length() != 36) {
            throw new IllegalArgumentException("not a UUID: " + value);
        }
        return UUID.fromString(value);
    }
}
