package com.physiopractice.booking.web;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers the first answer to each {@code Idempotency-Key} of a patient. The key row is inserted
 * first, in the booking's own transaction: a concurrent repeat waits on it, and once the first
 * request commits, gets the stored answer. If the first request fails, its key row goes with it and
 * a repeat is processed afresh. Keys are kept for {@code practice.booking.idempotency-key-lifetime}
 * (24 h by default), then forgotten ({@link IdempotencyKeyExpiry}). The answer kept is the HTTP one,
 * status and body, which is why this lives at the web edge.
 */
@Component
class IdempotencyKeyStore {

    public static final int MAX_KEY_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A stored first answer. */
    record StoredAnswer(int status, String body) {
    }

    /**
     * Takes the key for this request, or returns the answer stored for it. Must run inside the
     * transaction that will {@link #complete} it.
     */
    Optional<StoredAnswer> takeOrReplay(PatientId patient, String key, String requestHash) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw InvalidInputException.of("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        try {
            jdbc.update("INSERT INTO booking_idempotency (patient_id, idempotency_key, request_hash, created_at) "
                    + "VALUES (?, ?, ?, ?)", patient.toString(), key, requestHash, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return Optional.empty();
        } catch (DuplicateKeyException repeated) {
            List<Object[]> rows = jdbc.query("SELECT request_hash, response_status, response_body FROM booking_idempotency "
                            // A shared lock, like the one the failed insert already holds: asking for an
                            // exclusive one here would deadlock every repeat waiting on the same key.
                            + "WHERE patient_id = ? AND idempotency_key = ? LOCK IN SHARE MODE",
                    (row, n) -> new Object[] {row.getString(1), row.getObject(2), row.getString(3)},
                    patient.toString(), key);
            Object[] stored = rows.get(0);
            if (!requestHash.equals(stored[0])) {
                throw new RuleViolationException("idempotency-key-reused", "Idempotency-Key reused",
                        "This Idempotency-Key was already used for a different request.");
            }
            return Optional.of(new StoredAnswer(((Number) stored[1]).intValue(), (String) stored[2]));
        }
    }

    /**
     * Forgets the keys taken before {@code before}, in batches so no single statement holds many
     * row locks while patients are booking. Returns how many were forgotten.
     */
    int forgetTakenBefore(Instant before) {
        LocalDateTime cutoff = LocalDateTime.ofInstant(before, ZoneOffset.UTC);
        int forgotten = 0;
        int batch;
        do {
            batch = jdbc.update("DELETE FROM booking_idempotency WHERE created_at < ? LIMIT 1000", cutoff);
            forgotten += batch;
        } while (batch == 1000);
        return forgotten;
    }

    void complete(PatientId patient, String key, int status, String body) {
        jdbc.update("UPDATE booking_idempotency SET response_status = ?, response_body = ? "
                + "WHERE patient_id = ? AND idempotency_key = ?", status, body, patient.toString(), key);
    }
}
