package com.physiopractice.booking;

import static com.physiopractice.testing.BookingFixture.APPOINTMENTS;
import static com.physiopractice.testing.BookingFixture.bookingOf;
import static com.physiopractice.testing.BookingFixture.therapistWorking;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The guarantees of the booking rules document under concurrency, over HTTP: the failures other
 * booking products are known for (over-booking, overlapping lengths, repeated keys and links).
 */
@PracticeIntegrationTest
class BookingConcurrencyHttpTest {

    static final ZoneId NY = ZoneId.of("America/New_York");

    /** Patients with a usable intake, shared by the tests of this class (each books at most 3 times). */
    static List<Booker> pool;

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SignedIn therapist;
    LocalDate day;

    @BeforeEach
    void practice() throws Exception {
        api = Api.on(port);
        therapist = therapistWorking(api, "America/New_York", "08:00", "18:00");
        day = LocalDate.now(clock.withZone(NY)).plusDays(5);
        if (pool == null) {
            pool = inParallel(4, IntStream.range(0, 100).mapToObj(i -> (Callable<Booker>) () -> BookingFixture.booker(Api.on(port)))
                    .toList());
        }
    }

    String at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), NY).toOffsetDateTime().toString();
    }

    int confirmedRowsOf(SignedIn therapist) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM booking_appointment WHERE therapist_id = ? AND status = 'CONFIRMED'",
                Integer.class, therapist.therapistId());
    }

    @Test
    void aHundredPatientsRacingForOneSlotGetExactlyOneBooking() throws Exception {
        String start = at(day, "10:00");

        List<Api.Response> answers = concurrently(pool.stream().map(booker -> (Callable<Api.Response>) () ->
                booker.api(api).post(APPOINTMENTS, bookingOf(therapist, "INITIAL_CONSULTATION", start, booker))).toList());

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).hasSize(99)
                .allSatisfy(answer -> assertThat(answer.body().path("type").asString()).endsWith("/slot-unavailable"));
        assertThat(confirmedRowsOf(therapist)).isEqualTo(1);
    }

    @Test
    void overlappingBookingsOfDifferentLengthsNeverBothSucceed() throws Exception {
        for (int round = 0; round < 20; round++) {
            String hour = String.format("%02d:00", 8 + round % 9);
            LocalDate date = day.plusDays(1 + round / 9);
            Booker long1 = pool.get(2 * round);
            Booker short1 = pool.get(2 * round + 1);
            String longStart = at(date, hour);
            String shortStart = at(date, hour.replace(":00", ":30"));

            List<Api.Response> answers = concurrently(List.of(
                    () -> long1.api(api).post(APPOINTMENTS, bookingOf(therapist, "INITIAL_CONSULTATION", longStart, long1)),
                    () -> short1.api(api).post(APPOINTMENTS, bookingOf(therapist, "FOLLOW_UP", shortStart, short1))));

            assertThat(answers).as("round " + round).filteredOn(answer -> answer.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(answer -> answer.status() >= 500).isEmpty();
        }
        assertThat(confirmedRowsOf(therapist)).isEqualTo(20);
    }

    @Test
    void fiftyRepeatsOfOneIdempotencyKeyBookOnceAndAnswerAlike() throws Exception {
        Booker booker = pool.get(60);
        Map<String, Object> request = bookingOf(therapist, "FOLLOW_UP", at(day, "14:00"), booker);

        List<Api.Response> answers = concurrently(IntStream.range(0, 50).mapToObj(i -> (Callable<Api.Response>) () ->
                booker.api(api).send("POST", APPOINTMENTS, request, Map.of("Idempotency-Key", "book-once-" + day))).toList());

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.text()).isEqualTo(answers.get(0).text());
        });
        assertThat(confirmedRowsOf(therapist)).isEqualTo(1);

        Api.Response otherBody = booker.api(api).send("POST", APPOINTMENTS,
                bookingOf(therapist, "FOLLOW_UP", at(day, "15:00"), booker), Map.of("Idempotency-Key", "book-once-" + day));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.body().path("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(confirmedRowsOf(therapist)).isEqualTo(1);
    }

    @Test
    void racingReschedulesOfOneAppointmentLeaveItHoldingOneTime() throws Exception {
        Booker booker = pool.get(70);
        String id = booker.api(api).post(APPOINTMENTS, bookingOf(therapist, "FOLLOW_UP", at(day, "09:00"), booker))
                .body().path("id").asString();

        List<Api.Response> answers = concurrently(List.of("11:00", "12:00", "13:00", "16:00").stream()
                .map(time -> (Callable<Api.Response>) () -> booker.api(api).post(APPOINTMENTS + "/" + id + "/reschedule",
                        Map.of("start", at(day, time))))
                .toList());

        assertThat(answers).filteredOn(answer -> answer.status() == 200).isNotEmpty();
        assertThat(answers).filteredOn(answer -> answer.status() >= 500).isEmpty();
        assertThat(confirmedRowsOf(therapist)).isEqualTo(1);
        // 30 minutes and a 10-minute buffer: 8 five-minute steps, at one place only.
        List<Long> steps = jdbc.queryForList("SELECT epoch_minute FROM booking_slot_claim WHERE appointment_id = ? "
                + "ORDER BY epoch_minute", Long.class, id);
        assertThat(steps).hasSize(8);
        assertThat(steps.get(7) - steps.get(0)).isEqualTo(35);
        String held = booker.api(api).get(APPOINTMENTS + "/" + id).body().path("start").asString();
        assertThat(java.time.Instant.ofEpochSecond(steps.get(0) * 60)).isEqualTo(java.time.OffsetDateTime.parse(held).toInstant());
    }

    static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        return inParallel(tasks.size(), tasks);
    }

    static <T> List<T> inParallel(int threads, List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return task.call();
                }));
            }
            ready.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
