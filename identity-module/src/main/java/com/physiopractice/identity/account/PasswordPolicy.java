package com.physiopractice.identity.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * NIST 800-63B / OWASP ASVS style password rules: a length between {@value #MIN_LENGTH} and
 * {@value #MAX_LENGTH} characters, no composition rules, and no password that is common, breached
 * or guessable from the person's own details. zxcvbn's bundled frequency lists (common and leaked
 * passwords, names, words) and pattern matching decide "guessable".
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** zxcvbn score 3 means about 10^8 guesses or more: safe against online attacks with throttling. */
    private static final int MIN_SCORE = 3;

    /**
     * Words anyone guessing a password here would try first (OWASP ASVS 6.1.2): the practice, its
     * therapist, what it treats. zxcvbn counts them as weak as a person's own name.
     */
    static final List<String> CONTEXT_WORDS = List.of("physio", "physiotherapy", "physiotherapist", "practice",
            "olivia", "patel", "backpain", "hippain", "sciatica", "consultation");

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Why the password is refused, or {@code null} when it is acceptable. */
    public @Nullable String problemWith(@Nullable String password, @Nullable String... personalDetails) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must have at least " + MIN_LENGTH + " characters";
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return "must have at most " + MAX_LENGTH + " characters";
        }
        List<String> userInputs = new ArrayList<>(CONTEXT_WORDS);
        for (String detail : personalDetails) {
            if (detail != null && !detail.isBlank()) {
                userInputs.add(detail);
                userInputs.addAll(List.of(detail.split("[\\s@._-]+")));
            }
        }
        Strength strength = zxcvbn.measure(password, userInputs);
        if (strength.getScore() < MIN_SCORE) {
            return "is too common or too easy to guess; a few unrelated words make a strong password";
        }
        return null;
    }
}
