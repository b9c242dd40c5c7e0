package com.physiopractice.benchmark;

import com.physiopractice.PracticeApplication;
import com.physiopractice.booking.Availability;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.LocalDatabaseConfiguration;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark of her calendar's week view (not a test): a therapist with 40 consultations next week,
 * each with a different patient, and an afternoon off, signed in through the sign-in page; the
 * week page is asked for by one client back to back (her, reloading), then by 4 at once (her calendar open
 * in several tabs while patients' pages are served too). Every answer is the full page, its 40 appointment reads audited
 * as the API's are. Starts the application on a throwaway embedded database. Run: see
 * docs/benchmarks.md.
 */
public final class CalendarPageBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int APPOINTMENTS = 40;
    private static final int WARM_UP = 3_000;
    private static final int REQUESTS = 3_000;

    public static void main(String[] args) throws Exception {
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        ConfigurableApplicationContext app = SpringApplication.from(PracticeApplication::main)
                .with(LocalDatabaseConfiguration.class)
                // The therapist is invited as in the product: her enrolment email goes to the test mail server.
                .run("--server.port=0", "--practice.test.mail-server=greenmail",
                        "--practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                        "--practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL)
                .getApplicationContext();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            SignedIn therapist = BookingFixture.therapistWorking(Api.on(port), LONDON.getId(), "08:00", "18:00");
            LocalDate monday = LocalDate.now(LONDON).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            seedAWeek(app.getBean(JdbcTemplate.class), therapist, monday);
            app.getBean(Availability.class).addTimeOff(TherapistId.of(therapist.therapistId()), TimeWindow.of(
                    ZonedDateTime.of(monday.plusDays(4), LocalTime.of(14, 0), LONDON).toInstant(),
                    ZonedDateTime.of(monday.plusDays(4), LocalTime.of(18, 0), LONDON).toInstant()), "Course");
            String session = PageLoadBenchmark.pageSession(port, new String[] {therapist.email(), therapist.password()});
            String week = "/practice/calendar?week=" + monday;
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(PageLoadBenchmark.get(port, week, null, session),
                    HttpResponse.BodyHandlers.ofString());
            int links = page.body().split("href=\"/practice/appointments/", -1).length - 1;
            if (page.statusCode() != 200 || links != APPOINTMENTS) {
                throw new IllegalStateException("the week page answered " + page.statusCode() + " with " + links
                        + " appointments");
            }
            LoadRun.Request weekPage = i -> client.send(PageLoadBenchmark.get(port, week, null, session),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            LoadRun.run(4, WARM_UP, weekPage);
            StringBuilder report = new StringBuilder();
            report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                    .append("; embedded MariaDB 11.4. Week page: ").append(page.body().length() / 1024)
                    .append(" KB of HTML, ").append(links).append(" appointments.\n\n");
            report.append("GET ").append(week).append(", 1 client back to back, ").append(REQUESTS)
                    .append(" requests after ").append(WARM_UP).append(" to warm up:\n")
                    .append(LoadRun.run(1, REQUESTS, weekPage).describe()).append("\n\n");
            report.append("The same, 4 clients at once:\n").append(LoadRun.run(4, REQUESTS, weekPage).describe())
                    .append("\n");
            System.out.println("\n" + report);
            Path out = Path.of("target", "calendar-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
        System.exit(0);
    }

    /** 8 consultations of 30 minutes on each weekday from 09:00, 45 minutes apart, each with its own patient. */
    private static void seedAWeek(JdbcTemplate jdbc, SignedIn therapist, LocalDate monday) {
        List<Object[]> patients = new ArrayList<>();
        List<Object[]> appointments = new ArrayList<>();
        for (int i = 0; i < APPOINTMENTS; i++) {
            String patient = UUID.randomUUID().toString();
            patients.add(new Object[] {patient, "Benchmark Patient " + (i + 1)});
            ZonedDateTime start = ZonedDateTime.of(monday.plusDays(i / 8), LocalTime.of(9, 0).plusMinutes(45L * (i % 8)),
                    LONDON);
            appointments.add(new Object[] {UUID.randomUUID().toString(), therapist.therapistId(), patient,
                    utc(start), utc(start.plusMinutes(30)), UUID.randomUUID().toString(), utc(start.minusDays(3))});
        }
        jdbc.batchUpdate("INSERT INTO people_patient (id, full_name, date_of_birth, time_zone, phone, registered_at, "
                + "version) VALUES (?, ?, '1980-01-01', 'Europe/London', NULL, UTC_TIMESTAMP(6), 0)", patients);
        jdbc.batchUpdate("INSERT INTO booking_appointment (id, therapist_id, patient_id, type_code, start_at, end_at, "
                + "status, intake_id, booked_at, reschedule_count, version) VALUES (?, ?, ?, 'FOLLOW_UP', ?, ?, "
                + "'CONFIRMED', ?, ?, 0, 0)", appointments);
    }

    private static LocalDateTime utc(ZonedDateTime time) {
        return LocalDateTime.ofInstant(time.toInstant(), ZoneOffset.UTC);
    }

    private CalendarPageBenchmark() {
    }
}
