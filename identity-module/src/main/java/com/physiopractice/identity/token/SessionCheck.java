package com.physiopractice.identity.token;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a session is still going, asked on every authenticated request. One indexed read in
 * autocommit mode: going through a JPA repository wrapped it in a read-only transaction (an entity
 * manager, and switching autocommit off and on around the query), several round trips per request
 * while every request held a pool connection for it.
 */
@Component
class SessionCheck {

    private final JdbcClient jdbc;

    SessionCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isActive(UUID session, Instant now) {
        // DATETIME columns hold UTC wall time.
        // The account is asked too: a disabled account is refused even if a session of it were left.
        return jdbc.sql("SELECT 1 FROM identity_session s JOIN identity_account a ON a.id = s.account_id "
                        + "WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND a.enabled")
                .params(session.toString(), LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Integer.class).optional().isPresent();
    }
}
