package com.physiopractice.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading an import's CSV file: what a spreadsheet export throws at it. */
class CsvTableTest {

    static final List<String> REQUIRED = List.of("reference", "full_name");

    @Test
    void namesColumnsInAnyCaseAndSpellingAndIgnoresTheOnesItDoesNotUse() {
        CsvTable.Result read = CsvTable.read("patients", "\uFEFFFull Name,Referred by,REFERENCE,time-zone\n"
                + "\"Okafor, Ada\",\"GP, Dr Brown\",P-1,Europe/London\n", REQUIRED, Set.of("time_zone"));
        assertThat(read.refusal()).isNull();
        CsvTable.Row row = read.table().rows().get(0);
        assertThat(row.value("full_name")).as("a quoted comma stays in the value").isEqualTo("Okafor, Ada");
        assertThat(row.value("reference")).as("after a byte-order mark").isEqualTo("P-1");
        assertThat(row.value("time_zone")).isEqualTo("Europe/London");
        assertThat(row.values()).doesNotContainKey("referred_by");
    }

    @Test
    void numbersRowsAsASpreadsheetDoesAndKeepsAQuotedLineBreakInOneRow() {
        CsvTable.Result read = CsvTable.read("patients", "reference,full_name\nP-1,\"Ada\nOkafor\"\n\nP-2,Tom Reyes\n",
                REQUIRED, Set.of());
        assertThat(read.table().rows()).extracting(CsvTable.Row::number).containsExactly(2, 3);
        assertThat(read.table().rows().get(1).value("reference")).isEqualTo("P-2");
        assertThat(read.table().rows().get(0).optional("phone")).as("a column it does not have").isNull();
    }

    @Test
    void refusesAFileWithoutItsColumnsNamingEachOneMissing() {
        CsvTable.Result read = CsvTable.read("patients", "Reference,Name\nP-1,Ada\n", REQUIRED, Set.of());
        assertThat(read.table()).isNull();
        assertThat(read.refusal().row()).isEqualTo(1);
        assertThat(read.refusal().problems()).extracting(FieldProblem::field).containsExactly("full_name");
    }

    @Test
    void refusesAnEmptyFileAndOneWithAQuoteLeftOpen() {
        assertThat(CsvTable.read("patients", "", REQUIRED, Set.of()).refusal().problems().get(0).message())
                .contains("empty");
        assertThat(CsvTable.read("patients", "reference,full_name\nP-1,\"Ada Okafor\n", REQUIRED, Set.of()).refusal()
                .problems().get(0).message()).contains("cannot be read as CSV");
    }

    @Test
    void refusesAZipSentInPlaceOfTheFile() {
        String zip = new String(new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, (byte) 0x9c, 0x5a, 0x11, 0x5b, 0, 0, 0, 0,
                'p', 'a', 't', 'i', 'e', 'n', 't', 's', '.', 'c', 's', 'v', (byte) 0xed, (byte) 0xbd, 0x07, 0x60, 0x1c, 0x49},
                java.nio.charset.StandardCharsets.UTF_8);
        CsvTable.Result read = CsvTable.read("patients", zip, REQUIRED, Set.of());
        assertThat(read.table()).isNull();
        assertThat(read.refusal().row()).isEqualTo(1);
    }
}
