package com.physiopractice.audit.log;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How long the trail keeps its lines: six years by default (the span health-care records rules
 * commonly ask audit records to be kept), then they are deleted, a batch at a time so no delete
 * holds locks for long. Deleting what is already gone is harmless, so every node may run it.
 * <p>
 * Where the application's own database account may only read and add to the trail (the schema's
 * owner migrates, {@code spring.flyway.user}), the deleting is done as the owner: nothing the
 * application does at a request's bidding can remove a line.
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final int BATCH = 10_000;

    private final AuditConnectionPool connections;
    private final Duration retention;
    private final Clock clock;

    private final @Nullable DataSource owner;

    AuditRetention(AuditConnectionPool connections, @Value("${practice.audit.retention:2192d}") Duration retention,
            Clock clock, Environment environment) {
        this.connections = connections;
        this.retention = retention;
        this.clock = clock;
        String ownerUser = environment.getProperty("spring.flyway.user");
        String url = environment.getProperty("spring.flyway.url", environment.getProperty("spring.datasource.url", ""));
        this.owner = ownerUser == null || ownerUser.isBlank() || url.isBlank() ? null
                : new DriverManagerDataSource(url, ownerUser, environment.getProperty("spring.flyway.password", ""));
    }

    /**
     * Deletes the lines older than the retention period; returns how many went. Only from the
     * start of the hash chain: the oldest sealed lines up to the first one still to be kept, so the
     * chain stays whole (a line removed from its middle is what tampering looks like).
     */
    @Scheduled(cron = "${practice.audit.retention-check:0 17 3 * * *}", zone = "UTC")
    public int deleteExpired() {
        LocalDateTime before = LocalDateTime.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        Long keepFrom = connections.jdbc().queryForObject(
                "SELECT COALESCE(MIN(seal_seq), (SELECT COALESCE(MAX(seal_seq), 0) + 1 FROM audit_event)) "
                        + "FROM audit_event WHERE seal_seq IS NOT NULL AND occurred_at >= ?", Long.class, before);
        int deleted = 0;
        int batch;
        do {
            batch = deleting().update("DELETE FROM audit_event WHERE seal_seq < ? AND occurred_at < ? ORDER BY seal_seq "
                    + "LIMIT " + BATCH, keepFrom, before);
            deleted += batch;
        } while (batch == BATCH);
        if (deleted > 0) {
            log.info("Audit trail: {} line(s) older than {} deleted", deleted, retention);
        }
        return deleted;
    }

    private JdbcTemplate deleting() {
        return owner == null ? connections.jdbc() : new JdbcTemplate(owner);
    }
}
