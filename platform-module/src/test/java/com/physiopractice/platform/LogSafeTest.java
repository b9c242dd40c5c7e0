package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What the log may say of a failure: its kind and codes, never the data a driver quotes. */
class LogSafeTest {

    static DataIntegrityViolationException duplicateEmail() {
        return new DataIntegrityViolationException("could not execute statement [Duplicate entry 'sam@example.org']",
                new SQLIntegrityConstraintViolationException("Duplicate entry 'sam@example.org' for key 'uk_email'",
                        "23000", 1062));
    }

    @Test
    void aDriversMessageNeverReachesTheSummaryButItsCodesDo() {
        String summary = LogSafe.summary(duplicateEmail());

        assertThat(summary).doesNotContain("sam@example.org").contains("SQLState 23000").contains("code 1062")
                .contains("DataIntegrityViolationException");
    }

    @Test
    void theRedactedCopyKeepsEveryStackTraceAndNoQuotedData() {
        DataIntegrityViolationException failure = duplicateEmail();
        IllegalStateException ours = new IllegalStateException("booking failed", failure);

        Throwable redacted = LogSafe.redacted(ours);

        assertThat(redacted.getMessage()).contains("booking failed");
        assertThat(redacted.getStackTrace()).isEqualTo(ours.getStackTrace());
        assertThat(redacted.getCause().getStackTrace()).isEqualTo(failure.getStackTrace());
        for (Throwable cause = redacted; cause != null; cause = cause.getCause()) {
            assertThat(cause.toString()).doesNotContain("sam@example.org");
        }
    }
}
