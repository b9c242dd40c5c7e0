package com.physiopractice.identity.web;

import com.physiopractice.audit.AuditEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audit event as the API shows it.
 *
 * @param actorAccount the account that acted; absent for anonymous attempts
 * @param occurrences attempts by callers not signed in are one line a minute with their number
 */
record AuditEventView(long id, Instant occurredAt, @Nullable String actorAccount, @Nullable String actorRole,
        String action, @Nullable String subjectType, @Nullable String subjectId, @Nullable String clientAddress,
        int occurrences) {

    static AuditEventView of(AuditEntry entry) {
        return new AuditEventView(entry.id(), entry.occurredAt(), entry.actorAccount(), entry.actorRole(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.clientAddress(), entry.occurrences());
    }
}
