package com.physiopractice.benchmark;

import com.physiopractice.PracticeApplication;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.LocalDatabaseConfiguration;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark of an import from another system (not a test): 5,000 patients and 500 of their future
 * consultations with one therapist, as CSV over HTTP, as an administrator sends them: a dry run,
 * the same file with one bad row (refused, nothing stored), then the import itself, each timed from
 * the request to the answer. A small import first warms the code up. Starts the application on a
 * throwaway embedded database. Run: see docs/benchmarks.md.
 */
public final class ImportBenchmark {

    private static final int PATIENTS = 5_000;
    private static final int APPOINTMENTS = 500;

    public static void main(String[] args) throws Exception {
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        ConfigurableApplicationContext app = SpringApplication.from(PracticeApplication::main)
                .with(LocalDatabaseConfiguration.class)
                .run("--server.port=0", "--practice.test.mail-server=greenmail",
                        "--practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                        "--practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL)
                .getApplicationContext();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = Api.on(port);
            SignedIn therapist = BookingFixture.therapistWorking(api, "Europe/London", "08:00", "18:00");
            SignedIn admin = TestAccounts.admin(api);
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            Timed warmUp = timed(admin, api, "", csv("warm", 200, 20, therapist, LocalDate.now().plusDays(200), false));
            require(warmUp.status == 201, "the warm-up import answered " + warmUp.status);
            Map<String, String> full = csv("p", PATIENTS, APPOINTMENTS, therapist, LocalDate.now().plusDays(10), false);
            Timed dryRun = timed(admin, api, "?dryRun=true", full);
            require(dryRun.status == 200 && dryRun.body.contains("\"patients\":" + PATIENTS), "the dry run answered "
                    + dryRun.status);
            Timed refused = timed(admin, api, "", csv("p", PATIENTS, APPOINTMENTS, therapist,
                    LocalDate.now().plusDays(10), true));
            require(refused.status == 400 && refused.body.contains("\"row\":2501"), "the bad file answered "
                    + refused.status);
            int before = jdbc.queryForObject("SELECT COUNT(*) FROM people_patient", Integer.class);
            Timed imported = timed(admin, api, "", full);
            require(imported.status == 201, "the import answered " + imported.status + " " + imported.body);
            int added = jdbc.queryForObject("SELECT COUNT(*) FROM people_patient", Integer.class) - before;
            int booked = jdbc.queryForObject("SELECT COUNT(*) FROM booking_appointment WHERE intake_id IS NULL",
                    Integer.class) - 20;
            require(added == PATIENTS && booked == APPOINTMENTS, added + " patients and " + booked + " appointments");

            String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                    + System.getProperty("java.vm.name") + ' ' + System.getProperty("java.version")
                    + "; " + database(jdbc) + ". Files: " + full.get("patients").length() / 1024 + " KB of patients, "
                    + full.get("appointments").length() / 1024 + " KB of appointments.\n\n"
                    + "| request | answer | time |\n|---|---|---|\n"
                    + "| dry run, " + PATIENTS + " patients + " + APPOINTMENTS + " appointments | " + dryRun.status + " | "
                    + dryRun.seconds() + " s |\n"
                    + "| the same with one bad row (row 2501), refused | " + refused.status + " | " + refused.seconds() + " s |\n"
                    + "| import, " + PATIENTS + " patients + " + APPOINTMENTS + " appointments | " + imported.status + " | "
                    + imported.seconds() + " s |\n";
            System.out.println("\n" + report);
            Path out = Path.of("target", "import-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private record Timed(int status, String body, long nanos) {

        String seconds() {
            return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
        }
    }

    private static Timed timed(SignedIn admin, Api api, String query, Map<String, String> files) {
        long start = System.nanoTime();
        Api.Response answer = admin.again(api).api(api).postFiles("/api/v1/imports" + query,
                Map.of("timeZone", "Europe/London"), files);
        return new Timed(answer.status(), answer.text(), System.nanoTime() - start);
    }

    /**
     * Patients with addresses of their own; consultations of 30 minutes 45 minutes apart, ten a day
     * from 08:00, for the first {@code appointments} patients.
     */
    private static Map<String, String> csv(String prefix, int patients, int appointments, SignedIn therapist,
            LocalDate firstDay, boolean oneBadRow) {
        StringBuilder people = new StringBuilder("reference,full_name,date_of_birth,email,phone,time_zone\n");
        for (int i = 1; i <= patients; i++) {
            String dateOfBirth = oneBadRow && i == 2500 ? "02/30/1970" : LocalDate.of(1950, 1, 1).plusDays(i % 15_000).toString();
            people.append(prefix).append('-').append(i).append(",Imported Patient ").append(i).append(',')
                    .append(dateOfBirth).append(',').append(prefix).append(i).append("-").append(System.nanoTime() % 100_000)
                    .append("@import.example,+44 7700 9").append(String.format("%05d", i % 100_000)).append(",Europe/London\n");
        }
        StringBuilder consultations = new StringBuilder("patient_reference,therapist_email,type,start\n");
        for (int i = 1; i <= appointments; i++) {
            LocalDateTime start = LocalDateTime.of(firstDay.plusDays((i - 1) / 10), LocalTime.of(8, 0)
                    .plusMinutes(45L * ((i - 1) % 10)));
            consultations.append(prefix).append('-').append(i).append(',').append(therapist.email())
                    .append(",FOLLOW_UP,").append(start.toLocalDate()).append(' ').append(start.toLocalTime()).append('\n');
        }
        return Map.of("patients", people.toString(), "appointments", consultations.toString());
    }

    /** The server the run used: the embedded one, or the one SPRING_DATASOURCE_URL names. */
    private static String database(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName() + " "
                + jdbc.queryForObject("SELECT VERSION()", String.class) + " through "
                + connection.getMetaData().getDriverName());
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }

    private ImportBenchmark() {
    }
}
