package com.physiopractice.benchmark;

import com.physiopractice.PracticeApplication;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.LocalDatabaseConfiguration;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Load benchmark of booking over HTTP on loopback (not a test). Starts the application on a
 * throwaway embedded database, seeds a therapist with 2,000 appointments over a year, then
 * measures (1) slot listing of 14-day windows with 50 concurrent clients sending back to back,
 * (2) booking distinct slots with 50 concurrent clients, after a warm-up, until every confirmation
 * email is written, then the same bookings from wrk in its own process, and (3) slot listing at a
 * steady rate below saturation, last, once the JIT compiler has settled. Run: see
 * docs/benchmarks.md. Bounded: a fixed number of requests, then it stops by itself.
 */
public final class BookingLoadBenchmark {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final int CLIENTS = 50;
    private static final int SLOT_REQUESTS = 5_000;
    private static final int BOOKINGS = 3_000;
    private static final int BOOKING_WARM_UP = 500;
    /** On two cores the C2 compiler was still busy after 18,000 bookings (about three minutes) in one run. */
    private static final int MAX_WARM_UP_ROUNDS = 50;
    /** Enough free slots (1,176 each) for the longest warm-up, both measurements and wrk. */
    private static final int THERAPISTS = 40;
    private static final int WRK_SECONDS = 15;

    public static void main(String[] args) throws Exception {
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        ConfigurableApplicationContext app = SpringApplication.from(PracticeApplication::main)
                .with(LocalDatabaseConfiguration.class)
                .run("--server.port=0", "--practice.booking.max-active-bookings-per-patient=100000",
                        "--practice.identity.bootstrap.admin-password=" + com.physiopractice.testing.TestAccounts.ADMIN_PASSWORD,
                        "--practice.identity.bootstrap.admin-email=" + com.physiopractice.testing.TestAccounts.ADMIN_EMAIL)
                .getApplicationContext();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api api = Api.on(port);
            StringBuilder report = new StringBuilder();
            report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                    .append("; app and load generator in one JVM on loopback; embedded MariaDB 11.4.\n\n");

            long started = System.nanoTime();
            // "booking-only" skips the slot listing measurements and "slots-only" the booking ones (for
            // working on one path).
            boolean slotsToo = !List.of(args).contains("booking-only");
            boolean bookingToo = !List.of(args).contains("slots-only");
            SignedIn busy = slotsToo ? busyTherapist(app, api) : null;
            String slotsPath = slotsToo ? slotsPath(busy) : null;
            if (slotsToo) {
                report.append(slotListing(api, busy)).append('\n');
                report.append(Wrk.run(port, slotsPath, "Slot listing", 0));
            }

            if (bookingToo) {
                List<SignedIn> therapists = new ArrayList<>();
                for (int i = 0; i < THERAPISTS; i++) {
                    therapists.add(BookingFixture.therapistWorking(api, "America/New_York", "06:00", "22:00"));
                }
                List<Booker> patients = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) {
                    patients.add(BookingFixture.booker(api));
                }
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                List<Slot> slots = distinctSlots(therapists);
                WarmUp warmUp = warmUp(api, jdbc, slots, patients);
                long bookingStarted = System.nanoTime();
                LoadRun.Result booked = booking(api, slots.subList(warmUp.used(), warmUp.used() + BOOKINGS), patients);
                report.append("Booking distinct slots, " + CLIENTS + " concurrent clients, " + BOOKINGS + " bookings (after "
                        + warmUp + "):\n" + booked.describe() + "\n");
                report.append(awaitEmails(jdbc, bookingStarted)).append('\n');
                report.append(bookingWithWrk(port, jdbc, slots.subList(warmUp.used() + BOOKINGS, slots.size()), patients));
            }
            if (slotsToo) {
                // Latency below saturation is measured last: right after start-up it is mostly the JIT
                // compiler taking one of the two cores, which a server that has run for a while is past.
                report.append(String.format("Paced slot listing, after the application has run %.0f s:%n%n",
                        (System.nanoTime() - started) / 1e9));
                report.append(pacedSlotListing(api, busy)).append('\n');
                report.append(Wrk.run(port, slotsPath, "Slot listing", 100));
            }
            System.out.println("\n" + report);
            Path out = Path.of("target", "booking-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
        // The embedded database and HTTP client threads would keep the JVM alive; the run is over.
        System.exit(0);
    }

    /** A therapist with 2,000 appointments over a year, her slot listing warmed up. */
    private static SignedIn busyTherapist(ConfigurableApplicationContext app, Api api) throws Exception {
        SignedIn busy = BookingFixture.therapistWorking(api, "America/New_York", "07:00", "19:00");
        seedAYearOfAppointments(app.getBean(JdbcTemplate.class), busy, 2_000);
        warmUp(api, busy);
        return busy;
    }

    /** The listing wrk asks for from its own process: one 14-day window three weeks ahead. */
    private static String slotsPath(SignedIn busy) {
        LocalDate from = LocalDate.now(NY).plusDays(21);
        return "/api/v1/booking/slots?therapistId=" + busy.therapistId()
                + "&type=INITIAL_CONSULTATION&from=" + from + "&to=" + from.plusDays(13) + "&timeZone=Asia/Kolkata";
    }

    /** 2,000 CONFIRMED appointments spread over the past ten and the next two months, with their slot claims. */
    private static void seedAYearOfAppointments(JdbcTemplate jdbc, SignedIn therapist, int count) {
        String patient = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO people_patient (id, full_name, date_of_birth, time_zone, phone, registered_at, version) "
                + "VALUES (?, 'Benchmark Patient', '1980-01-01', 'America/New_York', NULL, UTC_TIMESTAMP(6), 0)", patient);
        LocalDate first = LocalDate.now(NY).minusDays(300);
        List<Object[]> appointments = new ArrayList<>();
        List<Object[]> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(i * 365L / count);
            LocalTime time = LocalTime.of(7, 0).plusMinutes(75L * (i % 9));
            Instant start = ZonedDateTime.of(day, time, NY).toInstant();
            String id = UUID.randomUUID().toString();
            appointments.add(new Object[] {id, therapist.therapistId(), patient, utc(start), utc(start.plus(Duration.ofMinutes(60))),
                    UUID.randomUUID().toString(), utc(start.minus(Duration.ofDays(3)))});
            for (long minute = start.getEpochSecond() / 60; minute < start.getEpochSecond() / 60 + 70; minute += 5) {
                claims.add(new Object[] {therapist.therapistId(), minute, id});
            }
        }
        jdbc.batchUpdate("INSERT INTO booking_appointment (id, therapist_id, patient_id, type_code, start_at, end_at, status, "
                + "intake_id, booked_at, reschedule_count, version) VALUES (?, ?, ?, 'INITIAL_CONSULTATION', ?, ?, "
                + "'CONFIRMED', ?, ?, 0, 0)", appointments);
        jdbc.batchUpdate("INSERT INTO booking_slot_claim (therapist_id, epoch_minute, appointment_id) VALUES (?, ?, ?)", claims);
    }

    private static java.time.LocalDateTime utc(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static void warmUp(Api api, SignedIn therapist) throws Exception {
        LoadRun.run(CLIENTS, 1_000, i -> slotRequest(api, therapist));
    }

    private static String slotListing(Api api, SignedIn therapist) throws Exception {
        LoadRun.Result result = LoadRun.run(CLIENTS, SLOT_REQUESTS, i -> slotRequest(api, therapist));
        return "Slot listing, 14-day windows, " + CLIENTS + " concurrent clients, " + SLOT_REQUESTS + " requests "
                + "(therapist with 2,000 appointments over a year):\n" + result.describe() + "\n";
    }

    /**
     * The same requests at a steady arrival rate (50 clients, each asking once every 500 ms: 100
     * requests/s), so latency is measured below saturation rather than as queueing time.
     */
    private static String pacedSlotListing(Api api, SignedIn therapist) throws Exception {
        int perClient = 40;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            long offset = c * 10L;
            clients.submit(() -> {
                Thread.sleep(offset);
                for (int i = 0; i < perClient; i++) {
                    long due = started + TimeUnit.MILLISECONDS.toNanos(offset + 500L * i);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long t0 = System.nanoTime();
                    int status = slotRequest(api, therapist);
                    nanos.add(System.nanoTime() - t0);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(5, TimeUnit.MINUTES);
        LoadRun.Result result = new LoadRun.Result(new ArrayList<>(nanos), statuses, Duration.ofNanos(System.nanoTime() - started));
        return "Slot listing, 14-day windows, " + CLIENTS + " clients each asking every 500 ms (100 requests/s offered), "
                + CLIENTS * perClient + " requests:\n" + result.describe() + "\n";
    }

    private static int slotRequest(Api api, SignedIn therapist) {
        LocalDate from = LocalDate.now(NY).plusDays(ThreadLocalRandom.current().nextInt(0, 45));
        return api.get("/api/v1/booking/slots?therapistId=" + therapist.therapistId() + "&type=INITIAL_CONSULTATION&from="
                + from + "&to=" + from.plusDays(13) + "&timeZone=Asia/Kolkata").status();
    }

    /** Distinct, non-overlapping starts in random order: every 45 minutes (a 30-minute follow-up and its 10-minute buffer fit). */
    private static List<Slot> distinctSlots(List<SignedIn> therapists) {
        List<Slot> slots = new ArrayList<>();
        for (SignedIn therapist : therapists) {
            for (int day = 2; day < 58; day++) {
                for (LocalTime time = LocalTime.of(6, 0); !time.isAfter(LocalTime.of(21, 15)); time = time.plusMinutes(45)) {
                    slots.add(new Slot(therapist, ZonedDateTime.of(LocalDate.now(NY).plusDays(day), time, NY)
                            .toOffsetDateTime().toString()));
                }
            }
        }
        Collections.shuffle(slots);
        return slots;
    }

    /** A start time of a therapist, free when the benchmark starts. */
    private record Slot(SignedIn therapist, String start) {

        /** The booking request the {@code index}-th of the benchmark's patients sends for it. */
        Map<String, Object> bookingBy(List<Booker> patients, int index) {
            return BookingFixture.bookingOf(therapist, "FOLLOW_UP", start, patients.get(index % patients.size()));
        }
    }

    private static LoadRun.Result booking(Api api, List<Slot> slots, List<Booker> patients) throws Exception {
        return LoadRun.run(CLIENTS, slots.size(), i -> patients.get(i % patients.size()).api(api)
                .post(BookingFixture.APPOINTMENTS, slots.get(i).bookingBy(patients, i)).status());
    }

    /**
     * The same bookings sent by wrk from its own process for {@link #WRK_SECONDS}, each request
     * booking one distinct slot once; bookings counted in the database afterwards.
     */
    private static String bookingWithWrk(int port, JdbcTemplate jdbc, List<Slot> slots, List<Booker> patients)
            throws Exception {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        List<String[]> requests = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            requests.add(new String[] {patients.get(i % patients.size()).patient().accessToken(),
                    json.writeValueAsString(slots.get(i).bookingBy(patients, i))});
        }
        String count = "SELECT COUNT(*) FROM booking_appointment";
        int before = jdbc.queryForObject(count, Integer.class);
        long started = System.nanoTime();
        Wrk.Run run = Wrk.runScript(port, BookingFixture.APPOINTMENTS,
                Wrk.postEachOnce(BookingFixture.APPOINTMENTS, requests), WRK_SECONDS);
        if (!run.ran()) {
            return "Booking distinct slots" + run.how() + ".\n\n";
        }
        int booked = jdbc.queryForObject(count, Integer.class) - before;
        return String.format("Booking distinct slots%s, each request a new slot: %d bookings stored, %.0f bookings/s:%n```%n%s%n```%n%s%n",
                run.how(), booked, booked / (double) WRK_SECONDS, run.report(), awaitEmails(jdbc, started));
    }

    /** How many slots the warm-up booked, and how busy the JIT compiler still was in its last round. */
    private record WarmUp(int used, double jitShare) {

        @Override
        public String toString() {
            return String.format("%d warm-up bookings; JIT compiling %.0f %% of the last warm-up round's time", used,
                    jitShare * 100);
        }
    }

    /**
     * Books in rounds of 500 until the JIT has settled (it spent under a tenth of the round's time
     * compiling; on two cores the C2 compiler otherwise takes most of a core for minutes after
     * start), at most {@value #MAX_WARM_UP_ROUNDS} rounds: a server's bookings/s is its rate once
     * compiled, which a practice's server reaches minutes after each start.
     */
    private static WarmUp warmUp(Api api, JdbcTemplate jdbc, List<Slot> slots, List<Booker> patients) throws Exception {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        int used = 0;
        double share = 1;
        for (int round = 0; round < MAX_WARM_UP_ROUNDS && share > 0.10; round++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long started = System.nanoTime();
            booking(api, slots.subList(used, used + BOOKING_WARM_UP), patients);
            awaitEmails(jdbc, started);
            used += BOOKING_WARM_UP;
            share = (jit.getTotalCompilationTime() - compiledBefore) / ((System.nanoTime() - started) / 1e6);
            System.out.printf("warm-up round %d: JIT compiling %.0f %% of the time%n", round + 1, share * 100);
        }
        return new WarmUp(used, share);
    }

    /**
     * Waits until every booking's confirmation emails are written (no incomplete event publication
     * left): bookings answered faster than their emails go out are not a rate the practice can keep up.
     */
    private static String awaitEmails(JdbcTemplate jdbc, long bookingsStarted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class) > 0) {
            if (System.nanoTime() > deadline) {
                return "  emails: still pending after 5 minutes\n";
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - bookingsStarted) / 1e9;
        return String.format("  every confirmation email (patient and therapist) written %.1f s after the first booking was sent%n",
                seconds);
    }

    private BookingLoadBenchmark() {
    }
}
