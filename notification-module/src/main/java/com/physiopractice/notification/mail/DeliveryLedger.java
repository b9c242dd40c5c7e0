package com.physiopractice.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of each email's delivery, which makes sending idempotent: an email is claimed before
 * it is sent and marked sent after. A claim by a node that is alive and still within the lease
 * means "in progress"; a claim by a node gone silent ({@link NodeLiveness}), or one older than the
 * lease (a send that hung), may be taken over. Each step commits on its
 * own (listeners run outside any transaction; a lone statement commits by itself, only the
 * take-over of an earlier claim needs a transaction), so the record survives whatever happens next.
 */
@Component
class DeliveryLedger {

    /**
     * A send that has not finished in this time is taken to have hung, even on a node still alive
     * (or its end went unrecorded: the database was away). The mail timeouts bound a real send
     * to well under this.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    enum Claim { CLAIMED, ALREADY_SENT, IN_PROGRESS }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final NodeLiveness nodes;

    DeliveryLedger(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, NodeLiveness nodes) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Claim claim(Email email) {
        Timestamp now = Timestamp.from(clock.instant());
        // The usual case, a first attempt, is one statement committed on its own. INSERT IGNORE: a
        // key seen before is not an error here but the answer (and means the same on MySQL and MariaDB).
        int inserted = jdbc.sql("""
                INSERT IGNORE INTO notification_delivery (dedupe_key, kind, recipient, state, attempts, attempt_started_at, claimed_by)
                VALUES (?, ?, ?, 'SENDING', 1, ?, ?)""").params(email.dedupeKey(), email.kind(), email.to(), now, nodes.nodeId())
                .update();
        if (inserted == 1) {
            return Claim.CLAIMED;
        }
        return ownTransaction.execute(status -> {
            record Row(String state, Instant started, String claimedBy) {
                // A claim from before claims were named (claimed_by NULL) counts as a live node's.
                boolean claimantAlive(NodeLiveness nodes) {
                    return claimedBy == null || nodes.isAlive(claimedBy);
                }
            }
            Row row = jdbc.sql("SELECT state, attempt_started_at, claimed_by FROM notification_delivery WHERE dedupe_key = ? FOR UPDATE")
                    .param(email.dedupeKey())
                    .query((rs, n) -> new Row(rs.getString("state"), rs.getTimestamp("attempt_started_at").toInstant(),
                            rs.getString("claimed_by")))
                    .single();
            if (row.state().equals("SENT")) {
                return Claim.ALREADY_SENT;
            }
            if (row.state().equals("SENDING") && row.started().plus(LEASE).isAfter(now.toInstant())
                    && row.claimantAlive(nodes)) {
                return Claim.IN_PROGRESS;
            }
            jdbc.sql("""
                    UPDATE notification_delivery SET state = 'SENDING', attempts = attempts + 1, attempt_started_at = ?,
                    claimed_by = ? WHERE dedupe_key = ?""").params(now, nodes.nodeId(), email.dedupeKey()).update();
            return Claim.CLAIMED;
        });
    }

    boolean wasSent(String dedupeKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_delivery WHERE dedupe_key = ? AND state = 'SENT'")
                .param(dedupeKey).query(Integer.class).single() > 0;
    }

    void sent(Email email) {
        jdbc.sql("UPDATE notification_delivery SET state = 'SENT', sent_at = ?, last_error = NULL WHERE dedupe_key = ?")
                .params(Timestamp.from(clock.instant()), email.dedupeKey()).update();
    }

    /** The send failed for sure (the mail server refused or was unreachable): free to try again at once. */
    void failed(Email email, String error) {
        String reason = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        jdbc.sql("UPDATE notification_delivery SET state = 'FAILED', last_error = ? WHERE dedupe_key = ?")
                .params(reason, email.dedupeKey()).update();
    }

    /**
     * Deletes the records of emails sent before {@code cutoff}; unsent ones stay until they are sent.
     * The claim time comes before the sent time, so the state index bounds the scan. In batches, like
     * the booking module's expired keys, so that the first run over a long history holds few locks.
     */
    int forgetSentBefore(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        int forgotten = 0;
        int batch;
        do {
            batch = jdbc.sql("""
                    DELETE FROM notification_delivery WHERE state = 'SENT' AND attempt_started_at < ? AND sent_at < ?
                    LIMIT 1000""").params(before, before).update();
            forgotten += batch;
        } while (batch == 1000);
        return forgotten;
    }
}
