package com.physiopractice.identity.audit;

import java.time.Instant;

/**
 * An audit event as the API shows it.
 *
 * @param actorAccount the account that acted; absent for anonymous attempts
 */
public record AuditEventView(long id, Instant occurredAt, String actorAccount, String actorRole, String action,
        String subjectType, String subjectId, String clientAddress) {
}
