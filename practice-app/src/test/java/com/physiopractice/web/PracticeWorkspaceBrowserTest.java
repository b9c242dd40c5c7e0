package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import tools.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The therapist's workspace: her day (today's consultations in order, recording how each went,
 * cancelling one with a reason) and her time off (a collision is shown before anything is saved).
 */
@PracticeIntegrationTest
class PracticeWorkspaceBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void sheRecordsOneAsTakenPlaceOneAsMissedAndCancelsALaterOneWithAReason() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        // Bookings need 12 hours' notice: these are made on the 12th, the suite's first day.
        Booker first = BookingFixture.booker(api);
        Booker second = BookingFixture.booker(api);
        Booker later = BookingFixture.booker(api);
        List<String> ids = List.of(booked(api, therapist, "2027-01-13T08:00:00Z", first),
                booked(api, therapist, "2027-01-13T09:00:00Z", second),
                booked(api, therapist, "2027-01-13T15:00:00Z", later));
        // The practice clock ticks on from 2027-01-12T14:00Z as the suite runs: go to one instant.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-13T09:50:00Z")));

        ChromeDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get("http://127.0.0.1:" + port + "/practice");
        assertThat(page.getCurrentUrl()).as("a visitor signs in first").endsWith("/sign-in");
        page.findElement(By.id("email")).sendKeys(therapist.email());
        browser.typeAndLoad(page.findElement(By.id("password")), therapist.password());
        assertThat(page.getCurrentUrl()).as("her home is her day").endsWith("/practice");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Wednesday 13 January 2027", "UTC time");
        assertThat(page.findElements(By.cssSelector(".day > li"))).extracting(item -> item.getDomAttribute("id"))
                .containsExactly("appointment-" + ids.get(0), "appointment-" + ids.get(1), "appointment-" + ids.get(2));
        assertThat(card(page, ids.get(0)).getText()).contains("08:00", "over", "Self-care").doesNotContain("Join");
        assertThat(card(page, ids.get(2)).findElement(By.linkText("Join the call")).getDomAttribute("href"))
                .startsWith("https://");
        // The clock goes on ticking from where the test moved it.
        assertThat(card(page, ids.get(2)).getText()).contains("15:00").containsPattern("in 5 h (9|10) min");
        assertThat(card(page, ids.get(2)).findElements(By.tagName("button"))).as("not started: nothing to record")
                .isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-day");

        browser.clickAndLoad(card(page, ids.get(0)).findElement(By.xpath(".//button[.='It took place']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("taken place", "08:00");
        browser.clickAndLoad(card(page, ids.get(1)).findElement(By.xpath(".//button[.='Patient did not come']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("missed", "09:00");
        assertThat(card(page, ids.get(0)).getText()).contains("Done");
        assertThat(card(page, ids.get(1)).getText()).contains("Missed");
        assertThat(card(page, ids.get(1)).findElements(By.tagName("button"))).as("recorded once").isEmpty();

        browser.clickAndLoad(card(page, ids.get(2)).findElement(By.linkText("Cancel…")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("cannot be undone");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Cancel the consultation']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#reason");
        SignedIn her = therapist.again(api);
        assertThat(status(api, her, ids.get(2))).as("nothing changed yet").isEqualTo("CONFIRMED");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-cancel");
        browser.typeAndLoad(page.findElement(By.id("reason")), "I am unwell today; please book another time.");
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Cancelled", "15:00");
        assertThat(card(page, ids.get(2)).getText()).contains("Cancelled");

        assertThat(status(api, her, ids.get(0))).isEqualTo("COMPLETED");
        assertThat(status(api, her, ids.get(1))).isEqualTo("NO_SHOW");
        assertThat(status(api, her, ids.get(2))).isEqualTo("CANCELLED");
    }

    @Test
    void timeOffThatCollidesListsTheConsultationsBeforeAnythingIsSaved() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        String booked = booked(api, therapist, "2027-01-14T10:00:00Z", BookingFixture.booker(api));
        ChromeDriver page = signedIn(therapist);
        browser.clickAndLoad(page.findElement(By.linkText("Your hours")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("UTC time");
        assertThat(page.findElement(By.id("sunday-end-1")).getDomProperty("value")).isEqualTo("23:45");

        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Add the time off']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#startDate", "#endDate");
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).contains("First day: Enter a date");

        set(page, "startDate", "2027-01-14");
        set(page, "endDate", "2027-01-14");
        set(page, "endTime", "12:00");
        page.findElement(By.id("reason")).sendKeys("Course");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Add the time off']")));
        assertThat(page.findElement(By.cssSelector(".collisions")).getText())
                .contains("1 booked consultation(s)", "Thu 14 Jan 2027 10:00", "Nothing has been saved yet");
        assertThat(timeOff(api, therapist)).as("not saved yet").isEqualTo("[]");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-hours-collision");

        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Add the time off anyway']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("still to move or cancel: 1");
        assertThat(page.findElement(By.cssSelector(".time-off")).getText())
                .contains("Thu 14 Jan 2027 09:00 until Thu 14 Jan 2027 12:00", "(Course)");
        assertThat(timeOff(api, therapist)).contains("2027-01-14T09:00:00Z", "Course");
        assertThat(status(api, therapist.again(api), booked)).as("never cancelled by itself").isEqualTo("CONFIRMED");

        browser.clickAndLoad(page.findElement(By.linkText("Remove…")));
        assertThat(page.findElement(By.cssSelector(".time-off .confirm")).getText()).contains("book these hours again");
        assertThat(timeOff(api, therapist)).as("asked first").contains("Course");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Remove this time off']")));
        assertThat(timeOff(api, therapist)).isEqualTo("[]");
    }

    @Test
    void sheChangesHerWeekAndEveryBadTimeIsNamed() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "09:00", "17:00");
        ChromeDriver page = signedIn(therapist);
        page.get("http://127.0.0.1:" + port + "/practice/hours");
        assertThat(page.findElement(By.id("monday-start-1")).getDomProperty("value")).isEqualTo("09:00");

        set(page, "monday-end-1", "12:00");
        set(page, "monday-start-2", "13:00");
        set(page, "monday-end-2", "17:00");
        set(page, "tuesday-start-1", "");
        set(page, "tuesday-end-1", "");
        set(page, "wednesday-end-1", "");
        set(page, "thursday-start-2", "16:00");
        set(page, "thursday-end-2", "18:00");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save your week']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#wednesday-end-1", "#thursday-start-2");
        assertThat(page.findElement(By.id("monday-start-2")).getDomProperty("value")).as("kept").isEqualTo("13:00");
        assertThat(weeklyHours(api, therapist)).as("nothing saved").contains("\"day\":\"TUESDAY\"");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-hours-week");

        set(page, "wednesday-end-1", "17:00");
        set(page, "thursday-start-2", "");
        set(page, "thursday-end-2", "");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save your week']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Your week is saved");
        String saved = weeklyHours(api, therapist);
        assertThat(saved).doesNotContain("TUESDAY").contains("\"start\":\"13:00", "\"end\":\"12:00");
    }

    @Test
    void herWeekShowsHoursTimeOffAndConsultationsAndOneOpensFromIt() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "09:00", "17:00");
        // The suite's clock starts on Tuesday 12 January 2027: this week is Monday 11 to Sunday 17.
        Booker thursdayPatient = BookingFixture.booker(api);
        String thursday = booked(api, therapist, "2027-01-14T10:00:00Z", thursdayPatient);
        String friday = booked(api, therapist, "2027-01-15T09:00:00Z", BookingFixture.booker(api));
        assertThat(therapist.api(api).send("POST", "/api/v1/booking/appointments/" + friday + "/cancel",
                Map.of("reason", "Course moved"), Map.of()).status()).isEqualTo(200);
        assertThat(therapist.api(api).post("/api/v1/booking/therapists/" + therapist.therapistId() + "/time-off",
                Map.of("start", "2027-01-16T00:00:00Z", "end", "2027-01-17T12:00:00Z", "reason", "Weekend away"))
                .status()).isEqualTo(201);

        ChromeDriver page = signedIn(therapist);
        browser.clickAndLoad(page.findElement(By.linkText("Calendar")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Week of 11 Jan 2027 to 17 Jan 2027");
        assertThat(page.findElements(By.cssSelector(".calendar-day"))).extracting(day -> day.getDomAttribute("id"))
                .containsExactly("day-2027-01-11", "day-2027-01-12", "day-2027-01-13", "day-2027-01-14",
                        "day-2027-01-15", "day-2027-01-16", "day-2027-01-17");
        assertThat(day(page, "2027-01-12").getDomAttribute("class")).contains("today");
        assertThat(entries(page, "2027-01-14")).containsExactly("Working 09:00–17:00",
                "10:00–10:30 Test Patient · Follow-up online consultation");
        assertThat(entries(page, "2027-01-15")).containsExactly("Working 09:00–17:00",
                "09:00–09:30 Test Patient · Follow-up online consultation Cancelled");
        assertThat(entries(page, "2027-01-16")).as("a whole day off, then her hours she will not work")
                .containsExactly("Time off all day (Weekend away)", "Working 09:00–17:00");
        assertThat(entries(page, "2027-01-17")).containsExactly("Time off 00:00–12:00 (Weekend away)",
                "Working 09:00–17:00");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-calendar-week");

        browser.clickAndLoad(day(page, "2027-01-14").findElement(By.cssSelector(".appointment a")));
        assertThat(page.getCurrentUrl()).endsWith("/practice/appointments/" + thursday);
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Consultation with Test Patient",
                "Thursday 14 January 2027, 10:00–10:30", "Follow-up online consultation", "Booked", "booked by the patient");
        assertThat(page.findElement(By.linkText("Cancel…")).getDomAttribute("href"))
                .endsWith("/practice/appointments/" + thursday + "/cancel");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-appointment");

        // The patient rang: she moves it for her.
        browser.clickAndLoad(page.findElement(By.linkText("Move…")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("now 14 Jan 2027, 10:00",
                "sent the new time");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Move it to this time']")));
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).contains("Choose one of the times");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-move");
        page.findElement(By.cssSelector("input[name=start][value='2027-01-14T14:00:00Z']")).click();
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Move it to this time']")));
        assertThat(page.getCurrentUrl()).endsWith("/practice/appointments/" + thursday);
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Moved to 14 Jan 2027, 14:00");
        assertThat(page.findElement(By.cssSelector("ol.history")).getText()).contains("moved by you to 14 Jan 2027, 14:00");
        JsonNode moved = therapist.api(api).get(BookingFixture.APPOINTMENTS + "/" + thursday).body();
        assertThat(java.time.OffsetDateTime.parse(moved.path("start").asString()).toInstant())
                .isEqualTo(Instant.parse("2027-01-14T14:00:00Z"));
        assertThat(TestMailServer.await(thursdayPatient.patient().email(), TestMailServer.subjectContaining("has moved"),
                1, Duration.ofSeconds(20))).as("the patient is told").hasSize(1);

        browser.clickAndLoad(page.findElement(By.linkText("Back to that day in the calendar")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Thursday 14 January 2027");
        assertThat(page.findElements(By.cssSelector(".calendar-day"))).hasSize(1);
        browser.clickAndLoad(page.findElement(By.linkText("Next day")));
        assertThat(entries(page, "2027-01-15")).hasSize(2);
        browser.clickAndLoad(page.findElement(By.linkText("The whole week")));
        browser.clickAndLoad(page.findElement(By.linkText("Next week")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Week of 18 Jan 2027 to 24 Jan 2027");
        assertThat(page.findElements(By.cssSelector(".calendar .appointment"))).isEmpty();

        String session = page.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> bad = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/practice/calendar?week=next-tuesday")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("Exception", "at com.");
    }

    @Test
    void herCalendarFeedAddressIsShownOnceAndSheIsAskedBeforeItStops() throws Exception {
        SignedIn therapist = TestAccounts.newTherapist(Api.on(port), "UTC");
        ChromeDriver page = signedIn(therapist);
        browser.clickAndLoad(page.findElement(By.linkText("Settings")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains(therapist.email(), "UTC",
                "You have no feed address");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Make a feed address']")));
        String first = page.findElement(By.id("feed-url")).getDomProperty("value");
        assertThat(first).startsWith("http://127.0.0.1:" + port + "/api/v1/booking/calendar-feed/").endsWith(".ics");
        assertThat(feed(first)).isEqualTo(200);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-settings-feed");

        page.navigate().refresh();
        assertThat(page.findElements(By.id("feed-url"))).as("shown once").isEmpty();
        assertThat(page.findElement(By.tagName("main")).getText()).contains("You made your feed address on");

        browser.clickAndLoad(page.findElement(By.linkText("Make a new address…")));
        assertThat(page.findElement(By.cssSelector(".confirm")).getText()).contains("stops working at once");
        assertThat(feed(first)).as("nothing changed before she says yes").isEqualTo(200);
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Make a new address']")));
        String second = page.findElement(By.id("feed-url")).getDomProperty("value");
        assertThat(second).isNotEqualTo(first);
        assertThat(feed(first)).isEqualTo(404);
        assertThat(feed(second)).isEqualTo(200);

        browser.clickAndLoad(page.findElement(By.linkText("Turn the feed off…")));
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Turn the feed off']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Your calendar feed is off");
        assertThat(feed(second)).isEqualTo(404);

        // A double click: the browser follows only the second answer, whose address is the live one.
        page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('form[action$="/calendar-feed"]');
                fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual'})
                    .then(() => done(), () => done());
                """);
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Make a feed address']")));
        assertThat(feed(page.findElement(By.id("feed-url")).getDomProperty("value"))).as("the address shown works")
                .isEqualTo(200);
    }

    private static int feed(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static WebElement day(ChromeDriver page, String date) {
        return page.findElement(By.id("day-" + date));
    }

    private static List<String> entries(ChromeDriver page, String date) {
        return day(page, date).findElements(By.cssSelector(".entry")).stream()
                .map(entry -> entry.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    @Test
    void aPatientIsRefusedTheWorkspace() throws Exception {
        SignedIn patient = TestAccounts.newPatient(Api.on(port));
        ChromeDriver page = signedIn(patient);
        page.get("http://127.0.0.1:" + port + "/practice");
        assertThat(page.findElement(By.tagName("h1")).getText()).doesNotContain("Today");
        assertThat(page.findElement(By.tagName("main")).getText()).containsIgnoringCase("not allowed");
        String session = page.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<Void> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/practice")).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode trail = TestAccounts.admin(Api.on(port)).api(Api.on(port)).get("/api/v1/audit-events?action=ACCESS_DENIED"
                + "&actor=" + patient.profile().path("accountId").asString()).body();
        assertThat(trail.path("content").findValuesAsString("subjectId")).as("refusals are on the trail")
                .contains("/practice");
    }

    /** A fresh browser session signed in through the sign-in page. */
    private ChromeDriver signedIn(SignedIn person) {
        return browser.signIn(port, person.email(), person.password());
    }

    private static void set(ChromeDriver page, String field, String value) {
        page.executeScript("arguments[0].value = arguments[1]", page.findElement(By.id(field)), value);
    }

    private static String weeklyHours(Api api, SignedIn therapist) {
        return therapist.api(api).get("/api/v1/booking/therapists/" + therapist.therapistId() + "/weekly-hours").text();
    }

    private static String timeOff(Api api, SignedIn therapist) {
        return therapist.again(api).api(api).get("/api/v1/booking/therapists/" + therapist.therapistId() + "/time-off")
                .text();
    }

    private static WebElement card(ChromeDriver page, String id) {
        return page.findElement(By.id("appointment-" + id));
    }

    private static String booked(Api api, SignedIn therapist, String start, Booker booker) {
        Api.Response booked = BookingFixture.book(api, therapist, "FOLLOW_UP", start, booker);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.body().path("id").asString();
    }

    private static String status(Api api, SignedIn therapist, String id) {
        return therapist.api(api).get(BookingFixture.APPOINTMENTS + "/" + id).body().path("status").asString();
    }
}
