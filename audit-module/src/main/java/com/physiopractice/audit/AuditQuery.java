package com.physiopractice.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of an audit trail search; each is optional. {@code to} is exclusive. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {

    /** Who searched the trail, and for what, is itself in the trail: this action, {@link #describe()} its subject. */
    public static final AuditAction AUDIT_SEARCHED = AuditAction.of("AUDIT_SEARCHED");

    /** The filters given, e.g. {@code action=SIGN_IN_FAILED subjectType=ACCOUNT}, at most 255 characters. */
    public String describe() {
        StringBuilder filters = new StringBuilder();
        appendFilter(filters, "actor", actor);
        appendFilter(filters, "action", action);
        appendFilter(filters, "subjectType", subjectType);
        appendFilter(filters, "subjectId", subjectId);
        appendFilter(filters, "from", from);
        appendFilter(filters, "to", to);
        String described = filters.isEmpty() ? "all" : filters.toString();
        return described.length() <= 255 ? described : described.substring(0, 254) + "…";
    }

    private static void appendFilter(StringBuilder filters, String name, @Nullable Object value) {
        if (value != null) {
            filters.append(filters.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
