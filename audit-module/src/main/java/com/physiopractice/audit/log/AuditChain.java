package com.physiopractice.audit.log;

import com.physiopractice.audit.ChainVerification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit trail's hash chain. Lines are sealed a few seconds after they are written, in the
 * order the sealer finds them (not by id, since lines commit in a different order from the one
 * their ids were given in): each gets the next place in the chain, the hash of the line sealed
 * before it, and the SHA-256 of its own content with that hash. One node seals at a time (a named
 * database lock). A line whose content is changed, or that is removed from the middle, breaks the
 * chain at that place; lines removed from the start by the retention job do not.
 */
@Component
class AuditChain {

    static final int BATCH = 1_000;
    private static final String LOCK = "physio-practice-audit-chain";
    private static final DateTimeFormatter CANONICAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final String COLUMNS = "id, occurred_at, actor_account, actor_role, action, subject_type, subject_id, "
            + "client_address, occurrences";

    private final AuditConnectionPool connections;

    AuditChain(AuditConnectionPool connections) {
        this.connections = connections;
    }

    /** Seals every line not sealed yet; returns how many. */
    @Scheduled(fixedDelayString = "${practice.audit.seal-interval:5s}")
    int seal() {
        Integer sealed = connections.jdbc().execute((ConnectionCallback<Integer>) connection -> {
            if (!lock(connection)) {
                return 0;
            }
            try {
                return sealWhileLocked(connection);
            } finally {
                try (PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    release.setString(1, LOCK);
                    release.executeQuery().close();
                }
            }
        });
        return sealed == null ? 0 : sealed;
    }

    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            lock.setString(1, LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static int sealWhileLocked(Connection connection) throws SQLException {
        int total = 0;
        long seq;
        String previous;
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT seal_seq, row_hash FROM audit_event WHERE seal_seq IS NOT NULL ORDER BY seal_seq DESC LIMIT 1");
                ResultSet found = last.executeQuery()) {
            seq = found.next() ? found.getLong(1) : 0;
            previous = seq == 0 ? "" : found.getString(2);
        }
        while (true) {
            List<Line> batch = new ArrayList<>();
            try (PreparedStatement unsealed = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM audit_event WHERE seal_seq IS NULL ORDER BY id LIMIT " + BATCH);
                    ResultSet rows = unsealed.executeQuery()) {
                while (rows.next()) {
                    batch.add(Line.of(rows));
                }
            }
            if (batch.isEmpty()) {
                return total;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE audit_event SET seal_seq = ?, previous_hash = ?, row_hash = ? WHERE id = ? AND seal_seq IS NULL")) {
                for (Line line : batch) {
                    seq++;
                    String hash = line.hash(previous);
                    update.setLong(1, seq);
                    update.setString(2, previous);
                    update.setString(3, hash);
                    update.setLong(4, line.id());
                    update.addBatch();
                    previous = hash;
                }
                update.executeBatch();
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            total += batch.size();
        }
    }

    /** Walks the chain in order and names the first place it breaks. */
    ChainVerification verify() {
        return connections.jdbc().execute((ConnectionCallback<ChainVerification>) connection -> {
            long checked = 0;
            Long expectedSeq = null;
            String previous = null;
            try (PreparedStatement chain = connection.prepareStatement("SELECT " + COLUMNS
                    + ", seal_seq, previous_hash, row_hash FROM audit_event WHERE seal_seq IS NOT NULL ORDER BY seal_seq",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                chain.setFetchSize(1_000);
                try (ResultSet rows = chain.executeQuery()) {
                    while (rows.next()) {
                        Line line = Line.of(rows);
                        long seq = rows.getLong("seal_seq");
                        String linkedTo = rows.getString("previous_hash");
                        String hash = rows.getString("row_hash");
                        // The first line left may follow lines the retention job removed: its link is taken as given.
                        if (expectedSeq != null && seq != expectedSeq) {
                            return broken(connection, checked, line.id(), "a line before it is missing");
                        }
                        if (previous != null && !previous.equals(linkedTo)) {
                            return broken(connection, checked, line.id(), "it is not linked to the line before it");
                        }
                        if (!line.hash(linkedTo == null ? "" : linkedTo).equals(hash)) {
                            return broken(connection, checked, line.id(), "its content was changed after it was sealed");
                        }
                        checked++;
                        expectedSeq = seq + 1;
                        previous = hash;
                    }
                }
            }
            return new ChainVerification(checked, unsealed(connection), null, null);
        });
    }

    private static ChainVerification broken(Connection connection, long checked, long id, String problem)
            throws SQLException {
        return new ChainVerification(checked, unsealed(connection), id, problem);
    }

    private static long unsealed(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE seal_seq IS NULL");
                ResultSet result = count.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** A line's content, in the one canonical form its hash is taken over. */
    record Line(long id, LocalDateTime occurredAt, @Nullable String actorAccount, @Nullable String actorRole,
            String action, @Nullable String subjectType, @Nullable String subjectId, @Nullable String clientAddress,
            int occurrences) {

        static Line of(ResultSet row) throws SQLException {
            // The column holds the UTC wall time; read as such, whatever the JVM's zone.
            LocalDateTime at = row.getObject("occurred_at", LocalDateTime.class);
            return new Line(row.getLong("id"), at, row.getString("actor_account"),
                    row.getString("actor_role"), row.getString("action"), row.getString("subject_type"),
                    row.getString("subject_id"), row.getString("client_address"), row.getInt("occurrences"));
        }

        String hash(String previousHash) {
            String canonical = String.join("\u001f", previousHash, Long.toString(id), CANONICAL_TIME.format(occurredAt),
                    text(actorAccount), text(actorRole), action, text(subjectType), text(subjectId), text(clientAddress),
                    Integer.toString(occurrences));
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        private static String text(@Nullable String value) {
            return value == null ? "\u2400" : value;
        }
    }
}
