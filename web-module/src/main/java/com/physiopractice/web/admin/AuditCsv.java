package com.physiopractice.web.admin;

import com.physiopractice.audit.AuditEntry;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Audit lines as RFC 4180 CSV. Every field is quoted; one that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return: a subject id is whatever a caller sent) is
 * opened with an apostrophe, as OWASP advises against CSV injection.
 */
final class AuditCsv {

    static final String HEADER = "id,occurredAt,actorAccount,actorRole,action,subjectType,subjectId,clientAddress,"
            + "occurrences\r\n";

    private AuditCsv() {
    }

    static String row(AuditEntry entry) {
        return Stream.of(Long.toString(entry.id()), entry.occurredAt().toString(), entry.actorAccount(),
                        entry.actorRole(), entry.action(), entry.subjectType(), entry.subjectId(), entry.clientAddress(),
                        Integer.toString(entry.occurrences()))
                .map(AuditCsv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
