package com.physiopractice.identity.audit;

import com.physiopractice.domain.access.Caller;
import com.physiopractice.domain.audit.AuditAction;
import com.physiopractice.domain.audit.AuditTrail;
import com.physiopractice.identity.token.CallerClaims;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail, kept in the database. Reads, refusals and attempts are written on the trail's own
 * connections and committed at once: they survive when the work they describe fails (an attempt is
 * worth recording too), they can be written while a read-only transaction is open, and they never
 * wait for a connection the audited work holds. A successful change is written in the change's own
 * transaction instead ({@link #recordWithChange}), so the two commit together or not at all.
 */
@Service
public class AuditLog implements AuditTrail {

    private static final String INSERT = "INSERT INTO identity_audit_event (occurred_at, actor_account, actor_role, "
            + "action, subject_type, subject_id, client_address) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final AuditEventRepository events;
    private final AuditConnections connections;
    private final JdbcTemplate changeConnection;
    private final Clock clock;

    AuditLog(AuditEventRepository events, AuditConnections connections, JdbcTemplate changeConnection, Clock clock) {
        this.events = events;
        this.connections = connections;
        this.changeConnection = changeConnection;
        this.clock = clock;
    }

    /** Records an event by whoever is signed in on this request (or an anonymous caller). */
    @Override
    public void record(AuditAction action, String subjectType, String subjectId) {
        recordEach(action, subjectType, java.util.Collections.singletonList(subjectId));
    }

    @Override
    public void recordEach(AuditAction action, String subjectType, java.util.Collection<?> subjectIds) {
        write(connections.jdbc(), currentCaller(), action, subjectType, subjectIds);
    }

    @Override
    public void recordWithChange(AuditAction action, String subjectType, Object subjectId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("recordWithChange needs the change's read-write transaction");
        }
        // The primary JdbcTemplate takes part in the current transaction (its connection is the change's).
        write(changeConnection, currentCaller(), action, subjectType,
                java.util.Collections.singletonList(subjectId));
    }

    /** Records an event by a known caller that is not (yet) in the security context, e.g. at sign-in. */
    public void recordAs(Caller caller, AuditAction action, String subjectType, String subjectId) {
        write(connections.jdbc(), caller, action, subjectType, List.of(subjectId));
    }

    private void write(JdbcTemplate jdbc, Caller caller, AuditAction action, String subjectType,
            java.util.Collection<?> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        String actor = caller == null ? null : caller.account().toString();
        String role = caller == null ? null : caller.role().name();
        // The column is DATETIME in UTC: bind the UTC wall time, whatever the JVM's zone.
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        String address = clientAddress();
        List<Object[]> rows = subjectIds.stream()
                .map(id -> new Object[] {now, actor, role, action.code(), subjectType,
                        AuditEvent.fit(id == null ? null : id.toString()), address})
                .toList();
        jdbc.batchUpdate(INSERT, rows);
    }

    public Page<AuditEventView> find(AuditQuery query, Pageable page) {
        List<Specification<AuditEvent>> filters = new ArrayList<>();
        addEqual(filters, "actorAccount", query.actor());
        addEqual(filters, "action", query.action());
        addEqual(filters, "subjectType", query.subjectType());
        addEqual(filters, "subjectId", query.subjectId());
        if (query.from() != null) {
            filters.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            filters.add((root, q, cb) -> cb.lessThan(root.<Instant>get("occurredAt"), query.to()));
        }
        Specification<AuditEvent> matching = Specification.allOf(filters);
        return events.findAll(matching, page).map(AuditEvent::view);
    }

    private static void addEqual(List<Specification<AuditEvent>> filters, String attribute, String value) {
        if (value != null) {
            filters.add((root, q, cb) -> cb.equal(root.get(attribute), value));
        }
    }

    private static Caller currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return CallerClaims.from(jwt);
        }
        return null;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
