package com.physiopractice.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.audit.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void everyFieldIsQuotedAndOneASpreadsheetWouldRunIsDisarmed() {
        assertThat(AuditCsv.field("INTAKE_READ")).isEqualTo("\"INTAKE_READ\"");
        assertThat(AuditCsv.field("say \"hi\", then go")).isEqualTo("\"say \"\"hi\"\", then go\"");
        assertThat(AuditCsv.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.field("+1")).startsWith("\"'");
        assertThat(AuditCsv.field("-1")).startsWith("\"'");
        assertThat(AuditCsv.field("@SUM(A1)")).startsWith("\"'");
        assertThat(AuditCsv.field(null)).isEmpty();
    }

    @Test
    void aRowHasTheHeadersColumnsInOrderAndEndsTheLine() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2027-01-12T14:00:00Z"), "acc", "ADMIN", "AUDIT_SEARCHED",
                "AUDIT_QUERY", "all", null, 2);
        assertThat(AuditCsv.row(entry)).isEqualTo(
                "\"7\",\"2027-01-12T14:00:00Z\",\"acc\",\"ADMIN\",\"AUDIT_SEARCHED\",\"AUDIT_QUERY\",\"all\",,\"2\"\r\n");
        assertThat(AuditCsv.HEADER.split(",")).hasSize(9);
    }
}
