package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The questionnaire on the page, answered in a real Chromium: an emergency sign is answered with
 * what to do now, first, and no booking; a gentle one with its result and the way on.
 */
@PracticeIntegrationTest
class IntakePagesBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    ChromeDriver page;

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

    @BeforeEach
    void signIn() {
        page = browser.driver();
        page.manage().deleteAllCookies();
        SignedIn patient = TestAccounts.newPatient(Api.on(port));
        page.get("http://127.0.0.1:" + port + "/sign-in");
        page.findElement(By.id("email")).sendKeys(patient.email());
        page.findElement(By.id("password")).sendKeys(patient.password());
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        page.get("http://127.0.0.1:" + port + "/book");
        browser.clickAndLoad(page.findElement(By.linkText("Answer the questionnaire")));
        browser.consoleErrors();
    }

    @Test
    void anEmergencySignIsAnsweredWithWhatToDoNowFirstAndNoBookingEvenWithTheFormUnfinished() {
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("About your pain");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("questionnaire");

        choose("safety.SADDLE_NUMBNESS", "true");
        browser.clickAndLoad(page.findElement(By.cssSelector("button[name=go][value=next]")));

        WebElement first = page.findElement(By.cssSelector("main > *:first-child"));
        assertThat(first.getDomAttribute("class")).contains("urgent-first");
        assertThat(first.getText()).containsIgnoringCase("emergency");
        assertThat(page.findElements(By.cssSelector("form[action='/book/questionnaire']")))
                .as("no more questions before she gets help").isEmpty();
        assertThat(page.findElements(By.linkText("Next: choose a time"))).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("questionnaire-emergency");

        browser.clickAndLoad(page.findElement(By.linkText("Change my answers to the safety questions")));
        assertThat(page.findElement(By.cssSelector("input[name='safety.SADDLE_NUMBNESS'][value='true']")).isSelected())
                .as("answers are kept").isTrue();
    }

    void choose(String field, String value) {
        WebElement input = page.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
        if (!input.isSelected()) {
            input.click();
        }
        assertThat(input.isSelected()).as(field + " " + value).isTrue();
    }

    @Test
    void eachStepNamesItsBadAnswersBesideTheirFieldsAndKeepsTheAnswersAcrossAReload() {
        choose("safety.SADDLE_NUMBNESS", "false");
        browser.clickAndLoad(page.findElement(By.cssSelector("button[name=go][value=next]")));
        assertThat(page.findElement(By.tagName("progress")).getDomAttribute("value")).as("still step 1").isEqualTo("1");
        List<WebElement> problems = page.findElements(By.cssSelector(".error-summary li a"));
        assertThat(problems).extracting(link -> link.getDomAttribute("href"))
                .contains("#safety.BLADDER_OR_BOWEL_CHANGE").doesNotContain("#safety.SADDLE_NUMBNESS", "#painIntensity");
        assertThat(problems).extracting(WebElement::getText).allMatch(text -> text.equals("Please choose yes or no."));
        assertThat(page.findElement(By.id("safety.BLADDER_OR_BOWEL_CHANGE")).getText()).contains("Please choose yes or no.");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("questionnaire-problems");

        for (String question : IntakeForms.SAFETY_QUESTIONS) {
            choose("safety." + question, "false");
        }
        browser.clickAndLoad(page.findElement(By.cssSelector("button[name=go][value=next]")));
        assertThat(page.findElement(By.tagName("progress")).getDomAttribute("value")).isEqualTo("2");
        page.navigate().refresh();
        browser.clickAndLoad(page.findElement(By.cssSelector("button[name=go][value=back]")));
        assertThat(page.findElement(By.cssSelector("input[name='safety.FEVER_OR_CHILLS'][value='false']")).isSelected())
                .as("kept on the server, across a reload").isTrue();
    }

    @Test
    void aMildAcheIsExplainedBookedAtAFreeTimeInHerZoneListedOnHerPageAndCancelled() {
        SignedIn therapist = BookingFixture.therapistWorking(Api.on(port), "Europe/London", "08:00", "18:00");
        new IntakeSteps(browser).answerAll(IntakeForms.giving("SELF_CARE"));

        assertThat(page.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(page.findElement(By.id("why")).getText()).isEqualTo("Why we say this");
        assertThat(page.findElements(By.cssSelector("[aria-labelledby=why] li"))).isNotEmpty();
        assertThat(page.findElement(By.id("next")).getText()).isEqualTo("Next: choose a time");
        assertThat(page.findElements(By.cssSelector(".urgent-first"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("result");

        browser.clickAndLoad(page.findElement(By.cssSelector("[aria-labelledby=next] button")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Choose a time");
        assertThat(page.findElement(By.cssSelector(".lead")).getText()).contains("Times are in your time zone");
        WebElement hers = page.findElement(By.cssSelector("section[aria-labelledby='with-" + therapist.therapistId() + "']"));
        WebElement firstTime = hers.findElement(By.cssSelector("input[name=start]"));
        String label = hers.findElement(By.cssSelector("label.choice span")).getText();
        assertThat(label).matches("\\d{2}:\\d{2}");
        assertThat(browser.accessibilityViolations()).isEmpty();
        firstTime.click();
        browser.clickAndLoad(hers.findElement(By.cssSelector("button[type=submit]")));

        assertThat(page.getCurrentUrl()).contains("/portal/appointments/").endsWith("?booked");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("is booked");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains(label, " time)", "Test Therapist");
        assertThat(page.findElement(By.id("main")).getText()).contains("The video call opens 10 minutes before");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("booked");

        // On her page, then cancelled with the policy said first: the first free time is within 24 hours, so late.
        browser.clickAndLoad(page.findElement(By.linkText("My page")));
        WebElement listed = page.findElement(By.cssSelector("[aria-labelledby=upcoming] .card"));
        assertThat(listed.getText()).contains("Initial online consultation", label);
        browser.clickAndLoad(listed.findElement(By.tagName("a")));
        browser.clickAndLoad(page.findElement(By.linkText("Cancel this consultation")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("counts as a late cancellation");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("cancel");
        page.findElement(By.id("reason")).sendKeys("Feeling better");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("is cancelled");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains("Cancelled late");
        assertThat(page.findElements(By.linkText("Cancel this consultation"))).isEmpty();
        assertThat(page.findElements(By.partialLinkText("Add to your calendar"))).isEmpty();
    }
}
