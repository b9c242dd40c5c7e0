package com.physiopractice.notification.admin;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.notification.DeliveryOutbox;
import java.util.Set;
import org.springframework.modulith.events.IncompleteEventPublications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event publications not completed yet, read from Spring Modulith's registry table (its API
 * can resubmit them but does not list them with their listener and attempts), and resubmitted
 * through that API.
 */
@Component
class OutboxReader implements DeliveryOutbox {

    static final AuditAction NOTIFICATIONS_RESUBMITTED = AuditAction.of("NOTIFICATIONS_RESUBMITTED");

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final AuditTrail audit;

    OutboxReader(JdbcClient jdbc, IncompleteEventPublications incomplete, AuditTrail audit) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.audit = audit;
    }

    @Override
    public void resubmit(Set<UUID> ids) {
        if (ids.isEmpty()) {
            audit.record(NOTIFICATIONS_RESUBMITTED, "DELIVERY", "ALL");
        } else {
            audit.recordEach(NOTIFICATIONS_RESUBMITTED, "DELIVERY", ids);
        }
        incomplete.resubmitIncompletePublications(publication -> ids.isEmpty() || ids.contains(publication.getIdentifier()));
    }

    @Override
    public List<PendingDelivery> pending(int limit) {
        return jdbc.sql("""
                SELECT ID, EVENT_TYPE, LISTENER_ID, STATUS, COMPLETION_ATTEMPTS, PUBLICATION_DATE, LAST_RESUBMISSION_DATE
                FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL ORDER BY PUBLICATION_DATE LIMIT ?""").param(limit)
                .query((row, number) -> new PendingDelivery(UUID.fromString(row.getString("ID")),
                        simpleName(row.getString("EVENT_TYPE")), listener(row.getString("LISTENER_ID")),
                        row.getString("STATUS"), row.getInt("COMPLETION_ATTEMPTS"), instant(row.getTimestamp("PUBLICATION_DATE")),
                        instant(row.getTimestamp("LAST_RESUBMISSION_DATE"))))
                .list();
    }

    private static String simpleName(String type) {
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }

    private static String listener(String id) {
        int paren = id.indexOf('(');
        String method = paren > 0 ? id.substring(0, paren) : id;
        String[] parts = method.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
