package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator's pages: she invites a therapist, who enrols by the emailed link and signs in;
 * she disables the account after seeing the consultations it leaves booked; she searches the audit
 * trail and downloads it.
 */
@PracticeIntegrationTest
class AdminPagesBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

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

    @Test
    void sheInvitesATherapistWhoEnrolsThenDisablesHerSeeingWhatItLeavesBooked() throws Exception {
        Api api = Api.on(port);
        ChromeDriver page = signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(page.getCurrentUrl()).as("her home is the staff list").endsWith("/admin");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Staff");

        String email = TestAccounts.uniqueEmail("invited");
        page.findElement(By.id("email")).sendKeys("not an address");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Send the invitation']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#email", "#fullName");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).as("kept").isEqualTo("not an address");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("admin-staff-invite-errors");

        page.findElement(By.id("email")).clear();
        page.findElement(By.id("email")).sendKeys(email);
        page.findElement(By.id("fullName")).sendKeys("Dr. Sam Invited");
        page.findElement(By.id("title")).sendKeys("DPT");
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("timeZone"))).selectByValue("Europe/Dublin");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Send the invitation']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Invitation sent", email);
        assertThat(row(page, email)).contains("Dr. Sam Invited", "Therapist", "Invited, not enrolled yet");

        // She follows the emailed link in her own browser.
        page.manage().deleteAllCookies();
        page.get("http://127.0.0.1:" + port + "/enrol?token=" + TestAccounts.enrolmentToken(email));
        browser.typeAndLoad(page.findElement(By.id("password")), "short");
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#password");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("enrol-refused");
        browser.typeAndLoad(page.findElement(By.id("password")), TestAccounts.PASSWORD);
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("password is saved");
        page.findElement(By.id("email")).sendKeys(email);
        browser.typeAndLoad(page.findElement(By.id("password")), TestAccounts.PASSWORD);
        assertThat(page.getCurrentUrl()).as("she is in her workspace").endsWith("/practice");
        assertThat(status(page, "/admin")).as("a therapist is not an administrator").isEqualTo(403);

        SignedIn therapist = TestAccounts.signIn(api, email, TestAccounts.PASSWORD);
        List<Map<String, String>> everyDay = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            everyDay.add(Map.of("day", day, "start", "00:00", "end", "23:45"));
        }
        assertThat(therapist.api(api).send("PUT", "/api/v1/booking/therapists/" + therapist.therapistId()
                + "/weekly-hours", Map.of("periods", everyDay), Map.of()).status()).isEqualTo(200);
        BookingFixture.Booker patient = BookingFixture.booker(api);
        assertThat(BookingFixture.book(api, therapist, "FOLLOW_UP", "2027-01-20T10:00:00Z", patient).status())
                .isEqualTo(201);

        signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        assertThat(row(page, email)).contains("Active");
        browser.clickAndLoad(page.findElement(By.cssSelector("#account-" + accountId(page, email) + " a")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("every session it has ends now",
                "Consultations still booked with her: 1", "20 Jan 2027, 10:00", "Test Patient",
                patient.patient().email());
        assertThat(TestAccounts.signIn(api, email, TestAccounts.PASSWORD).accessToken()).as("not yet").isNotBlank();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("admin-disable");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Disable the account']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains(email, "is disabled");
        assertThat(row(page, email)).contains("Disabled").doesNotContain("Disable…");
        assertThat(api.post("/api/v1/auth/token", Api.json("email", email, "password", TestAccounts.PASSWORD)).status())
                .as("she can no longer sign in").isEqualTo(401);
        assertThat(therapist.api(api).get("/api/v1/me").status()).as("her sessions ended").isEqualTo(401);
    }

    @Test
    void sheSearchesTheAuditTrailEveryBadFilterNamedAndDownloadsIt() throws Exception {
        ChromeDriver page = signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        String admin = TestAccounts.admin(Api.on(port)).profile().path("accountId").asString();
        browser.clickAndLoad(page.findElement(By.linkText("Audit trail")));
        page.findElement(By.id("action")).sendKeys("SIGN_IN_SUCCEEDED");
        page.findElement(By.id("actor")).sendKeys(admin);
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Search']")));
        List<String> actions = page.findElements(By.cssSelector("table.audit tbody tr td:nth-child(3)")).stream()
                .map(cell -> cell.getText()).toList();
        assertThat(actions).isNotEmpty().containsOnly("SIGN_IN_SUCCEEDED");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("admin-audit");

        String csvPath = page.findElement(By.linkText("Download as CSV (at most 10,000 lines)")).getDomAttribute("href");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + csvPath)).header("Cookie", session(page)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).startsWith("id,occurredAt,actorAccount");
        if (actions.size() < 50) {
            assertThat(rows).as("the same lines as the page").hasSize(actions.size() + 1);
        }
        assertThat(rows.subList(1, rows.size())).allMatch(row -> row.contains("\"SIGN_IN_SUCCEEDED\"")
                && row.contains("\"" + admin + "\""));

        page.executeScript("document.getElementById('from').type = 'text'; document.getElementById('from').value = 'yesterday'");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Search']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#from");

        page.get("http://127.0.0.1:" + port + "/admin/audit?action=AUDIT_EXPORTED&actor=" + admin);
        assertThat(page.findElements(By.cssSelector("table.audit tbody tr"))).as("the download is on the trail")
                .isNotEmpty();
    }

    @Test
    void emailsHeldUpByAMailOutageAreListedAndSentAgainFromThePage() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        BookingFixture.Booker patient = BookingFixture.booker(api);
        ChromeDriver page = signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        TestMailServer.stop();
        try {
            assertThat(BookingFixture.book(api, therapist, "FOLLOW_UP", "2027-01-21T10:00:00Z", patient).status())
                    .isEqualTo(201);
            page.get("http://127.0.0.1:" + port + "/admin/emails");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (page.findElements(By.xpath("//table[contains(@class,'outbox')]//tr[td[2][.='AppointmentBooked']]"))
                    .isEmpty() && System.nanoTime() < deadline) {
                TestMailServer.sleep(500);
                page.navigate().refresh();
            }
            assertThat(page.findElements(By.xpath("//table[contains(@class,'outbox')]//tr[td[2][.='AppointmentBooked']]")))
                    .as("the confirmation waits, visible").isNotEmpty();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshots("admin-emails");
        } finally {
            TestMailServer.start();
        }
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Send all again now']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("handed over again");
        TestMailServer.await(patient.patient().email(), TestMailServer.subjectContaining("is booked"), 1,
                Duration.ofSeconds(30));
        String admin = TestAccounts.admin(api).profile().path("accountId").asString();
        assertThat(TestAccounts.admin(api).api(api).get("/api/v1/audit-events?action=NOTIFICATIONS_RESUBMITTED&actor="
                + admin).body().path("content")).as("the page's resubmission is on the trail").isNotEmpty();
    }

    @Test
    void sheChecksTheFilesOfTheSystemSheLeavesThenImportsThemAllAtOnce() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "Europe/London", "08:00", "18:00");
        String patient = TestAccounts.uniqueEmail("moving");
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("practice-import");
        java.nio.file.Path bad = java.nio.file.Files.writeString(folder.resolve("patients-bad.csv"),
                "Reference,Full name,Date of birth,Email\nM-1,Mary Moving,1970-05-06," + patient + "\nM-2,Nobody Dated,06/05/1970,\n");
        java.nio.file.Path good = java.nio.file.Files.writeString(folder.resolve("patients.csv"),
                "Reference,Full name,Date of birth,Email\nM-1,Mary Moving,1970-05-06," + patient + "\n");
        java.nio.file.Path consultations = java.nio.file.Files.writeString(folder.resolve("appointments.csv"),
                "patient_reference,therapist_email,type,start\nM-1," + therapist.email() + ",FOLLOW_UP,2027-02-04 09:00\n");

        ChromeDriver page = signIn(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
        browser.clickAndLoad(page.findElement(By.linkText("Import")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Import from another system");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Check the files (nothing is stored)']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .as("no file chosen").containsExactly("#patients");

        page.findElement(By.id("patients")).sendKeys(bad.toAbsolutePath().toString());
        page.findElement(By.id("appointments")).sendKeys(consultations.toAbsolutePath().toString());
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Import']")));
        assertThat(page.findElement(By.cssSelector(".error-summary h2")).getText()).contains("1 row cannot be imported",
                "nothing was imported");
        assertThat(page.findElement(By.id("refused")).getText()).contains("Patients", "3", "M-2", "date_of_birth",
                "email");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("admin-import-refused");
        assertThat(TestAccounts.admin(api).api(api).get("/api/v1/audit-events?action=PRACTICE_IMPORTED").status())
                .isEqualTo(200);

        page.findElement(By.id("patients")).sendKeys(good.toAbsolutePath().toString());
        page.findElement(By.id("appointments")).sendKeys(consultations.toAbsolutePath().toString());
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Check the files (nothing is stored)']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText())
                .contains("1 patient and 1 consultation would be created");
        browser.screenshots("admin-import-checked");

        page.findElement(By.id("patients")).sendKeys(good.toAbsolutePath().toString());
        page.findElement(By.id("appointments")).sendKeys(consultations.toAbsolutePath().toString());
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Import']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Imported 1 patient and 1 consultation");
        assertThat(page.getCurrentUrl()).endsWith("/admin/import");
        assertThat(api.post("/api/v1/auth/password-reset", Api.json("email", patient)).status()).isEqualTo(202);
        TestMailServer.await(patient, TestMailServer.subjectContaining("Reset your password"), 1, Duration.ofSeconds(20));
    }

    private ChromeDriver signIn(String email, String password) {
        return browser.signIn(port, email, password);
    }

    private static String row(ChromeDriver page, String email) {
        return page.findElement(By.xpath("//tr[td[1][.='" + email + "']]")).getText();
    }

    private static String accountId(ChromeDriver page, String email) {
        return page.findElement(By.xpath("//tr[td[1][.='" + email + "']]")).getDomAttribute("id").substring(
                "account-".length());
    }

    private static String session(ChromeDriver page) {
        return "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private int status(ChromeDriver page, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Cookie", session(page)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
