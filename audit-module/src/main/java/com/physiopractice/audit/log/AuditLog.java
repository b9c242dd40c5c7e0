package com.physiopractice.audit.log;

import com.physiopractice.audit.Actor;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditEntry;
import com.physiopractice.audit.AuditQuery;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.audit.ChainVerification;
import com.physiopractice.audit.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
class AuditLog implements AuditTrail {

    private static final String INSERT = "INSERT INTO audit_event (occurred_at, actor_account, actor_role, "
            + "action, subject_type, subject_id, client_address) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final AuditEvents events;
    private final AuditConnectionPool connections;
    private final JdbcTemplate changeConnection;
    private final CurrentActor currentActor;
    private final Clock clock;

    private final AttemptSummaries attempts;
    private final AuditChain chain;

    AuditLog(AuditEvents events, AuditConnectionPool connections, JdbcTemplate changeConnection,
            ObjectProvider<CurrentActor> currentActor, AttemptSummaries attempts, AuditChain chain, Clock clock) {
        this.attempts = attempts;
        this.chain = chain;
        this.events = events;
        this.connections = connections;
        this.changeConnection = changeConnection;
        this.currentActor = currentActor.getIfAvailable(() -> Optional::empty);
        this.clock = clock;
    }

    @Override
    public void recordEach(AuditAction action, String subjectType, Collection<?> subjectIds) {
        write(connections.jdbc(), currentActor.find().orElse(null), action, subjectType, subjectIds);
    }

    @Override
    public void recordWithChange(AuditAction action, String subjectType, Object subjectId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("recordWithChange needs the change's read-write transaction");
        }
        // The primary JdbcTemplate takes part in the current transaction (its connection is the change's).
        write(changeConnection, currentActor.find().orElse(null), action, subjectType, List.of(subjectId));
    }

    @Override
    public void recordAs(Actor actor, AuditAction action, String subjectType, String subjectId) {
        write(connections.jdbc(), actor, action, subjectType, List.of(subjectId));
    }

    @Override
    public ChainVerification verifyChain() {
        return chain.verify();
    }

    @Override
    public void recordAttempt(AuditAction action, String subjectType, @Nullable Object subjectId) {
        attempts.count(action, subjectType, subjectId == null ? null : AuditEvent.fit(subjectId.toString()),
                clientAddress());
    }

    private void write(JdbcTemplate jdbc, @Nullable Actor actor, AuditAction action, String subjectType,
            Collection<?> subjectIds) {
        if (subjectIds.isEmpty()) {
            return;
        }
        // The column is DATETIME in UTC: bind the UTC wall time, whatever the JVM's zone.
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String address = clientAddress();
        List<Object[]> rows = subjectIds.stream()
                .map(id -> new Object[] {now, actor == null ? null : actor.account(), actor == null ? null : actor.role(),
                        action.code(), subjectType, AuditEvent.fit(id == null ? null : id.toString()), address})
                .toList();
        jdbc.batchUpdate(INSERT, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable page) {
        List<Specification<AuditEvent>> filters = new ArrayList<>();
        addEqual(filters, "actorAccount", query.actor());
        addEqual(filters, "action", query.action());
        addEqual(filters, "subjectType", query.subjectType());
        addEqual(filters, "subjectId", query.subjectId());
        Instant from = query.from();
        if (from != null) {
            filters.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.<Instant>get("occurredAt"), from));
        }
        Instant to = query.to();
        if (to != null) {
            filters.add((root, q, cb) -> cb.lessThan(root.<Instant>get("occurredAt"), to));
        }
        return events.findAll(Specification.allOf(filters), page).map(AuditEvent::view);
    }

    private static void addEqual(List<Specification<AuditEvent>> filters, String attribute, @Nullable String value) {
        if (value != null) {
            filters.add((root, q, cb) -> cb.equal(root.get(attribute), value));
        }
    }

    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
