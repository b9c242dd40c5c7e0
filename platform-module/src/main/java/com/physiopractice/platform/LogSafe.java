package com.physiopractice.platform;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Failures written to the log without the personal data their messages may carry. A database
 * driver repeats the values it refused ("Duplicate entry 'sam@example.org' for key ..."), and a
 * mail library names addresses: from those libraries only the kind of failure, SQL state and
 * vendor code reach the log; the stack trace stays, so the place of the failure can be found.
 */
public final class LogSafe {

    /** Libraries whose messages quote the data they handled. */
    private static final List<String> DATA_QUOTING = List.of("java.sql.", "javax.sql.", "org.hibernate.",
            "org.springframework.dao.", "org.springframework.jdbc.", "org.springframework.orm.",
            "org.springframework.mail.", "jakarta.mail.", "jakarta.persistence.", "org.mariadb.", "com.mysql.");

    private LogSafe() {
    }

    /** One line: each cause's kind, with the driver's SQL state and code where there is one. */
    public static String summary(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!line.isEmpty()) {
                line.append(" <- ");
            }
            line.append(describe(cause));
        }
        return line.toString();
    }

    /** A copy of the failure, with every cause's stack trace but no message that could quote data. */
    public static Throwable redacted(Throwable failure) {
        Throwable cause = failure.getCause() == null || failure.getCause() == failure ? null : redacted(failure.getCause());
        Redacted copy = new Redacted(describe(failure), cause);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    private static String describe(Throwable failure) {
        String kind = failure.getClass().getName();
        String state = failure instanceof SQLException sql
                ? " [SQLState " + sql.getSQLState() + ", code " + sql.getErrorCode() + "]" : "";
        String message = quotesData(kind) ? null : failure.getMessage();
        return kind + state + (message == null ? "" : ": " + message);
    }

    private static boolean quotesData(String className) {
        String name = className.toLowerCase(Locale.ROOT);
        return DATA_QUOTING.stream().anyMatch(prefix -> name.startsWith(prefix.toLowerCase(Locale.ROOT)));
    }

    /** What the log shows in place of the original failure. */
    private static final class Redacted extends RuntimeException {

        Redacted(String description, @Nullable Throwable cause) {
            super(description, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
