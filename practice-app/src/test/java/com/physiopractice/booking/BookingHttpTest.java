package com.physiopractice.booking;

import static com.physiopractice.testing.BookingFixture.APPOINTMENTS;
import static com.physiopractice.testing.BookingFixture.book;
import static com.physiopractice.testing.BookingFixture.booker;
import static com.physiopractice.testing.BookingFixture.slots;
import static com.physiopractice.testing.BookingFixture.therapistWorking;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.web.IdempotencyKeyExpiry;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Booking rules over HTTP: what is offered can be booked, what is not is refused, with the right problem. */
@PracticeIntegrationTest
class BookingHttpTest {

    static final String NEW_YORK = "America/New_York";
    static final ZoneId NY = ZoneId.of(NEW_YORK);

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    IdempotencyKeyExpiry idempotencyKeyExpiry;

    Api api;
    SignedIn therapist;
    LocalDate inThreeDays;

    @BeforeEach
    void practice() {
        api = Api.on(port);
        therapist = therapistWorking(api, NEW_YORK, "09:00", "17:00");
        inThreeDays = LocalDate.now(clock.withZone(NY)).plusDays(3);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String at(LocalDate date, String time) {
        return ZonedDateTime.of(date, java.time.LocalTime.parse(time), NY).toOffsetDateTime().toString();
    }

    void moveClockTo(LocalDate date, String time) {
        clock.advance(Duration.between(clock.instant(),
                ZonedDateTime.of(date, java.time.LocalTime.parse(time), NY).toInstant()));
    }

    @Test
    void anIdempotencyKeyAnswersRepeatsForItsLifetimeThenIsForgotten() {
        Booker booker = booker(api);
        Map<String, Object> request = BookingFixture.bookingOf(therapist, "FOLLOW_UP", at(inThreeDays, "10:00"), booker);
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + java.util.UUID.randomUUID());
        Api.Response first = booker.api(api).send("POST", APPOINTMENTS, request, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        clock.advance(Duration.ofHours(23));
        idempotencyKeyExpiry.forgetExpiredKeys();
        Api.Response repeat = booker.again(api).api(api).send("POST", APPOINTMENTS, request, key);
        assertThat(repeat.status()).as("a repeat within 24 h gets the first answer").isEqualTo(201);
        assertThat(repeat.body().path("id").asString()).isEqualTo(first.body().path("id").asString());

        clock.advance(Duration.ofHours(2));
        idempotencyKeyExpiry.forgetExpiredKeys();
        Api.Response late = booker.again(api).api(api).send("POST", APPOINTMENTS, request, key);
        assertThat(late.status()).as("after 24 h the key is forgotten: a new request, for a time now taken")
                .isEqualTo(409);
        assertThat(late.body().path("type").asString()).endsWith("slot-unavailable");
    }

    static List<String> starts(JsonNode slots) {
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(OffsetDateTime.parse(slot.path("start").asString()).toInstant().toString()));
        return starts;
    }

    static String instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant().toString();
    }

    static void assertProblem(Api.Response answer, int status, String slug) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().path("type").asString()).endsWith("/problems/" + slug);
    }

    @Test
    void theCatalogIsPublic() {
        assertThat(api.get("/api/v1/booking/therapists").body().findValuesAsString("id")).contains(therapist.therapistId());
        JsonNode types = api.get("/api/v1/booking/appointment-types").body();
        assertThat(types.findValuesAsString("code")).containsExactly("INITIAL_CONSULTATION", "FOLLOW_UP");
        assertThat(types.get(0).path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(types.get(1).path("mode").asString()).isEqualTo("ONLINE_VIDEO");
    }

    @Test
    void aSlotQueryNamesWhatIsWrongWithIt() {
        String base = "/api/v1/booking/slots?therapistId=" + therapist.therapistId() + "&type=FOLLOW_UP";

        assertProblem(api.get(base + "&from=2026-12-01&to=2027-01-15&timeZone=Europe/Paris"), 400, "validation");
        assertProblem(api.get(base + "&from=2026-12-01&to=2026-12-02&timeZone=Mars/Olympus"), 400, "validation");
        assertProblem(api.get(base + "&from=2026-12-01&timeZone=Europe/Paris"), 400, "malformed-request");
        assertProblem(api.get("/api/v1/booking/slots?therapistId=nope&type=FOLLOW_UP&from=2026-12-01&to=2026-12-02&timeZone=UTC"),
                400, "validation");
    }

    @Test
    void anOfferedSlotIsBookedAndShownWithTheOffsetTheRequestNamed() {
        JsonNode offered = slots(api, therapist, "INITIAL_CONSULTATION", inThreeDays, inThreeDays, NEW_YORK);
        String start = offered.get(0).path("start").asString();
        Booker booker = booker(api);

        Api.Response booked = book(api, therapist, "INITIAL_CONSULTATION", start, booker);

        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.header("Location")).endsWith(booked.body().path("id").asString());
        assertThat(booked.body().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(booked.body().path("start").asString()).isEqualTo(start);
        assertThat(instant(booked.body().path("end").asString()))
                .isEqualTo(OffsetDateTime.parse(start).plusMinutes(60).toInstant().toString());
        String id = booked.body().path("id").asString();
        assertThat(booker.api(api).get(APPOINTMENTS + "/" + id).status()).isEqualTo(200);
        assertThat(therapist.api(api).get(APPOINTMENTS + "/" + id).status()).isEqualTo(200);
        assertThat(booker(api).api(api).get(APPOINTMENTS + "/" + id).status()).isEqualTo(404);
        assertThat(therapistWorking(api, NEW_YORK, "09:00", "17:00").api(api).get(APPOINTMENTS + "/" + id).status())
                .isEqualTo(404);
        assertThat(starts(slots(api, therapist, "INITIAL_CONSULTATION", inThreeDays, inThreeDays, NEW_YORK)))
                .doesNotContain(instant(start));
    }

    @Test
    void aStartInsideAnotherAppointmentsBufferIsNeitherOfferedNorBookable() {
        book(api, therapist, "INITIAL_CONSULTATION", at(inThreeDays, "10:00"), booker(api));

        List<String> halfHours = starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK));

        assertThat(halfHours).doesNotContain(instant(at(inThreeDays, "11:00")), instant(at(inThreeDays, "09:30")))
                .contains(instant(at(inThreeDays, "11:15")), instant(at(inThreeDays, "09:15")));
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "11:00"), booker(api)), 409, "slot-unavailable");
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "09:30"), booker(api)), 409, "slot-unavailable");
        assertThat(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "11:15"), booker(api)).status()).isEqualTo(201);
    }

    @Test
    void whatIsNotOfferedIsRefused() {
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "08:00"), booker(api)), 409, "slot-unavailable");
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "10:05"), booker(api)), 409, "slot-unavailable");
        assertProblem(book(api, therapist, "INITIAL_CONSULTATION", at(inThreeDays, "16:30"), booker(api)), 409,
                "slot-unavailable");
        assertProblem(book(api, therapist, "FOLLOW_UP", at(LocalDate.now(clock.withZone(NY)).plusDays(70), "10:00"), booker(api)), 422,
                "outside-booking-window");
        assertProblem(book(api, therapist, "NOT_A_TYPE", at(inThreeDays, "10:00"), booker(api)), 400, "validation");
        Booker early = booker(api);
        moveClockTo(inThreeDays, "08:00");
        // 10:00 is inside her hours and offered a day earlier, but now only two hours away: inside the notice.
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "10:00"), early.again(api)), 422,
                "outside-booking-window");
    }

    @Test
    void theNoticeIsMeasuredFromNowInRealTime() {
        Booker booker = booker(api);
        moveClockTo(inThreeDays.minusDays(1), "23:59");
        booker = booker.again(api);
        // It is now 23:59 in New York: 11:45 is inside the 12-hour notice, 12:00 is not.
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "11:45"), booker), 422, "outside-booking-window");
        assertThat(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "12:00"), booker).status()).isEqualTo(201);
    }

    @Test
    void aCancelledSlotCanBeBookedAgainAtOnce() {
        String start = at(inThreeDays, "13:00");
        Booker first = booker(api);
        String id = book(api, therapist, "INITIAL_CONSULTATION", start, first).body().path("id").asString();

        Api.Response cancelled = first.api(api).post(APPOINTMENTS + "/" + id + "/cancel", Map.of("reason", "Feeling better"));

        assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(starts(slots(api, therapist, "INITIAL_CONSULTATION", inThreeDays, inThreeDays, NEW_YORK))).contains(instant(start));
        assertThat(book(api, therapist, "INITIAL_CONSULTATION", start, booker(api)).status()).isEqualTo(201);
        assertProblem(first.api(api).post(APPOINTMENTS + "/" + id + "/cancel", Map.of()), 409, "appointment-not-changeable");
    }

    @Test
    void theSlotListFollowsCalendarChangesMadeOnAnyNode() {
        // Listed once here first, so that this node holds the open slots it computed.
        assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                .contains(instant(at(inThreeDays, "09:00")), instant(at(inThreeDays, "11:30")));
        TherapistId her = new TherapistId(UUID.fromString(therapist.therapistId()));

        try (SecondInstance otherNode = SecondInstance.start()) {
            Availability elsewhere = otherNode.bean(Availability.class);
            elsewhere.addTimeOff(her, TimeWindow.of(OffsetDateTime.parse(at(inThreeDays, "09:00")).toInstant(),
                    OffsetDateTime.parse(at(inThreeDays, "12:00")).toInstant()), "Dentist");
            assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                    .doesNotContain(instant(at(inThreeDays, "09:00")), instant(at(inThreeDays, "11:30")))
                    .contains(instant(at(inThreeDays, "12:00")));

            elsewhere.replaceWeeklyHours(her, WeeklyHours.on(List.of(java.time.DayOfWeek.values()),
                    java.time.LocalTime.of(13, 0), java.time.LocalTime.of(15, 0)));
            assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                    .first().isEqualTo(instant(at(inThreeDays, "13:00")));
        }
    }

    @Test
    void theSlotListMovesWithTheTherapistWhenSheChangesTimeZone() {
        assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                .first().isEqualTo(instant(at(inThreeDays, "09:00")));

        assertThat(therapist.api(api).patch("/api/v1/me", Api.json("timeZone", "America/Chicago")).status()).isEqualTo(200);

        // Her 09:00 in Chicago is 10:00 in New York.
        assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                .first().isEqualTo(instant(at(inThreeDays, "10:00")));
    }

    @Test
    void aPatientHoldsAtMostThreeUpcomingAppointments() {
        Booker booker = booker(api);
        for (String time : List.of("09:00", "10:00", "11:00")) {
            assertThat(book(api, therapist, "FOLLOW_UP", at(inThreeDays, time), booker).status()).isEqualTo(201);
        }

        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays, "13:00"), booker), 409, "booking-limit-reached");
    }

    @Test
    void theIntakeMustBeTheirsRecentAndSafeToBookWith() {
        Booker emergency = booker(api, IntakeForms.giving("EMERGENCY"));
        Booker urgent = booker(api, IntakeForms.giving("URGENT_MEDICAL"));
        Booker someoneElse = booker(api);
        Booker booker = booker(api);
        String start = at(inThreeDays, "14:00");

        assertProblem(book(api, therapist, "FOLLOW_UP", start, emergency), 409, "medical-care-required-first");
        assertProblem(book(api, therapist, "FOLLOW_UP", start, urgent), 409, "medical-care-required-first");
        assertProblem(booker.api(api).post(APPOINTMENTS, Map.of("therapistId", therapist.therapistId(), "type", "FOLLOW_UP",
                "start", start, "intakeId", someoneElse.intakeId())), 422, "intake-not-usable");

        clock.advance(Duration.ofDays(31));
        assertProblem(book(api, therapist, "FOLLOW_UP", at(inThreeDays.plusDays(31), "14:00"), booker.again(api)), 422,
                "intake-not-usable");
    }

    @Test
    void rescheduleKeepsTheAppointmentAndItsHistoryAndFreesTheOldTime() {
        Booker booker = booker(api);
        String oldStart = at(inThreeDays, "09:00");
        String id = book(api, therapist, "FOLLOW_UP", oldStart, booker).body().path("id").asString();

        Api.Response moved = booker.api(api).post(APPOINTMENTS + "/" + id + "/reschedule", Map.of("start", at(inThreeDays, "15:00")));

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.body().path("id").asString()).isEqualTo(id);
        assertThat(moved.body().path("rescheduleCount").asInt()).isEqualTo(1);
        assertThat(moved.body().path("history").findValuesAsString("kind")).containsExactly("BOOKED", "RESCHEDULED");
        assertThat(starts(slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK)))
                .contains(instant(oldStart)).doesNotContain(instant(at(inThreeDays, "15:00")));
        assertProblem(booker.api(api).post(APPOINTMENTS + "/" + id + "/reschedule", Map.of("start", at(inThreeDays, "08:00"))),
                409, "slot-unavailable");
        assertThat(booker.api(api).get(APPOINTMENTS + "/" + id).body().path("start").asString()).isNotNull();
        assertThat(instant(booker.api(api).get(APPOINTMENTS + "/" + id).body().path("start").asString()))
                .as("a refused reschedule keeps the old time").isEqualTo(instant(at(inThreeDays, "15:00")));
    }

    @Test
    void insideTwentyFourHoursAPatientCanOnlyCancelLateButTheTherapistCanStillMove() {
        Booker booker = booker(api);
        String id = book(api, therapist, "FOLLOW_UP", at(inThreeDays, "10:00"), booker).body().path("id").asString();
        moveClockTo(inThreeDays, "00:00");
        booker = booker.again(api);
        therapist = therapist.again(api);

        assertProblem(booker.api(api).post(APPOINTMENTS + "/" + id + "/reschedule", Map.of("start", at(inThreeDays, "15:00"))),
                422, "change-window-passed");
        Api.Response movedByTherapist = therapist.api(api).post(APPOINTMENTS + "/" + id + "/reschedule",
                Map.of("start", at(inThreeDays, "15:00")));
        assertThat(movedByTherapist.status()).as(movedByTherapist.toString()).isEqualTo(200);
        assertThat(booker.api(api).post(APPOINTMENTS + "/" + id + "/cancel", Map.of()).body().path("status").asString())
                .isEqualTo("LATE_CANCELLED");
    }

    @Test
    void theTherapistRecordsCompletionOrAMissedAppointmentOnlyOnceItStarted() {
        Booker booker = booker(api);
        String first = book(api, therapist, "FOLLOW_UP", at(inThreeDays, "09:00"), booker).body().path("id").asString();
        String second = book(api, therapist, "FOLLOW_UP", at(inThreeDays, "10:00"), booker).body().path("id").asString();

        assertProblem(therapist.api(api).post(APPOINTMENTS + "/" + first + "/complete", null), 422, "appointment-not-changeable");
        assertThat(booker.api(api).post(APPOINTMENTS + "/" + first + "/complete", null).status()).isEqualTo(403);

        clock.advance(Duration.ofDays(4));
        therapist = therapist.again(api);
        assertThat(therapist.api(api).post(APPOINTMENTS + "/" + first + "/complete", null).body().path("status").asString())
                .isEqualTo("COMPLETED");
        assertThat(therapist.api(api).post(APPOINTMENTS + "/" + second + "/no-show", null).body().path("status").asString())
                .isEqualTo("NO_SHOW");
    }

    @Test
    void patientsAndTherapistsListOnlyTheirOwnAppointments() {
        Booker booker = booker(api);
        String id = book(api, therapist, "FOLLOW_UP", at(inThreeDays, "09:00"), booker).body().path("id").asString();

        assertThat(booker.api(api).get(APPOINTMENTS).body().path("content").findValuesAsString("id")).containsExactly(id);
        assertThat(therapist.api(api).get(APPOINTMENTS + "?status=CONFIRMED&timeZone=Asia/Kolkata").body()
                .path("content").get(0).path("start").asString()).endsWith("+05:30");
        assertThat(booker(api).api(api).get(APPOINTMENTS).body().path("content")).isEmpty();
        assertThat(TestAccounts.admin(api).api(api).get(APPOINTMENTS).status()).isEqualTo(403);
    }
}
