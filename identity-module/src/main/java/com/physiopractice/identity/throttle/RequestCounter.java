package com.physiopractice.identity.throttle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts requests in fixed windows, in the database: one upsert and one read per counted request,
 * atomic per row, so parallel requests on any number of nodes never count the same hit twice or
 * lose one.
 */
@Component
public class RequestCounter {

    /** The longest window any limit uses; counts older than this are deleted. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RequestCounter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Counts one request and says how long to wait when it is over the limit.
     *
     * @return zero when the request may go on; otherwise the time until the window ends
     */
    public Duration count(String limit, String key, int allowed, Duration window) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        Integer hits = transactions.execute(status -> {
            jdbc.update("INSERT INTO identity_rate_limit (limit_name, key_value, window_start, hits) VALUES (?, ?, ?, 1) "
                    + "ON DUPLICATE KEY UPDATE hits = hits + 1", limit, key, Timestamp.from(windowStart));
            return jdbc.queryForObject("SELECT hits FROM identity_rate_limit WHERE limit_name = ? AND key_value = ? "
                    + "AND window_start = ?", Integer.class, limit, key, Timestamp.from(windowStart));
        });
        if (hits == null || hits <= allowed) {
            return Duration.ZERO;
        }
        return Duration.between(now, windowStart.plus(window));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    public void forgetOldWindows() {
        jdbc.update("DELETE FROM identity_rate_limit WHERE window_start < ?",
                Timestamp.from(clock.instant().minus(LONGEST_WINDOW.multipliedBy(2))));
    }
}
