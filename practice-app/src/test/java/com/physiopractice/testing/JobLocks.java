package com.physiopractice.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests that run a once-across-nodes job themselves go through its ShedLock lock, like the
 * scheduler. Another test's second node, stopped or cut off from the database in the middle of
 * the same job (its start-up run, say), cannot release its lock: the lock then holds until its
 * {@code lockAtMostFor}, and the test's run would be skipped without a word. That is the lock doing
 * its job across nodes; a test that asks for a run now releases what no running node holds.
 */
public final class JobLocks {

    private JobLocks() {
    }

    /** Frees every job lock, as if the nodes that took them had all finished. */
    public static void releaseLeftOvers(JdbcTemplate jdbc) {
        jdbc.update("UPDATE platform_shedlock SET lock_until = locked_at WHERE lock_until > locked_at");
    }
}
