package com.physiopractice.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An administrator disables a therapist's account: the consequences first (her patients still to
 * be seen), then in one step she is signed out, off the public list, not bookable and without a
 * calendar feed, while her appointments stay booked for the practice to move or cancel.
 */
@PracticeIntegrationTest
class TherapistLeavesHttpTest {

    static final String NEW_YORK = "America/New_York";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Test
    void disablingATherapistTakesHerOffTheListBookingAndHerFeedAndListsHerPatientsToCall() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "08:00", "18:00");
        Booker booker = BookingFixture.booker(api);
        LocalDate inThreeDays = LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(3);
        JsonNode slots = BookingFixture.slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK);
        String booked = BookingFixture.book(api, therapist, "FOLLOW_UP", slots.get(0).path("start").asString(), booker)
                .body().path("id").asString();
        String feedUrl = therapist.api(api).post("/api/v1/booking/therapists/" + therapist.therapistId()
                + "/calendar-feed", null).body().path("feedUrl").asString();
        String feed = feedUrl.substring(feedUrl.indexOf("/api/"));
        assertThat(api.get(feed).status()).isEqualTo(200);
        Api admin = TestAccounts.admin(api).api(api);
        String caseload = "/api/v1/admin/therapists/" + therapist.therapistId() + "/upcoming-appointments";

        Api.Response before = admin.get(caseload);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.body()).hasSize(1);
        assertThat(before.body().get(0).path("appointment").path("id").asString()).isEqualTo(booked);
        assertThat(before.body().get(0).path("patientEmail").asString()).isEqualTo(booker.patient().email());
        assertThat(before.body().get(0).path("patientName").asString())
                .isEqualTo(booker.patient().profile().path("fullName").asString());
        assertThat(therapist.api(api).get(caseload).status()).as("administrators only").isEqualTo(403);

        Api.Response disabled = admin.post("/api/v1/admin/accounts/" + therapist.profile().path("accountId").asString()
                + "/disable", null);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);

        assertThat(therapist.api(api).get("/api/v1/me").status()).as("signed out").isEqualTo(401);
        assertThat(api.get("/api/v1/booking/therapists").body().findValuesAsString("id"))
                .doesNotContain(therapist.therapistId());
        Api.Response another = BookingFixture.book(api, therapist, "FOLLOW_UP",
                slots.get(slots.size() - 1).path("start").asString(), BookingFixture.booker(api));
        assertThat(another.status()).as("not bookable").isEqualTo(404);
        assertThat(api.get(feed).status()).as("her feed address stops working").isEqualTo(404);

        JsonNode after = admin.get(caseload).body();
        assertThat(after.findValuesAsString("id")).as("her appointments stay, to be moved or cancelled")
                .containsExactly(booked);
        assertThat(after.get(0).path("appointment").path("status").asString()).isEqualTo("CONFIRMED");
        JsonNode trail = admin.get("/api/v1/audit-events?subjectType=THERAPIST&subjectId=" + therapist.therapistId()
                + "&size=100").body().path("content");
        assertThat(trail.findValuesAsString("action")).contains("CALENDAR_FEED_REVOKED", "THERAPIST_CASELOAD_LISTED");
    }
}
