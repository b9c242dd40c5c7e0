package com.physiopractice.identity.audit;

import java.time.Instant;

/** Filters of an audit trail search; each is optional. {@code to} is exclusive. */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from,
        Instant to) {
}
