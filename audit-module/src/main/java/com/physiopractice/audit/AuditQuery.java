package com.physiopractice.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Filters of an audit trail search; each is optional. {@code to} is exclusive. */
public record AuditQuery(@Nullable String actor, @Nullable String action, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable Instant from, @Nullable Instant to) {
}
