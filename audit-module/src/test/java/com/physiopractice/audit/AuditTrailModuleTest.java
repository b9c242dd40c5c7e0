package com.physiopractice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on its own: what is written when, by whom, and how it is searched. */
@ModuleTest
class AuditTrailModuleTest {

    private static final Actor THERAPIST = new Actor(UUID.randomUUID().toString(), "THERAPIST");
    private static final AuditAction TEST_CHANGE = AuditAction.of("TEST_CHANGE");

    /** Stands in for the identity module: the same signed-in therapist acts throughout. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SignedInTherapist {

        @Bean
        CurrentActor currentActor() {
            return () -> Optional.of(THERAPIST);
        }
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFloodOfAttemptsIsWrittenAsOneLineAMinuteWithItsCount() throws Exception {
        AuditAction attempt = AuditAction.of("TEST_ATTEMPT");
        String subject = UUID.randomUUID().toString();
        for (int i = 0; i < 500; i++) {
            audit.recordAttempt(attempt, "PATH", subject);
        }

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        Integer total;
        do {
            Thread.sleep(100);
            total = jdbc.queryForObject("SELECT SUM(occurrences) FROM audit_event WHERE subject_id = ?", Integer.class,
                    subject);
        } while ((total == null || total < 500) && System.nanoTime() < deadline);

        assertThat(total).isEqualTo(500);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class, subject))
                .as("one line a minute, not one a request").isBetween(1, 2);
    }

    @Autowired
    com.physiopractice.audit.log.AuditRetention retention;

    @Test
    void linesOlderThanSixYearsAreDeletedAndNewerOnesKept() throws Exception {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        java.time.LocalDateTime now = java.time.LocalDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
        audit.record(TEST_CHANGE, "T", recent);
        sealedChain();
        // A line written six years ago sits at the start of the chain, before everything since.
        Long head = jdbc.queryForObject("SELECT COALESCE(MIN(seal_seq), 1) FROM audit_event", Long.class);
        jdbc.update("INSERT INTO audit_event (occurred_at, action, subject_type, subject_id, seal_seq, previous_hash, "
                + "row_hash) VALUES (?, 'TEST', 'T', ?, ?, '', 'made-up')", now.minusYears(6).minusDays(3), old, head - 1);

        retention.deleteExpired();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class, old)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class, recent))
                .isOne();
        assertThat(audit.verifyChain().intact()).as("removed from the start, the chain is still whole").isTrue();
    }

    /** Waits until every line written so far is in the chain, and checks it. */
    private ChainVerification sealedChain() throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        ChainVerification checked = audit.verifyChain();
        while (checked.unsealedLines() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            checked = audit.verifyChain();
        }
        return checked;
    }

    @Test
    void theChainNamesTheFirstLineChangedOrMissingAfterItWasSealed() throws Exception {
        List<String> subjects = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        subjects.forEach(subject -> audit.record(TEST_CHANGE, "CHAIN", subject));
        assertThat(sealedChain().intact()).as(sealedChain().toString()).isTrue();
        long first = jdbc.queryForObject("SELECT id FROM audit_event WHERE subject_id = ?", Long.class, subjects.get(0));
        long second = jdbc.queryForObject("SELECT id FROM audit_event WHERE subject_id = ?", Long.class, subjects.get(1));
        long third = jdbc.queryForObject("SELECT id FROM audit_event WHERE subject_id = ?", Long.class, subjects.get(2));

        // Someone with the database's keys rewrites a line: the chain breaks right there.
        jdbc.update("UPDATE audit_event SET action = 'FORGED' WHERE id = ?", second);
        ChainVerification forged = audit.verifyChain();
        assertThat(forged.firstBrokenLine()).isEqualTo(second);
        assertThat(forged.problem()).contains("changed");
        jdbc.update("UPDATE audit_event SET action = ? WHERE id = ?", TEST_CHANGE.code(), second);
        assertThat(audit.verifyChain().intact()).isTrue();

        // ... or removes one: the chain breaks at the line after it.
        Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM audit_event WHERE id = ?", second);
        jdbc.update("DELETE FROM audit_event WHERE id = ?", second);
        assertThat(audit.verifyChain().firstBrokenLine()).isEqualTo(third);
        assertThat(audit.verifyChain().problem()).contains("missing");
        jdbc.update("INSERT INTO audit_event (id, occurred_at, actor_account, actor_role, action, subject_type, subject_id, "
                        + "client_address, occurrences, seal_seq, previous_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                removed.get("id"), removed.get("occurred_at"), removed.get("actor_account"), removed.get("actor_role"),
                removed.get("action"), removed.get("subject_type"), removed.get("subject_id"),
                removed.get("client_address"), removed.get("occurrences"), removed.get("seal_seq"),
                removed.get("previous_hash"), removed.get("row_hash"));
        assertThat(audit.verifyChain().intact()).isTrue();
        assertThat(first).isLessThan(second);
    }

    @Test
    void aChangeIsRecordedExactlyWhenItCommits() {
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            audit.recordWithChange(TEST_CHANGE, "TEST", rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> audit.recordWithChange(TEST_CHANGE, "TEST", committed));

        assertThat(linesAbout(rolledBack)).isZero();
        assertThat(linesAbout(committed)).isOne();
        // Outside the change's transaction there is nothing to commit with: a programming error, not a lost line.
        assertThatThrownBy(() -> audit.recordWithChange(TEST_CHANGE, "TEST", "outside"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReadOrAnAttemptIsKeptEvenWhenTheWorkAroundItFails() {
        String read = UUID.randomUUID().toString();
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            audit.record(AuditAction.of("TEST_READ"), "TEST", read);
            status.setRollbackOnly();
        });

        assertThat(linesAbout(read)).isOne();
    }

    @Test
    void theCurrentActorIsRecordedUnlessTheLineNamesAnother() {
        String subject = UUID.randomUUID().toString();
        Actor patient = new Actor(UUID.randomUUID().toString(), "PATIENT");

        audit.record(AuditAction.of("TEST_READ"), "TEST", subject);
        audit.recordAs(patient, AuditAction.of("TEST_SIGN_IN"), "TEST", subject);

        List<AuditEntry> lines = audit.search(new AuditQuery(null, null, "TEST", subject, null, null),
                PageRequest.of(0, 10, Sort.by("id"))).getContent();
        assertThat(lines).extracting(AuditEntry::actorAccount).containsExactly(THERAPIST.account(), patient.account());
        assertThat(lines).extracting(AuditEntry::actorRole).containsExactly("THERAPIST", "PATIENT");
    }

    @Test
    void theTrailIsSearchedByActionAndTimeNewestFirstWithTheEndExclusive() {
        String subject = UUID.randomUUID().toString();
        audit.record(AuditAction.of("TEST_FIRST"), "TEST", subject);
        var firstAt = clock.instant();
        clock.advance(Duration.ofMinutes(5));
        audit.record(AuditAction.of("TEST_SECOND"), "TEST", subject);
        var secondAt = clock.instant();

        var newestFirst = PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        assertThat(audit.search(new AuditQuery(null, null, "TEST", subject, null, null), newestFirst).getContent())
                .extracting(AuditEntry::action).containsExactly("TEST_SECOND", "TEST_FIRST");
        assertThat(audit.search(new AuditQuery(THERAPIST.account(), "TEST_FIRST", null, subject, null, null), newestFirst)
                .getTotalElements()).isOne();
        assertThat(audit.search(new AuditQuery(null, null, "TEST", subject, firstAt.minusSeconds(1), secondAt.minusSeconds(1)),
                newestFirst).getContent()).extracting(AuditEntry::action).containsExactly("TEST_FIRST");
    }

    private int linesAbout(String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class, subject);
    }
}
