package com.physiopractice.notification;

import static com.physiopractice.testing.TestMailServer.await;
import static com.physiopractice.testing.TestMailServer.subjectContaining;
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
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Emails and calendar files about appointments, received by a real SMTP server (GreenMail). */
@PracticeIntegrationTest
class AppointmentEmailsHttpTest {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String NEW_YORK = "America/New_York";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
        TestMailServer.start();
    }

    static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    static String eventProperty(Calendar calendar, String name) {
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    static String utc(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant().toString().replace("-", "").replace(":", "");
    }

    @Test
    void bookRescheduleCancelSendInvitationsThatUpdateOneCalendarEntry() {
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "08:00", "18:00");
        Booker booker = BookingFixture.booker(api);
        String patientEmail = booker.patient().email();
        LocalDate inThreeDays = LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(3);
        JsonNode offered = BookingFixture.slots(api, therapist, "INITIAL_CONSULTATION", inThreeDays, inThreeDays, NEW_YORK);
        String first = offered.get(0).path("start").asString();
        String later = offered.get(offered.size() - 1).path("start").asString();

        Api.Response booked = BookingFixture.book(api, therapist, "INITIAL_CONSULTATION", first, booker);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.body().path("id").asString();
        String videoLink = booked.body().path("videoLink").asString();
        assertThat(videoLink).startsWith("https://meet.jit.si/physio-").hasSizeGreaterThan(50);

        MimeMessage confirmation = await(patientEmail, subjectContaining("is booked"), 1, WAIT).get(0);
        Calendar invitation = Emails.calendar(confirmation);
        assertThat(property(invitation, "METHOD")).isEqualTo("REQUEST");
        String uid = eventProperty(invitation, "UID");
        assertThat(uid).contains(id);
        assertThat(eventProperty(invitation, "SEQUENCE")).isEqualTo("0");
        assertThat(eventProperty(invitation, "DTSTART")).isEqualTo(utc(first).replace("Z", "Z"));
        assertThat(eventProperty(invitation, "LOCATION")).isEqualTo(videoLink);
        assertThat(Emails.text(confirmation)).contains("America/Chicago time", videoLink, "Test Therapist");
        assertThat(Emails.html(confirmation)).contains("<a href=\"" + videoLink + "\"");

        MimeMessage forTherapist = await(therapist.email(), subjectContaining("Booked"), 1, WAIT).get(0);
        assertThat(Emails.text(forTherapist)).contains("America/New_York time");
        assertThat(eventProperty(Emails.calendar(forTherapist), "UID")).isEqualTo(uid);

        Api.Response download = booker.api(api).get(BookingFixture.APPOINTMENTS + "/" + id + ".ics");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/calendar");
        assertThat(eventProperty(Emails.parse(download.text()), "UID")).isEqualTo(uid);
        assertThat(BookingFixture.booker(api).api(api).get(BookingFixture.APPOINTMENTS + "/" + id + ".ics").status())
                .as("another patient").isEqualTo(404);

        Api.Response moved = booker.api(api).post(BookingFixture.APPOINTMENTS + "/" + id + "/reschedule", Api.json("start", later));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Calendar update = Emails.calendar(await(patientEmail, subjectContaining("has moved"), 1, WAIT).get(0));
        assertThat(property(update, "METHOD")).isEqualTo("REQUEST");
        assertThat(eventProperty(update, "UID")).isEqualTo(uid);
        assertThat(eventProperty(update, "SEQUENCE")).isEqualTo("1");
        assertThat(eventProperty(update, "DTSTART")).isEqualTo(utc(later));

        Api.Response cancelled = booker.api(api).post(BookingFixture.APPOINTMENTS + "/" + id + "/cancel", Api.json("reason", "Feeling better"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        Calendar cancellation = Emails.calendar(await(patientEmail, subjectContaining("is cancelled"), 1, WAIT).get(0));
        assertThat(property(cancellation, "METHOD")).isEqualTo("CANCEL");
        assertThat(eventProperty(cancellation, "UID")).isEqualTo(uid);
        assertThat(eventProperty(cancellation, "SEQUENCE")).isEqualTo("2");
        assertThat(eventProperty(cancellation, "STATUS")).isEqualTo("CANCELLED");
        await(therapist.email(), subjectContaining("Cancelled"), 1, WAIT);

        TestMailServer.sleep(2_000);
        assertThat(TestMailServer.besidesAccountSetUp(patientEmail)).extracting(Emails::subject).as("each email once")
                .containsExactly(
                "Your online consultation is booked", "Your online consultation has moved",
                "Your online consultation is cancelled");
    }

    @Test
    void nobodyIsWrittenToAtADisabledAccount() {
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "08:00", "18:00");
        Booker booker = BookingFixture.booker(api);
        String id = followUpInThreeDays(therapist, booker);
        await(therapist.email(), subjectContaining("Booked"), 1, WAIT);

        Api.Response disabled = TestAccounts.admin(api).api(api).post("/api/v1/admin/accounts/"
                + therapist.profile().path("accountId").asString() + "/disable", null);
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        Api.Response cancelled = booker.api(api).post(BookingFixture.APPOINTMENTS + "/" + id + "/cancel",
                Api.json("reason", "Feeling better"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        await(booker.patient().email(), subjectContaining("is cancelled"), 1, WAIT);
        TestMailServer.sleep(1_500);
        assertThat(subjects(therapist.email())).as("only the email sent before the account was disabled")
                .containsExactly("Booked: online consultation");
    }

    @Test
    void theTherapistsCalendarFeedShowsInitialsAndCanBeReplaced() {
        SignedIn therapist = BookingFixture.therapistWorking(api, NEW_YORK, "08:00", "18:00");
        Booker booker = BookingFixture.booker(api);
        String id = followUpInThreeDays(therapist, booker);
        String feedPath = "/api/v1/booking/therapists/" + therapist.therapistId() + "/calendar-feed";

        assertThat(booker.api(api).post(feedPath, null).status()).isEqualTo(403);
        Api.Response made = therapist.api(api).post(feedPath, null);
        assertThat(made.status()).isEqualTo(201);
        String url = made.body().path("feedUrl").asString();
        String path = url.substring(url.indexOf("/api/"));

        Api.Response feed = api.get(path);
        assertThat(feed.status()).as("no sign-in: the address is the secret").isEqualTo(200);
        assertThat(feed.text()).contains("appointment-" + id + "@physio-practice", "BEGIN:VEVENT");
        String fullName = booker.patient().profile().path("fullName").asString();
        assertThat(fullName).isNotBlank();
        assertThat(feed.text()).doesNotContain(fullName).doesNotContain(booker.patient().email());
        Emails.parse(feed.text());

        // A rejected token sent with the feed's address is audited without the feed's secret in it.
        assertThat(api.withToken("junk").get(path).status()).isEqualTo(401);
        String secret = path.substring(path.lastIndexOf('/') + 1).replace(".ics", "");
        // Attempts by callers not signed in reach the trail a few seconds later.
        Api admin = TestAccounts.admin(api).api(api);
        String rejected = "";
        for (int wait = 0; wait < 75 && !rejected.contains("/calendar-feed/[secret]"); wait++) {
            TestMailServer.sleep(200);
            rejected = admin.get("/api/v1/audit-events?action=ACCESS_TOKEN_REJECTED&size=100").body().path("content")
                    .toString();
        }
        assertThat(rejected).doesNotContain(secret).contains("/calendar-feed/[secret]");

        assertThat(feed.text()).as("no video room in a feed other services keep copies of")
                .doesNotContain("meet.jit.si").doesNotContain("LOCATION:");
        assertThat(Instant.parse(made.body().path("expiresAt").asString()))
                .isAfter(clock.instant().plus(Duration.ofDays(89))).isBefore(clock.instant().plus(Duration.ofDays(91)));

        String newUrl = therapist.api(api).post(feedPath, null).body().path("feedUrl").asString();
        String newPath = newUrl.substring(newUrl.indexOf("/api/"));
        assertThat(api.get(path).status()).as("the old address stops working").isEqualTo(404);
        assertThat(api.get(newPath).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(91));
        try {
            assertThat(api.get(newPath).status()).as("an address expires").isEqualTo(404);
        } finally {
            clock.reset();
        }
        assertThat(booker.api(api).send("DELETE", feedPath, null, java.util.Map.of()).status()).isEqualTo(403);
        assertThat(therapist.api(api).send("DELETE", feedPath, null, java.util.Map.of()).status()).isEqualTo(204);
        assertThat(api.get(newPath).status()).as("revoked").isEqualTo(404);
    }

    @Test
    void anEmergencyIntakeAlertsTheTherapistWithoutClinicalDetail() {
        SignedIn therapist = TestAccounts.newTherapist(api, "Europe/London");
        SignedIn patient = TestAccounts.newPatient(api);
        Api.Response intake = patient.api(api).post("/api/v1/triage/intakes", IntakeForms.giving("EMERGENCY"));
        String intakeId = intake.body().path("id").asString();

        MimeMessage alert = await(therapist.email(), subjectContaining("EMERGENCY"), 1, WAIT).get(0);
        String text = Emails.text(alert);
        assertThat(text).contains("EMERGENCY", "/therapist/intakes/" + intakeId, "Europe/London time")
                .doesNotContain("SADDLE", "saddle", "numbness", patient.email());

        patient.api(api).post("/api/v1/triage/intakes", IntakeForms.giving("SELF_CARE"));
        TestMailServer.sleep(1_500);
        assertThat(TestMailServer.besidesAccountSetUp(therapist.email())).as("no alert for self-care").hasSize(1);
    }

    /** Books the therapist's first follow-up slot three days ahead for the patient; its id. */
    String followUpInThreeDays(SignedIn therapist, Booker booker) {
        LocalDate inThreeDays = LocalDate.now(clock.withZone(ZoneId.of(NEW_YORK))).plusDays(3);
        String start = BookingFixture.slots(api, therapist, "FOLLOW_UP", inThreeDays, inThreeDays, NEW_YORK).get(0)
                .path("start").asString();
        return BookingFixture.book(api, therapist, "FOLLOW_UP", start, booker).body().path("id").asString();
    }

    static List<String> subjects(String address) {
        return TestMailServer.besidesAccountSetUp(address).stream().map(Emails::subject).toList();
    }

    static Instant instant(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
