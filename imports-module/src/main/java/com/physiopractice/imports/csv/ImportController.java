package com.physiopractice.imports.csv;

import com.physiopractice.imports.ImportRejectedException;
import com.physiopractice.imports.ImportReport;
import com.physiopractice.imports.PracticeImport;
import com.physiopractice.imports.PracticeImport.ImportFiles;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Import", description = "Patients and future appointments from the system a practice moves from")
@RestController
@RequestMapping(ImportController.PATH)
class ImportController {

    static final String PATH = "/api/v1/imports";

    private final PracticeImport imports;

    ImportController(PracticeImport imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import patients and their future appointments from CSV files",
            description = "Administrators only. Two CSV files (columns in docs/import.md): `patients`, and optionally "
                    + "`appointments`, whose rows name patients of the first file by their reference. With "
                    + "dryRun=true nothing is stored and the answer (200) says how many patients and appointments "
                    + "would be created and names every refused row and why. Without it the import is all or "
                    + "nothing: 201 with what was created, or 400 (validation) naming every refused row, with "
                    + "nothing stored. Imported patients sign in after choosing a password by \"Forgot your "
                    + "password?\"; no email is sent by the import.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> upload(@RequestPart("patients") MultipartFile patients,
            @RequestPart(name = "appointments", required = false) @Nullable MultipartFile appointments,
            @Parameter(description = "The time zone of patients whose row gives none, e.g. Europe/London")
            @RequestParam(required = false) @Nullable String timeZone,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        ImportFiles files = new ImportFiles(text(patients), appointments == null ? null : text(appointments),
                zone(timeZone));
        if (dryRun) {
            return ResponseEntity.ok(imports.check(files));
        }
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(imports.importAll(files));
        } catch (ImportRejectedException rejected) {
            throw refusal(rejected.report());
        }
    }

    /** Every refused row's every bad column, as fields {@code patients[3].email}, and the rows as they are. */
    static InvalidInputException refusal(ImportReport report) {
        return new InvalidInputException(report.rejected().stream().flatMap(row -> row.problems().stream()
                .map(problem -> new FieldProblem(row.file() + "[" + row.row() + "]." + problem.field(), problem.message())))
                .toList()).with("rejected", report.rejected()).with("imported", false);
    }

    private static String text(MultipartFile file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw InvalidInputException.of(file.getName(), "could not be read");
        }
    }

    private static @Nullable ZoneId zone(@Nullable String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException unknown) {
            throw InvalidInputException.of("timeZone", "is not a time zone such as Europe/London");
        }
    }
}
