package com.physiopractice.sharedkernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secret values the practice hands out (refresh tokens, calendar feed addresses, video rooms) and
 * the one-way form in which it keeps them, made the same way everywhere.
 */
public final class SecretToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    public static String urlSafeToken(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    /** {@code bytes} random bytes as lower-case hex. */
    public static String hexToken(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }

    /** The SHA-256 of the UTF-8 text, as lower-case hex: what is stored instead of a token. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
