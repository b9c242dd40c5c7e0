package com.physiopractice.sharedkernel;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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
    static UUID parse(@Nullable String value) {
        if (value == null || value.length() != 36) {
            throw new InvalidValueException("an id is a UUID such as 3f2b8c1e-7d4a-4e29-9c61-0b5e8a2d4f17");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notHex) {
            throw new InvalidValueException("an id is a UUID such as 3f2b8c1e-7d4a-4e29-9c61-0b5e8a2d4f17");
        }
    }
}
