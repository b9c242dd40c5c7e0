package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The clinical record in Chromium: the therapist opens an episode at a consultation, writes and
 * signs an initial assessment and sets a programme; the patient logs two days of exercises and
 * answers a follow-up ODI from the emailed link; the therapist sees the chart against the MCID and
 * the adherence. Screenshots under target/screenshots; axe-core on every page.
 */
@PracticeIntegrationTest
class ClinicalRecordBrowserTest {

    private static final Pattern MEASURE_LINK = Pattern.compile("/portal/measures/([0-9a-f-]{36})");

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
    void anAssessmentIsSignedExercisesAreLoggedAndTheTherapistSeesTheChartAndTheAdherence() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        Booker patient = BookingFixture.booker(api);
        Api.Response booked = BookingFixture.book(api, therapist, "INITIAL_CONSULTATION", "2027-01-13T10:00:00Z", patient);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-13T10:20:00Z")));

        ChromeDriver page = browser.signIn(port, therapist.email(), therapist.password());
        page.get(url("/practice/patients/" + patient.patient().patientId()));
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Open the episode']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#problem");
        page.findElement(By.id("problem")).sendKeys("Low back pain after lifting");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Open the episode']")));
        assertThat(page.getCurrentUrl()).contains("/practice/episodes/");
        String episodeUrl = page.getCurrentUrl();

        new Select(page.findElement(By.id("kind"))).selectByVisibleText("Initial assessment");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Start the note']")));
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Initial assessment");
        page.findElement(By.id("subjective.history")).sendKeys("Pain since lifting a heavy box a week ago, no leg symptoms.");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Sign the note']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#subjective.consentGiven", "#assessment.workingDiagnosis", "#assessment.reasoning",
                        "#plan.interventions");
        assertThat(page.findElement(By.id("subjective.history")).getDomProperty("value")).as("what she wrote is kept")
                .startsWith("Pain since lifting");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-note-draft");

        page.findElement(By.id("subjective.painNow")).sendKeys("6");
        page.findElement(By.id("subjective.consentGiven")).click();
        page.findElement(By.id("objective.straightLegRaise")).sendKeys("Negative both sides at 80 degrees");
        page.findElement(By.id("objective.faber")).sendKeys("Negative");
        new Select(page.findElement(By.id("assessment.workingDiagnosis"))).selectByVisibleText("Sprain or strain");
        page.findElement(By.id("assessment.reasoning")).sendKeys("Mechanical pattern, neurological screen clear.");
        page.findElement(By.id("plan.goals[0].goal")).sendKeys("Sit through a working day");
        page.findElement(By.id("plan.interventions")).sendKeys("Reassurance, graded activity, home exercises.");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Sign the note']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("signed and locked");
        assertThat(page.findElements(By.id("subjective.history"))).as("a signed note has no form").isEmpty();
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Sprain or strain", "Negative both sides");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-note-signed");

        // She asked for a copy of her record: her page in the workspace offers it, the signed note in it.
        page.get(url("/practice/patients/" + patient.patient().patientId()));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-patient-export");
        String copy = (String) page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href*=\"/export\"][href*=\"format=html\"]').href)"
                + ".then(r => r.text()).then(done);");
        assertThat(copy).contains("Your health record", "Pain since lifting a heavy box", "Sprain or strain");

        page.get(episodeUrl);
        browser.clickAndLoad(page.findElement(By.linkText("Set the programme")));
        page.findElement(By.id("include.glute-bridge")).click();
        page.findElement(By.id("include.clamshell")).click();
        WebElement times = page.findElement(By.id("timesPerDay.glute-bridge"));
        times.clear();
        times.sendKeys("2");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-programme");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the programme']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("programme is saved");

        // Her baseline ODI (asked when the episode opened) through the API; the follow-up one through the page.
        Api her = patient.again(api).api(api);
        JsonNode waiting = her.get("/api/v1/records/me/measures").body();
        String baseline = null;
        for (JsonNode measure : waiting) {
            if (measure.path("instrument").asString().equals("ODI")) {
                baseline = measure.path("id").asString();
            }
        }
        Api.Response first = her.post("/api/v1/records/measures/" + baseline + "/responses", Map.of("answers", Map.of(
                "odi[0]", "3", "odi[1]", "2", "odi[2]", "3", "odi[3]", "2", "odi[4]", "2", "odi[5]", "3", "odi[6]", "2",
                "odi[8]", "2", "odi[9]", "3")));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        ChromeDriver patientPage = browser.signIn(port, patient.patient().email(), patient.patient().password());
        patientPage.get(url("/portal/exercises"));
        doExercise(patientPage, "Glute bridge", 4, 3);
        doExercise(patientPage, "Glute bridge", 3, 3);
        doExercise(patientPage, "Clamshell", 2, 2);
        assertThat(patientPage.findElement(By.tagName("main")).getText()).contains("Done 2 of 2 time(s) today");
        // A time input types differently by locale; the value it sends is what matters.
        patientPage.executeScript("arguments[0].value = '18:30'", patientPage.findElement(By.cssSelector("input[type=time]")));
        browser.clickAndLoad(patientPage.findElement(By.xpath("//button[.='Save the reminder']")));
        assertThat(patientPage.findElement(By.cssSelector("[role=status]")).getText()).contains("18:30");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-exercises");

        clock.advance(Duration.ofDays(1));
        patientPage = browser.signIn(port, patient.patient().email(), patient.patient().password());
        patientPage.get(url("/portal/exercises"));
        doExercise(patientPage, "Glute bridge", 2, 2);

        page = browser.signIn(port, therapist.email(), therapist.password());
        page.get(episodeUrl);
        new Select(page.findElement(By.id("instrument-choice"))).selectByValue("ODI");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Ask it']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("emailed a link");

        String followUp = linkToNewest(patient.patient().email());
        patientPage = browser.signIn(port, patient.patient().email(), patient.patient().password());
        patientPage.get(url("/portal/measures/" + followUp));
        assertThat(patientPage.findElement(By.tagName("h1")).getText()).isEqualTo("Oswestry Disability Index");
        browser.clickAndLoad(patientPage.findElement(By.xpath("//button[.='Send my answers']")));
        assertThat(patientPage.findElement(By.cssSelector(".error-summary")).getText()).contains("at least 9");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-measure");
        for (int section = 0; section < 10; section++) {
            patientPage.findElement(By.cssSelector("input[name='odi[" + section + "]'][value='1']")).click();
        }
        browser.clickAndLoad(patientPage.findElement(By.xpath("//button[.='Send my answers']")));
        assertThat(patientPage.findElement(By.cssSelector("[role=status]")).getText()).contains("Thank you");
        patientPage.get(url("/portal/measures/" + followUp));
        assertThat(patientPage.findElement(By.cssSelector("[role=status]")).getText()).as("the link, once answered")
                .contains("You answered this questionnaire on");
        assertThat(patientPage.findElements(By.xpath("//button[.='Send my answers']"))).isEmpty();

        page = browser.signIn(port, therapist.email(), therapist.password());
        page.get(episodeUrl);
        WebElement odi = page.findElement(By.id("chart-ODI"));
        assertThat(odi.getText()).contains("from 49 to 20", "29 better", "minimal clinically important change of 10");
        assertThat(odi.findElements(By.cssSelector("svg circle"))).hasSize(2);
        WebElement adherence = page.findElement(By.id("adherence"));
        // Week of Monday 11 January, up to Thursday 14th: bridges 2 a day from Wednesday (4), clamshells 1 a day (2).
        assertThat(adherence.getText()).contains("11 Jan 2027", "4 / 6", "67 %", "2.8");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-episode");

        page.get(url("/practice"));
        assertThat(page.findElements(By.id("unsigned-title"))).as("nothing left unsigned").isEmpty();

        patientPage = browser.signIn(port, patient.patient().email(), patient.patient().password());
        patientPage.get(url("/portal/records"));
        assertThat(patientPage.findElement(By.tagName("main")).getText()).contains("Low back pain after lifting",
                "Initial assessment", "Sprain or strain");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("record-portal-notes");
    }

    private void doExercise(ChromeDriver page, String title, int pain, int difficulty) {
        WebElement card = page.findElement(By.xpath("//section[h2='" + title + "']"));
        card.findElement(By.cssSelector("input[name=pain]")).sendKeys(Integer.toString(pain));
        card.findElement(By.cssSelector("input[name=difficulty]")).sendKeys(Integer.toString(difficulty));
        browser.clickAndLoad(card.findElement(By.xpath(".//button[.='Mark as done']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Done.");
    }

    private static String linkToNewest(String email) {
        List<MimeMessage> emails = TestMailServer.await(email,
                TestMailServer.subjectContaining("questionnaire"), 5, Duration.ofSeconds(15));
        Matcher link = MEASURE_LINK.matcher(Emails.text(emails.get(emails.size() - 1)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
