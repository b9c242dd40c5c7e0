package com.physiopractice.imports.csv;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.AppointmentImport;
import com.physiopractice.booking.AppointmentImport.ImportedAppointment;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.AccountDirectory.ImportedPatient;
import com.physiopractice.imports.ImportRejectedException;
import com.physiopractice.imports.ImportReport;
import com.physiopractice.imports.ImportReport.RejectedRow;
import com.physiopractice.imports.PracticeImport;
import com.physiopractice.imports.csv.CsvTable.Row;
import com.physiopractice.people.NewPatient;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads both files, checks every row with the rules the modules apply to their own records
 * (people's for names, dates of birth and phone numbers; identity's addresses; booking's for
 * appointments), and either reports or imports. The import is one transaction: a row refused, or a
 * clash with something booked or registered meanwhile, leaves nothing behind.
 */
@Service
class CsvImportService implements PracticeImport {

    static final AuditAction IMPORT_CHECKED = AuditAction.of("IMPORT_CHECKED");
    static final AuditAction PRACTICE_IMPORTED = AuditAction.of("PRACTICE_IMPORTED");
    static final String SUBJECT = "IMPORT";

    static final String PATIENTS = "patients";
    static final String APPOINTMENTS = "appointments";

    static final List<String> PATIENT_COLUMNS = List.of("reference", "full_name", "date_of_birth", "email");
    static final Set<String> PATIENT_OPTIONAL = Set.of("phone", "time_zone");
    static final List<String> APPOINTMENT_COLUMNS = List.of("patient_reference", "therapist_email", "type", "start");

    private static final int MAX_REFERENCE = 64;
    private static final int MAX_EMAIL = 254;
    /** Enough to catch what is not an address at all; the reset link she follows proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss]");
    /** People's field names, as the files' columns call them. */
    private static final Map<String, String> PATIENT_FIELDS = Map.of("fullName", "full_name", "dateOfBirth",
            "date_of_birth", "phone", "phone");

    private final AccountDirectory accounts;
    private final PatientDirectory patients;
    private final TherapistDirectory therapists;
    private final AppointmentImport appointments;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    CsvImportService(AccountDirectory accounts, PatientDirectory patients, TherapistDirectory therapists,
            AppointmentImport appointments, AuditTrail audit, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.patients = patients;
        this.therapists = therapists;
        this.appointments = appointments;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public ImportReport check(ImportFiles files) {
        // Read-write, and rolled back: booking's checks read the calendars as an import would.
        ImportReport report = transaction.execute(status -> {
            status.setRollbackOnly();
            return plan(files).report(true, false);
        });
        audit.record(IMPORT_CHECKED, SUBJECT, null);
        return report;
    }

    @Override
    public ImportReport importAll(ImportFiles files) {
        try {
            return importInOneTransaction(files);
        } catch (DataIntegrityViolationException | ConflictException meanwhile) {
            // An address registered or a time booked between the checks and the inserts: the
            // database's unique keys and the slot ledger refused it, and the transaction is undone.
            throw new ConflictException("import-changed-meanwhile", "Changed while importing", "Someone registered "
                    + "with one of these addresses or booked one of these times while the import ran, so nothing was "
                    + "imported. Check the files again.");
        }
    }

    private ImportReport importInOneTransaction(ImportFiles files) {
        return transaction.execute(status -> {
            Plan plan = plan(files);
            if (!plan.rejected().isEmpty()) {
                throw new ImportRejectedException(plan.report(false, false));
            }
            List<PatientId> created = accounts.importPatients(plan.patients().stream().map(PlannedPatient::patient)
                    .toList());
            Map<String, PatientId> byReference = new HashMap<>();
            for (int index = 0; index < created.size(); index++) {
                byReference.put(plan.patients().get(index).reference(), created.get(index));
            }
            appointments.importAll(plan.appointments().stream().map(planned -> new ImportedAppointment(
                    planned.therapist(), byReference.get(planned.patientReference()), planned.type(), planned.start()))
                    .toList());
            audit.recordWithChange(PRACTICE_IMPORTED, SUBJECT, java.util.UUID.randomUUID());
            return plan.report(false, true);
        });
    }

    private record PlannedPatient(String reference, ImportedPatient patient) {
    }

    private record PlannedAppointment(Row row, String patientReference, TherapistId therapist, String type,
            Instant start) {
    }

    private record Plan(List<PlannedPatient> patients, List<PlannedAppointment> appointments,
            List<RejectedRow> rejected) {

        ImportReport report(boolean dryRun, boolean imported) {
            return new ImportReport(dryRun, imported, patients.size(), appointments.size(), rejected);
        }
    }

    /** The problems found so far, by file and row; rows with none are left out of the report. */
    private static final class Problems {

        private final Map<String, SortedMap<Integer, List<FieldProblem>>> byFile = new HashMap<>();
        private final Map<String, Map<Integer, String>> references = new HashMap<>();
        private final List<RejectedRow> wholeFiles = new ArrayList<>();

        void add(String file, Row row, @Nullable String reference, String column, String message) {
            byFile.computeIfAbsent(file, name -> new TreeMap<>()).computeIfAbsent(row.number(), number -> new ArrayList<>())
                    .add(new FieldProblem(column, message));
            if (reference != null && !reference.isEmpty()) {
                references.computeIfAbsent(file, name -> new HashMap<>()).put(row.number(), reference);
            }
        }

        void refuseWhole(RejectedRow file) {
            wholeFiles.add(file);
        }

        boolean has(String file, Row row, String column) {
            return byFile.getOrDefault(file, new TreeMap<>()).getOrDefault(row.number(), List.of()).stream()
                    .anyMatch(problem -> problem.field().equals(column));
        }

        boolean any(String file, Row row) {
            return byFile.getOrDefault(file, new TreeMap<>()).containsKey(row.number());
        }

        List<RejectedRow> rows() {
            List<RejectedRow> rows = new ArrayList<>(wholeFiles);
            for (String file : List.of(PATIENTS, APPOINTMENTS)) {
                byFile.getOrDefault(file, new TreeMap<>()).forEach((row, problems) -> rows.add(new RejectedRow(file, row,
                        references.getOrDefault(file, Map.of()).get(row), problems)));
            }
            rows.sort(Comparator.comparing((RejectedRow row) -> row.file().equals(PATIENTS) ? 0 : 1)
                    .thenComparingInt(RejectedRow::row));
            return rows;
        }
    }

    private Plan plan(ImportFiles files) {
        Problems problems = new Problems();
        CsvTable.Result patientFile = CsvTable.read(PATIENTS, files.patients(), PATIENT_COLUMNS, PATIENT_OPTIONAL);
        if (patientFile.refusal() != null) {
            problems.refuseWhole(patientFile.refusal());
        }
        List<PlannedPatient> plannedPatients = patientFile.table() == null ? List.of()
                : planPatients(patientFile.table(), files.defaultTimeZone(), problems);
        List<PlannedAppointment> plannedAppointments = List.of();
        if (files.appointments() != null && !files.appointments().isBlank()) {
            CsvTable.Result appointmentFile = CsvTable.read(APPOINTMENTS, files.appointments(), APPOINTMENT_COLUMNS,
                    Set.of());
            if (appointmentFile.refusal() != null) {
                problems.refuseWhole(appointmentFile.refusal());
            } else if (appointmentFile.table() != null && patientFile.table() != null) {
                plannedAppointments = planAppointments(appointmentFile.table(), patientFile.table(), problems);
            }
        }
        List<RejectedRow> rejected = problems.rows();
        return new Plan(rejected.isEmpty() ? plannedPatients : List.of(),
                rejected.isEmpty() ? plannedAppointments : List.of(), rejected);
    }

    private List<PlannedPatient> planPatients(CsvTable table, @Nullable ZoneId defaultZone, Problems problems) {
        Map<String, Row> byReference = new HashMap<>();
        Map<String, Row> byEmail = new HashMap<>();
        List<PlannedPatient> planned = new ArrayList<>();
        for (Row row : table.rows()) {
            String reference = row.value("reference");
            if (reference.isEmpty()) {
                problems.add(PATIENTS, row, null, "reference", "is missing: give her id in the system you are leaving");
            } else if (reference.length() > MAX_REFERENCE) {
                problems.add(PATIENTS, row, null, "reference", "is longer than " + MAX_REFERENCE + " characters");
            } else if (byReference.containsKey(reference)) {
                problems.add(PATIENTS, row, reference, "reference", "is also on row " + byReference.get(reference).number());
            } else {
                byReference.put(reference, row);
            }
            String email = checkedEmail(row, reference, byEmail, problems);
            ZoneId zone = zoneOf(row, reference, defaultZone, problems);
            LocalDate dateOfBirth = null;
            if (!row.value("date_of_birth").isEmpty()) {
                try {
                    dateOfBirth = LocalDate.parse(row.value("date_of_birth"));
                } catch (DateTimeParseException notADate) {
                    problems.add(PATIENTS, row, reference, "date_of_birth", "is not a date written as YYYY-MM-DD");
                }
            }
            NewPatient details = new NewPatient(row.value("full_name"), dateOfBirth, zone == null ? ZoneOffset.UTC : zone,
                    row.optional("phone"));
            for (FieldProblem problem : patients.problemsWith(details)) {
                String column = PATIENT_FIELDS.getOrDefault(problem.field(), problem.field());
                if (!problems.has(PATIENTS, row, column)) {
                    problems.add(PATIENTS, row, reference, column, problem.message());
                }
            }
            if (!problems.any(PATIENTS, row) && email != null) {
                planned.add(new PlannedPatient(reference, new ImportedPatient(email, details)));
            }
        }
        for (String inUse : accounts.emailsInUse(byEmail.keySet())) {
            Row row = byEmail.get(inUse);
            problems.add(PATIENTS, row, row.value("reference"), "email",
                    "already has an account here: she is a patient already, or the address is someone else's");
        }
        return planned;
    }

    private @Nullable String checkedEmail(Row row, String reference, Map<String, Row> byEmail, Problems problems) {
        String given = row.value("email");
        if (given.isEmpty()) {
            problems.add(PATIENTS, row, reference, "email", "is missing: she signs in and hears from us at this address");
            return null;
        }
        if (given.length() > MAX_EMAIL || !EMAIL.matcher(given).matches()) {
            problems.add(PATIENTS, row, reference, "email", "is not an email address");
            return null;
        }
        String email = accounts.normalizedEmail(given);
        if (byEmail.containsKey(email)) {
            problems.add(PATIENTS, row, reference, "email", "is also on row " + byEmail.get(email).number());
            return null;
        }
        byEmail.put(email, row);
        return email;
    }

    private static @Nullable ZoneId zoneOf(Row row, String reference, @Nullable ZoneId defaultZone, Problems problems) {
        String given = row.value("time_zone");
        if (given.isEmpty()) {
            if (defaultZone == null) {
                problems.add(PATIENTS, row, reference, "time_zone", "is missing, and no time zone was given for "
                        + "patients without one");
            }
            return defaultZone;
        }
        try {
            return ZoneId.of(given);
        } catch (DateTimeException unknown) {
            problems.add(PATIENTS, row, reference, "time_zone", "is not a time zone such as Europe/London");
            return null;
        }
    }

    private List<PlannedAppointment> planAppointments(CsvTable table, CsvTable patientTable, Problems problems) {
        Set<String> references = new java.util.HashSet<>();
        patientTable.rows().forEach(row -> references.add(row.value("reference")));
        Map<String, Optional<TherapistProfile>> therapistsByEmail = new HashMap<>();
        List<String> typeCodes = appointments.typeCodes();
        List<PlannedAppointment> planned = new ArrayList<>();
        for (Row row : table.rows()) {
            String reference = row.value("patient_reference");
            if (reference.isEmpty()) {
                problems.add(APPOINTMENTS, row, null, "patient_reference", "is missing");
            } else if (!references.contains(reference)) {
                problems.add(APPOINTMENTS, row, reference, "patient_reference", "is not the reference of a patient in "
                        + "the patients' file");
            }
            String email = row.value("therapist_email");
            Optional<TherapistProfile> therapist = email.isEmpty() ? Optional.empty() : therapistsByEmail.computeIfAbsent(
                    accounts.normalizedEmail(email), address -> accounts.therapistWithEmail(address)
                            .flatMap(therapists::find));
            if (therapist.isEmpty()) {
                problems.add(APPOINTMENTS, row, reference, "therapist_email", email.isEmpty() ? "is missing"
                        : "is not the address of a therapist of this practice: invite her first");
            }
            if (row.value("type").isEmpty()) {
                problems.add(APPOINTMENTS, row, reference, "type", "is missing");
            } else if (!typeCodes.contains(row.value("type"))) {
                problems.add(APPOINTMENTS, row, reference, "type", "is not a kind of consultation offered here; use one of "
                        + typeCodes);
            }
            Instant start = startOf(row, reference, therapist.map(TherapistProfile::timeZone).orElse(null), problems);
            if (!problems.any(APPOINTMENTS, row) && therapist.isPresent() && start != null) {
                planned.add(new PlannedAppointment(row, reference, therapist.get().id(), row.value("type"), start));
            }
        }
        // Booking's own rules, for all of them at once: each therapist's calendar is read once.
        SortedMap<Integer, FieldProblem> refused = appointments.problemsWith(planned.stream()
                .map(appointment -> new ImportedAppointment(appointment.therapist(), PatientId.random(),
                        appointment.type(), appointment.start())).toList());
        refused.forEach((index, problem) -> {
            PlannedAppointment appointment = planned.get(index);
            problems.add(APPOINTMENTS, appointment.row(), appointment.patientReference(),
                    problem.field().equals("therapist") ? "therapist_email" : problem.field(), problem.message());
        });
        return planned;
    }

    /** An instant with its offset (2027-01-13T10:00:00+00:00), or a wall-clock time in the therapist's zone. */
    private static @Nullable Instant startOf(Row row, String reference, @Nullable ZoneId therapistZone,
            Problems problems) {
        String given = row.value("start");
        if (given.isEmpty()) {
            problems.add(APPOINTMENTS, row, reference, "start", "is missing");
            return null;
        }
        try {
            return OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(given, LOCAL_START);
                if (therapistZone == null) {
                    return null;
                }
                return local.atZone(therapistZone).toInstant();
            } catch (DateTimeParseException notATime) {
                problems.add(APPOINTMENTS, row, reference, "start", "is not a date and time written as "
                        + "YYYY-MM-DD HH:MM (the therapist's time) or 2027-01-13T10:00:00+00:00");
                return null;
            }
        }
    }
}
