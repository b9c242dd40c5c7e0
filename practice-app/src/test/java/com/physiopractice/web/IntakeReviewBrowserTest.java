package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Her review of intake forms in the workspace: she signs in with her code, the queue puts
 * emergencies first, an intake shows its red flags first, she confirms one (a second submission of
 * the same form adds nothing) and changes another only with a note.
 */
@PracticeIntegrationTest
class IntakeReviewBrowserTest {

    private static final List<String> URGENCY = List.of("EMERGENCY", "URGENT_MEDICAL", "GP_REFERRAL",
            "PHYSIO_CONSULTATION", "SELF_CARE");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

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
    void sheReviewsTheEmergencyFirstAndChangesAnotherOnlyWithANote() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = TestAccounts.newTherapist(api, "UTC");
        String secret = therapist.api(api).post("/api/v1/me/second-factor", Api.json("currentPassword",
                therapist.password())).body().path("secret").asString();
        assertThat(therapist.api(api).post("/api/v1/me/second-factor/confirm", Api.json("code", code(secret)))
                .status()).isEqualTo(200);
        Booker selfCare = BookingFixture.booker(api, IntakeForms.giving("SELF_CARE"));
        Booker emergency = BookingFixture.booker(api, IntakeForms.giving("EMERGENCY"));
        // A code is accepted once: the next one is in the next 30 seconds.
        clock.advance(Duration.ofSeconds(31));

        ChromeDriver page = browser.driver();
        page.manage().deleteAllCookies();
        page.get(url("/practice/intakes"));
        page.findElement(By.id("email")).sendKeys(therapist.email());
        browser.typeAndLoad(page.findElement(By.id("password")), therapist.password());
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).as("her code is asked for")
                .isNotBlank();
        page.findElement(By.id("password")).sendKeys(therapist.password());
        browser.typeAndLoad(page.findElement(By.id("code")), code(secret));
        assertThat(page.getCurrentUrl()).endsWith("/practice");

        browser.clickAndLoad(page.findElement(By.linkText("Intake forms")));
        List<WebElement> rows = page.findElements(By.cssSelector("table.queue tbody tr"));
        assertThat(rows).as("ours at least are waiting").isNotEmpty();
        assertThat(rows.get(0).getDomAttribute("data-disposition")).as("an emergency waits at the top")
                .isEqualTo("EMERGENCY");
        assertMostUrgentFirstAndOldestFirstWithin(rows);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-intakes");

        page.get(url("/practice/intakes/" + emergency.intakeId()));
        assertThat(page.findElement(By.cssSelector(".red-flags")).getText()).contains("E-CES", "cauda equina", "numb around your genitals");
        assertThat(page.findElements(By.cssSelector(".answers h3")).get(0).getText()).as("the flagged group first")
                .containsIgnoringCase("safety");
        WebElement flagged = page.findElement(By.cssSelector(".flagged[data-field='safety.SADDLE_NUMBNESS']"));
        assertThat(flagged.getText()).contains("Red flag:", "Yes");
        assertThat(page.findElements(By.cssSelector(".flagged"))).hasSize(1);
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-intake-emergency");

        // Two submissions of one form, as a double click sends them: one review is saved.
        Object answers = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.querySelector('form[action$="/review"]');
                const send = () => fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                    redirect: 'manual'}).then(response => response.type + ':' + response.status);
                Promise.all([send(), send()]).then(done, error => done(String(error)));
                """);
        assertThat(answers.toString()).doesNotContain("500", "Error");
        page.navigate().refresh();
        assertThat(page.findElements(By.cssSelector("ol.history li"))).hasSize(1);
        JsonNode reviewed = intake(api, therapist, emergency.intakeId());
        assertThat(reviewed.path("reviews")).hasSize(1);
        assertThat(reviewed.path("status").asString()).isEqualTo("REVIEWED");
        assertThat(reviewed.path("currentDisposition").asString()).isEqualTo("EMERGENCY");

        // The self-care patient: reached from her timeline.
        page.get(url("/practice/patients/" + selfCare.patient().patientId()));
        browser.clickAndLoad(page.findElement(By.cssSelector("a[href$='/practice/intakes/" + selfCare.intakeId()
                + "']")));
        page.findElement(By.cssSelector("input[name=decision][value=override]")).click();
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("disposition")))
                .selectByValue("PHYSIO_CONSULTATION");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the review']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#note");
        assertThat(intake(api, therapist, selfCare.intakeId()).path("reviews")).as("nothing saved").isEmpty();
        assertThat(page.findElement(By.cssSelector("input[name=decision][value=override]")).isSelected())
                .as("her choice kept").isTrue();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-intake-override-error");

        page.findElement(By.id("note")).sendKeys("Pain 8 of 10 at night: I want to see her myself.");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the review']")));
        assertThat(page.getCurrentUrl()).contains("/practice/intakes");
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Review saved");
        JsonNode overridden = intake(api, therapist, selfCare.intakeId());
        assertThat(overridden.path("currentDisposition").asString()).isEqualTo("PHYSIO_CONSULTATION");
        assertThat(overridden.path("disposition").asString()).as("the rules' own result kept").isEqualTo("SELF_CARE");
        assertThat(overridden.path("reviews").get(0).path("note").asString()).contains("see her myself");

        JsonNode trail = TestAccounts.admin(api).api(api).get("/api/v1/audit-events?action=INTAKE_READ&subjectId="
                + emergency.intakeId()).body();
        assertThat(trail.path("content")).as("the pages' reads are audited").isNotEmpty();
        assertThat(trail.path("content").findValuesAsString("actorAccount")).as("with who read it")
                .contains(therapist.profile().path("accountId").asString());
    }

    @Test
    void whereTheSecondFactorIsRequiredHerWorkspaceOpensOnlyAfterSheSetsOneUp() throws Exception {
        SignedIn therapist = TestAccounts.newTherapist(Api.on(port), "UTC");
        // A node of the practice as production runs it: staff need a second factor.
        try (SecondInstance strict = SecondInstance.start("--practice.identity.second-factor-required-for-staff=true")) {
            int strictPort = strict.port();
            AdjustableClock strictClock = strict.bean(AdjustableClock.class);
            ChromeDriver page = browser.driver();
            page.manage().deleteAllCookies();
            page.get("http://127.0.0.1:" + strictPort + "/sign-in");
            page.findElement(By.id("email")).sendKeys(therapist.email());
            browser.typeAndLoad(page.findElement(By.id("password")), therapist.password());
            assertThat(page.getCurrentUrl()).as("her password alone does not open the workspace")
                    .contains("/portal/profile?secondFactorNeeded");
            assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("second factor");
            page.get("http://127.0.0.1:" + strictPort + "/practice/intakes");
            assertThat(page.getCurrentUrl()).contains("/portal/profile?secondFactorNeeded");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshots("practice-second-factor-needed");

            page.findElement(By.id("secondFactorPassword")).sendKeys(therapist.password());
            browser.clickAndLoad(page.findElement(By.cssSelector("form[action='/portal/second-factor'] button")));
            String secret = page.findElement(By.id("secret")).getText();
            page.findElement(By.id("code")).sendKeys(code(secret, strictClock));
            browser.clickAndLoad(page.findElement(By.cssSelector("form[action='/portal/second-factor/confirm'] button")));
            assertThat(page.findElements(By.cssSelector(".codes li"))).hasSize(10);
            assertThat(page.findElement(By.tagName("main")).getText()).contains("signed out");

            strictClock.advance(Duration.ofSeconds(31));
            browser.clickAndLoad(page.findElement(By.linkText("Sign in")));
            page.findElement(By.id("email")).sendKeys(therapist.email());
            browser.typeAndLoad(page.findElement(By.id("password")), therapist.password());
            page.findElement(By.id("password")).sendKeys(therapist.password());
            browser.typeAndLoad(page.findElement(By.id("code")), code(secret, strictClock));
            assertThat(page.getCurrentUrl()).endsWith("/practice");
            page.get("http://127.0.0.1:" + strictPort + "/practice/intakes");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Intake forms");
        }
    }

    private static void assertMostUrgentFirstAndOldestFirstWithin(List<WebElement> rows) {
        String previousDisposition = null;
        LocalDateTime previousSent = null;
        for (WebElement row : rows) {
            String disposition = row.getDomAttribute("data-disposition");
            LocalDateTime sent = LocalDateTime.parse(row.findElements(By.tagName("td")).get(2).getText(), SHOWN);
            if (previousDisposition != null) {
                assertThat(URGENCY.indexOf(disposition)).isGreaterThanOrEqualTo(URGENCY.indexOf(previousDisposition));
                if (disposition.equals(previousDisposition)) {
                    assertThat(sent).isAfterOrEqualTo(previousSent);
                }
            }
            previousDisposition = disposition;
            previousSent = sent;
        }
    }

    private String code(String secret) throws CodeGenerationException {
        return code(secret, clock);
    }

    private static String code(String secret, AdjustableClock clock) throws CodeGenerationException {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.instant().getEpochSecond() / 30);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static JsonNode intake(Api api, SignedIn therapist, String id) {
        return therapist.api(api).get("/api/v1/triage/intakes/" + id).body();
    }
}
