package com.physiopractice.identity.account;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.sharedkernel.SecretToken;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by email. A link's token is 256 random bits; only its SHA-256 is stored,
 * with what it is for, when it stops working, and when it was used. Using one is one conditional
 * update, so of two clicks on the same link exactly one counts.
 */
@Component
public class EmailLinks {

    /** What a link does when followed. */
    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD, ENROL_STAFF }

    private final JdbcClient jdbc;
    private final Clock clock;

    EmailLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for the account; its token, to be put in one email and nowhere else. */
    public Issued issue(AccountId account, Purpose purpose, Duration lifetime) {
        String token = SecretToken.urlSafeToken(32);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        jdbc.sql("INSERT INTO identity_email_link (token_hash, account_id, purpose, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(SecretToken.sha256Hex(token), account.toString(), purpose.name(), Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * Uses a link: the account it was for, when the token is one of ours for this purpose, not
     * used and not expired; empty otherwise. Once used, it never works again.
     */
    public Optional<AccountId> use(String token, Purpose purpose) {
        Instant now = clock.instant();
        String hash = SecretToken.sha256Hex(token);
        int used = jdbc.sql("UPDATE identity_email_link SET used_at = ? WHERE token_hash = ? AND purpose = ? "
                        + "AND used_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(now), hash, purpose.name(), Timestamp.from(now)).update();
        if (used == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM identity_email_link WHERE token_hash = ?").param(hash)
                .query(String.class).optional().map(id -> new AccountId(UUID.fromString(id)));
    }

    /** Ends every unused link of this purpose for the account (a newer one was sent, or the password changed). */
    public void withdrawAll(AccountId account, Purpose purpose) {
        jdbc.sql("UPDATE identity_email_link SET used_at = ? WHERE account_id = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), account.toString(), purpose.name()).update();
    }
}
