package com.physiopractice.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The safety check-in before a consultation, over HTTP: the patient answers the safety questions
 * again, a new urgent sign gives her the advice an intake would, holds the appointment, alerts the
 * therapist, and shows on the appointment until the therapist releases it.
 */
@PracticeIntegrationTest
class CheckInHttpTest {

    static final String NEW_YORK = "America/New_York";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;
    SignedIn therapist;
    Booker booker;
    String appointment;
    String checkIn;

    @BeforeEach
    void aConsultationInThreeDays() {
        api = Api.on(port);
        TestMailServer.start();
        therapist = BookingFixture.therapistWorking(api, NEW_YORK, "08:00", "18:00");
        booker = BookingFixture.booker(api);
        LocalDate inThreeDays = LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(3);
        String start = BookingFixture.slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK).get(0)
                .path("start").asString();
        Api.Response booked = BookingFixture.book(api, therapist, "FOLLOW_UP", start, booker);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        appointment = booked.body().path("id").asString();
        checkIn = "/api/v1/triage/appointments/" + appointment + "/check-in";
    }

    static Map<String, Object> answers(String... yes) {
        Map<String, Object> safety = new LinkedHashMap<>();
        IntakeForms.SAFETY_QUESTIONS.forEach(question -> safety.put(question, false));
        for (String question : yes) {
            safety.put(question, true);
        }
        return Map.of("safety", safety);
    }

    @Test
    void theCheckInIsAskedADayBeforeWithTheSafetyQuestionsAndShownToBothOfThem() {
        Api.Response read = booker.api(api).get(checkIn);

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode body = read.body();
        assertThat(OffsetDateTime.parse(body.path("askedFrom").asString()).toInstant())
                .isEqualTo(OffsetDateTime.parse(body.path("consultationStart").asString()).toInstant()
                        .minus(Duration.ofHours(24)));
        assertThat(body.path("awaited").asBoolean()).isFalse();
        assertThat(body.path("questions").path("questions")).hasSize(16);
        assertThat(therapist.api(api).get(checkIn).status()).isEqualTo(200);
        assertThat(BookingFixture.booker(api).api(api).get(checkIn).status()).as("another patient").isEqualTo(404);
        assertThat(api.get(checkIn).status()).isEqualTo(401);
        assertThat(therapist.api(api).post(checkIn, answers()).status()).as("only the patient checks in").isEqualTo(403);
    }

    @Test
    void nothingNewLetsTheConsultationGoAhead() {
        Api.Response answered = booker.api(api).post(checkIn, answers());

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.body().path("newSigns")).isEmpty();
        assertThat(answered.body().path("appointmentOnHold").asBoolean()).isFalse();
        assertThat(therapist.api(api).get(BookingFixture.APPOINTMENTS + "/" + appointment).body().path("hold").isNull())
                .isTrue();
    }

    @Test
    void aNewUrgentSignHoldsTheAppointmentAlertsTheTherapistAndWaitsForHerToReleaseIt() {
        Api.Response answered = booker.api(api).post(checkIn, answers("FEVER_OR_CHILLS"));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.body().path("newSigns").get(0).asString()).isEqualTo("safety:FEVER_OR_CHILLS");
        assertThat(answered.body().path("safety").path("disposition").asString()).isEqualTo("URGENT_MEDICAL");
        assertThat(answered.body().path("safety").path("rules").get(0).asString()).isEqualTo("U-INFECTION");
        assertThat(answered.body().path("safety").path("guidance").path("headline").asString())
                .contains("see a doctor today");
        assertThat(answered.body().path("appointmentOnHold").asBoolean()).isTrue();

        JsonNode seen = therapist.api(api).get(BookingFixture.APPOINTMENTS + "/" + appointment).body();
        assertThat(seen.path("status").asString()).as("held, not cancelled").isEqualTo("CONFIRMED");
        assertThat(seen.path("hold").path("reason").asString()).isEqualTo("URGENT_MEDICAL (U-INFECTION)");
        assertThat(seen.path("checkIn").path("answers").get(0).path("disposition").asString()).isEqualTo("URGENT_MEDICAL");
        assertThat(seen.path("checkIn").path("awaited").asBoolean()).isFalse();
        assertThat(Emails.text(TestMailServer.await(therapist.email(),
                TestMailServer.subjectContaining("Check-in needs your attention: URGENT_MEDICAL"), 1,
                Duration.ofSeconds(20)).get(0))).contains("on hold").contains("/therapist/appointments/" + appointment);

        assertThat(booker.api(api).post(BookingFixture.APPOINTMENTS + "/" + appointment + "/release-hold", Map.of())
                .status()).as("only the therapist releases").isEqualTo(403);
        Api.Response released = therapist.api(api).post(BookingFixture.APPOINTMENTS + "/" + appointment
                + "/release-hold", Map.of());
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.body().path("hold").isNull()).isTrue();
        assertThat(therapist.api(api).post(BookingFixture.APPOINTMENTS + "/" + appointment + "/release-hold", Map.of())
                .status()).isEqualTo(409);
    }

    @Test
    void badAnswersAreNamedAndANewEmergencyAmongTheRestIsStillTold() {
        Map<String, Object> body = new LinkedHashMap<>(answers("BLADDER_OR_BOWEL_CHANGE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> safety = new LinkedHashMap<>((Map<String, Object>) body.get("safety"));
        safety.put("FEVER_OR_CHILLS", "no");
        body.put("safety", safety);

        Api.Response refused = booker.api(api).post(checkIn, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("safety.FEVER_OR_CHILLS");
        assertThat(refused.body().path("safety").path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(refused.body().path("emergencyAdvice").path("headline").asString()).contains("911");
        assertThat(therapist.api(api).get(BookingFixture.APPOINTMENTS + "/" + appointment).body().path("hold")
                .path("reason").asString()).startsWith("EMERGENCY");
    }

    @Test
    void aCancelledConsultationHasNoCheckIn() {
        booker.api(api).post(BookingFixture.APPOINTMENTS + "/" + appointment + "/cancel", Map.of());

        Api.Response answered = booker.api(api).post(checkIn, answers());

        assertThat(answered.status()).isEqualTo(409);
        assertThat(answered.body().path("type").asString()).endsWith("/check-in-not-open");
    }
}
