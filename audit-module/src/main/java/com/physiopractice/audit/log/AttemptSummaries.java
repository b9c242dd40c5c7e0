package com.physiopractice.audit.log;

import com.physiopractice.audit.AuditAction;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Attempts by callers who are not signed in, counted in memory and written a few seconds later as
 * one line per action, subject, client address and minute. A flood of rejected tokens or wrong
 * passwords then costs the trail one write per line and flush on one connection, instead of a
 * synchronous write per request on the pool that health-data reads share. The number of distinct
 * lines waiting is bounded; beyond it, attempts are counted per action and minute only, so memory
 * stays bounded and no attempt goes uncounted.
 */
@Component
class AttemptSummaries {

    private static final Logger log = LoggerFactory.getLogger(AttemptSummaries.class);
    static final int MAX_WAITING_LINES = 10_000;
    static final String MANY = "[many]";

    /** One line to be: the minute is its time. */
    record Line(Instant minute, String action, String subjectType, @Nullable String subjectId,
            @Nullable String clientAddress) {
    }

    private final Map<Line, AtomicInteger> waiting = new ConcurrentHashMap<>();
    private final AuditConnectionPool connections;
    private final Clock clock;

    AttemptSummaries(AuditConnectionPool connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    void count(AuditAction action, String subjectType, @Nullable String subjectId, @Nullable String clientAddress) {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Line line = new Line(minute, action.code(), subjectType, subjectId, clientAddress);
        if (!waiting.containsKey(line) && waiting.size() >= MAX_WAITING_LINES) {
            line = new Line(minute, action.code(), subjectType, MANY, MANY);
        }
        waiting.computeIfAbsent(line, ignored -> new AtomicInteger()).incrementAndGet();
    }

    /** Writes what is waiting; runs every few seconds, and at shutdown. */
    @Scheduled(fixedDelayString = "${practice.audit.attempt-flush-interval:2s}")
    void flush() {
        List<Object[]> rows = new ArrayList<>();
        for (Line line : List.copyOf(waiting.keySet())) {
            AtomicInteger count = waiting.remove(line);
            if (count != null && count.get() > 0) {
                rows.add(new Object[] {LocalDateTime.ofInstant(line.minute(), ZoneOffset.UTC), line.action(),
                        line.subjectType(), line.subjectId(), line.clientAddress(), count.get()});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            connections.jdbc().batchUpdate("INSERT INTO audit_event (occurred_at, actor_account, actor_role, action, "
                    + "subject_type, subject_id, client_address, occurrences) VALUES (?, NULL, NULL, ?, ?, ?, ?, ?)", rows);
        } catch (RuntimeException failed) {
            // Counted again for the next flush rather than lost: the trail must not have holes.
            log.warn("Audit attempt summaries not written yet ({} lines), trying again", rows.size());
            for (Object[] row : rows) {
                Line line = new Line(((LocalDateTime) row[0]).toInstant(ZoneOffset.UTC), (String) row[1],
                        (String) row[2], (String) row[3], (String) row[4]);
                waiting.computeIfAbsent(line, ignored -> new AtomicInteger()).addAndGet((Integer) row[5]);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void flushAtShutdown() {
        flush();
    }
}
