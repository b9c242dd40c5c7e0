/**
 * A practice moving here from another system brings its patients and their future appointments,
 * as CSV files: checked first (a dry run that says what would be created and names every row it
 * refuses and why), then imported all at once or not at all. Imported patients sign in after
 * choosing a password with "Forgot your password?"; imported appointments need no intake form
 * (she is asked for one before the consultation). API: {@link com.physiopractice.imports.PracticeImport}
 * with its {@link com.physiopractice.imports.ImportReport}. Tables: none (what is imported lives in
 * the people, identity and booking modules' tables). The columns are in {@code docs/import.md}.
 */
@ApplicationModule(displayName = "Import from another system",
        allowedDependencies = {"sharedkernel", "platform", "identity", "identity::access", "audit", "people", "booking"})
@NullMarked
package com.physiopractice.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
