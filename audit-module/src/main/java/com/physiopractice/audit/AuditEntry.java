package com.physiopractice.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail, as an administrator reads it.
 *
 * @param actorAccount the account that acted; absent for anonymous attempts
 * @param occurrences how many times it happened: more than one only for attempts by callers not
 *        signed in, summarised per minute ({@code occurredAt} is then the start of that minute)
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable String actorAccount, @Nullable String actorRole,
        String action, @Nullable String subjectType, @Nullable String subjectId, @Nullable String clientAddress,
        int occurrences) {
}
