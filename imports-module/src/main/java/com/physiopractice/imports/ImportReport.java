package com.physiopractice.imports;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an import did, or what a dry run would do.
 *
 * @param dryRun whether this was only a check
 * @param imported whether the patients and appointments were created (never for a dry run)
 * @param patients how many patients were (or would be) created
 * @param appointments how many appointments were (or would be) created
 * @param rejected every row refused and why; an import with any stores nothing
 */
public record ImportReport(boolean dryRun, boolean imported, int patients, int appointments,
        List<RejectedRow> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A row refused.
     *
     * @param file {@code patients} or {@code appointments}
     * @param row the row's number as a spreadsheet shows it: the header is row 1
     * @param reference the patient's reference in the former system, when the row gives one
     * @param problems each column that is wrong (the column's name) and why
     */
    public record RejectedRow(String file, int row, @Nullable String reference, List<FieldProblem> problems) {

        public RejectedRow {
            problems = List.copyOf(problems);
        }
    }

    /** Whether nothing is refused, so the import can go ahead. */
    public boolean importable() {
        return rejected.isEmpty();
    }
}
