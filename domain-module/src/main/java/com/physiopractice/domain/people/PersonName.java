package com.physiopractice.domain.people;

/** The rules every person's name in the practice follows. */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /** The name, trimmed; refuses blank names and names too long to show on a schedule. */
    public static String require(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a name has at most " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
