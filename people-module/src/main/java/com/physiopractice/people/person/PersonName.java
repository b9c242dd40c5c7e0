package com.physiopractice.people.person;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The rules every person's name in the practice follows. */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** The name, trimmed; refuses blank names and names too long to show on a schedule. */
    public static String require(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("a name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException("a name has at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }

    /**
     * Initials such as "J. D." for "Jane Doe": enough for the therapist to recognise an entry in a
     * calendar that other apps may sync or show, without writing the full name there.
     */
    public static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.append(initials.isEmpty() ? "" : " ").append(part.substring(0, part.offsetByCodePoints(0, 1))
                        .toUpperCase(Locale.ROOT)).append('.');
            }
        }
        return initials.toString();
    }
}
