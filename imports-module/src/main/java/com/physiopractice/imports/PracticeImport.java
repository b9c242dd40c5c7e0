package com.physiopractice.imports;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Patients and future appointments from the system a practice moves from, as CSV (columns in
 * {@code docs/import.md}). The same checks run for a dry run and for the import, so what a dry run
 * accepts is what the import creates, unless someone books or registers in between.
 */
public interface PracticeImport {

    /**
     * The files of one import.
     *
     * @param patients the patients' CSV, header row first
     * @param appointments the future appointments' CSV (optional); each names a patient of {@code patients}
     * @param defaultTimeZone the zone of patients whose row gives none
     */
    record ImportFiles(String patients, @Nullable String appointments, @Nullable ZoneId defaultTimeZone) {
    }

    /** Checks everything and says what would be created and which rows are refused; stores nothing. */
    ImportReport check(ImportFiles files);

    /**
     * Imports everything in one transaction, or nothing: refused with {@link ImportRejectedException}
     * (naming every refused row) when any row is refused.
     */
    ImportReport importAll(ImportFiles files);
}
