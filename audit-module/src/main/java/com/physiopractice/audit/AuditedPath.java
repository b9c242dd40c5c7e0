package com.physiopractice.audit;

import java.util.regex.Pattern;

/**
 * A request path as the audit trail may keep it: a segment that looks like a secret (a calendar
 * feed's token, a link's token) is replaced by {@code [secret]}, since anyone who can read the
 * trail could otherwise use it. Record ids (UUIDs) stay: they say what was asked for.
 */
public final class AuditedPath {

    /** A request refused for who its caller is (API or page alike); its subject is the audited path. */
    public static final AuditAction ACCESS_DENIED = AuditAction.of("ACCESS_DENIED");

    /** 20 or more URL-safe Base64 or hex characters, perhaps with a file extension. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{20,}(\\.[a-z]{1,5})?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}(\\.[a-z]{1,5})?");

    static final int MAX_LENGTH = 255;

    private AuditedPath() {
    }

    public static String of(String path) {
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (SECRET.matcher(segments[i]).matches() && !UUID.matcher(segments[i]).matches()) {
                segments[i] = "[secret]";
            }
        }
        String audited = String.join("/", segments);
        // The subject column holds 255 characters; a longer path is cut, not refused.
        return audited.length() <= MAX_LENGTH ? audited : audited.substring(0, MAX_LENGTH - 1) + "…";
    }
}
