package com.physiopractice.booking;

import static com.physiopractice.testing.BookingFixture.APPOINTMENTS;
import static com.physiopractice.testing.BookingFixture.book;
import static com.physiopractice.testing.BookingFixture.booker;
import static com.physiopractice.testing.BookingFixture.slots;
import static com.physiopractice.testing.BookingFixture.therapistWorking;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Time zones and daylight saving over HTTP, and the therapist's own schedule. */
@PracticeIntegrationTest
class BookingTimeZonesHttpTest {

    static final ZoneId NY = ZoneId.of("America/New_York");

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;
    SignedIn therapist;

    @BeforeEach
    void practice() {
        api = Api.on(port);
        therapist = therapistWorking(api, "America/New_York", "09:00", "12:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void moveClockTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
        therapist = therapist.again(api);
    }

    @Test
    void aPatientInKolkataSeesNineInTheNewYorkMorningOnBothSidesOfTheSpringChange() {
        moveClockTo(Instant.parse("2027-03-01T12:00:00Z"));

        JsonNode before = slots(api, therapist, "INITIAL_CONSULTATION", LocalDate.of(2027, 3, 13), LocalDate.of(2027, 3, 13),
                "Asia/Kolkata");
        JsonNode after = slots(api, therapist, "INITIAL_CONSULTATION", LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 15),
                "Asia/Kolkata");

        // 09:00 EST is 19:30 in Kolkata; 09:00 EDT is 18:30.
        assertThat(before.get(0).path("start").asString()).isEqualTo("2027-03-13T19:30:00+05:30");
        assertThat(after.get(0).path("start").asString()).isEqualTo("2027-03-15T18:30:00+05:30");
        assertThat(OffsetDateTime.parse(after.get(0).path("end").asString()))
                .isEqualTo(OffsetDateTime.parse("2027-03-15T19:30:00+05:30"));
    }

    @Test
    void aFortyFiveMinuteOffsetZoneGetsItsOwnOffset() {
        LocalDate day = LocalDate.now(clock.withZone(NY)).plusDays(4);

        JsonNode kathmandu = slots(api, therapist, "FOLLOW_UP", day, day, "Asia/Kathmandu");

        assertThat(kathmandu).isNotEmpty().allSatisfy(slot -> assertThat(slot.path("start").asString()).endsWith("+05:45"));
    }

    @Test
    void datesAreTheDatesOfTheZoneAskedFor() {
        // The New York morning of day D is the evening of day D in Kolkata: asking for D there gets it.
        LocalDate day = LocalDate.now(clock.withZone(NY)).plusDays(4);
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");

        JsonNode slots = slots(api, therapist, "FOLLOW_UP", day, day, "Asia/Kolkata");

        assertThat(slots).isNotEmpty().allSatisfy(slot ->
                assertThat(OffsetDateTime.parse(slot.path("start").asString()).atZoneSameInstant(kolkata).toLocalDate())
                        .isEqualTo(day));
        assertThat(OffsetDateTime.parse(slots.get(0).path("start").asString()).toInstant())
                .isEqualTo(ZonedDateTime.of(day, LocalTime.of(9, 0), NY).toInstant());
    }

    @Test
    void theMinimumNoticeEndingOnTheDstDayIsCountedInRealHours() {
        // 21:29 EST on Saturday 13 March 2027; twelve real hours later it is 10:29 EDT on Sunday.
        moveClockTo(ZonedDateTime.of(LocalDate.of(2027, 3, 13), LocalTime.of(21, 29), NY).toInstant());

        JsonNode sunday = slots(api, therapist, "FOLLOW_UP", LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 14),
                "America/New_York");

        assertThat(sunday.get(0).path("start").asString()).isEqualTo("2027-03-14T10:30:00-04:00");
    }

    @Test
    void timeOffHidesItsSlotsAndReportsTheAppointmentsAlreadyInIt() {
        LocalDate day = LocalDate.now(clock.withZone(NY)).plusDays(6);
        Booker booker = booker(api);
        String start = ZonedDateTime.of(day, LocalTime.of(10, 0), NY).toOffsetDateTime().toString();
        String id = book(api, therapist, "FOLLOW_UP", start, booker).body().path("id").asString();
        assertThat(slots(api, therapist, "FOLLOW_UP", day, day, "America/New_York")).isNotEmpty();

        Api.Response added = therapist.api(api).post("/api/v1/booking/therapists/" + therapist.therapistId() + "/time-off",
                Map.of("start", ZonedDateTime.of(day, LocalTime.MIDNIGHT, NY).toOffsetDateTime().toString(),
                        "end", ZonedDateTime.of(day.plusDays(1), LocalTime.MIDNIGHT, NY).toOffsetDateTime().toString(),
                        "reason", "Conference"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.body().path("conflictingAppointmentIds").findValuesAsString("")).isEmpty();
        assertThat(texts(added.body().path("conflictingAppointmentIds"))).containsExactly(id);
        assertThat(booker.api(api).get(APPOINTMENTS + "/" + id).body().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(slots(api, therapist, "FOLLOW_UP", day, day, "America/New_York")).isEmpty();

        String timeOffId = added.body().path("timeOff").path("id").asString();
        assertThat(therapist.api(api).send("DELETE", "/api/v1/booking/therapists/" + therapist.therapistId()
                + "/time-off/" + timeOffId, null, Map.of()).status()).isEqualTo(204);
        assertThat(slots(api, therapist, "FOLLOW_UP", day, day, "America/New_York")).isNotEmpty();
    }

    @Test
    void onlyTheTherapistHerselfManagesHerHoursAndTimeOff() {
        String hours = "/api/v1/booking/therapists/" + therapist.therapistId() + "/weekly-hours";
        Map<String, Object> body = Map.of("periods", List.of(Map.of("day", "MONDAY", "start", "08:00", "end", "09:00")));

        assertThat(TestAccounts.newTherapist(api, "Europe/London").api(api).send("PUT", hours, body, Map.of()).status())
                .isEqualTo(403);
        assertThat(TestAccounts.newPatient(api).api(api).get(hours).status()).isEqualTo(403);
        assertThat(api.get(hours).status()).isEqualTo(401);
        Api.Response overlapping = therapist.api(api).send("PUT", hours, Map.of("periods", List.of(
                Map.of("day", "MONDAY", "start", "08:00", "end", "10:00"),
                Map.of("day", "MONDAY", "start", "09:00", "end", "11:00"))), Map.of());
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(therapist.api(api).get(hours).body().path("periods")).hasSize(7);
    }

    @Test
    void everyReadAndChangeOfAnAppointmentIsAudited() {
        LocalDate day = LocalDate.now(clock.withZone(NY)).plusDays(4);
        Booker booker = booker(api);
        String id = book(api, therapist, "FOLLOW_UP", ZonedDateTime.of(day, LocalTime.of(9, 0), NY).toOffsetDateTime()
                .toString(), booker).body().path("id").asString();
        therapist.api(api).get(APPOINTMENTS + "/" + id);
        booker(api).api(api).get(APPOINTMENTS + "/" + id);
        booker.api(api).post(APPOINTMENTS + "/" + id + "/cancel", Map.of());

        JsonNode trail = TestAccounts.admin(api).api(api).get("/api/v1/audit-events?subjectType=APPOINTMENT&subjectId=" + id)
                .body();

        assertThat(texts(trail.path("content").findValues("action"))).contains("APPOINTMENT_BOOKED", "APPOINTMENT_READ",
                "APPOINTMENT_ACCESS_REFUSED", "APPOINTMENT_CHANGED");
    }

    static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }
}
