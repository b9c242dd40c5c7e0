package com.physiopractice.people.person;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The rules every person's name in the practice follows. */
public final class PersonName {

    public static final int MAX_LENGTH = 200;

    private PersonName() {
    }

    /**
     * The name, trimmed; refuses blank names, names too long to show on a schedule, and names with
     * characters that are not text (see {@link #requirePrintable}).
     */
    public static String require(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("a name is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidValueException("a name has at most " + MAX_LENGTH + " characters");
        }
        return requirePrintable(trimmed, "a name");
    }

    /**
     * Refuses control characters (a line break in a name would split a calendar line or an email
     * header), format characters (bidirectional overrides make a name read differently from what it
     * is: "Dr. Patel" can be made to look like anyone), line and paragraph separators, and unpaired
     * surrogates. The zero-width joiner and non-joiner stay: names in Persian and Indic scripts
     * need them to be spelt right.
     */
    public static String requirePrintable(String text, String what) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean joiner = codePoint == 0x200C || codePoint == 0x200D;
            if (!joiner && (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
                throw new InvalidValueException(what + " may not contain the invisible or control character U+"
                        + String.format(Locale.ROOT, "%04X", codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return text;
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
