package com.physiopractice.people.person;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Phone numbers as the practice keeps them: optional, international (E.164-like) form with
 * spaces, dashes and brackets removed, so the therapist can dial them from anywhere.
 */
public final class PhoneNumber {

    private static final Pattern INTERNATIONAL = Pattern.compile("\\+?[0-9]{6,15}");

    private PhoneNumber() {
    }

    /** {@code null} for no number; otherwise the digits (with a leading '+', if given). */
    public static @Nullable String normalize(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String compact = phone.replaceAll("[\\s().-]", "");
        if (!INTERNATIONAL.matcher(compact).matches()) {
            throw new InvalidValueException("a phone number has 6 to 15 digits, optionally after a '+'");
        }
        return compact;
    }
}
