package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The spine of the patient pages in a real Chromium: from signing up to a booked consultation
 * that she moves and then cancels, and the same booking made with the keyboard alone.
 */
@PracticeIntegrationTest
class PatientJourneyBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    ChromeDriver page;
    IntakeSteps questionnaire;

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
    void driver() {
        page = browser.driver();
        page.manage().deleteAllCookies();
        questionnaire = new IntakeSteps(browser);
        TestMailServer.start();
    }

    void open(String path) {
        page.get("http://127.0.0.1:" + port + path);
    }

    void type(String field, String text) {
        page.findElement(By.id(field)).clear();
        page.findElement(By.id(field)).sendKeys(text);
    }

    @Test
    void signUpVerifyAnswerBookMoveAndCancel() throws Exception {
        SignedIn therapist = BookingFixture.therapistWorking(Api.on(port), "Europe/London", "08:00", "18:00");
        String email = TestAccounts.uniqueEmail("journey");
        open("/sign-up");
        type("fullName", "Alex Morgan");
        type("email", email);
        type("dateOfBirth", "03151985");
        type("password", TestAccounts.PASSWORD);
        new Select(page.findElement(By.id("timeZone"))).selectByValue("Europe/London");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        open("/verify-email?token=" + TestAccounts.verificationToken(email));
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        open("/sign-in");
        type("email", email);
        type("password", TestAccounts.PASSWORD);
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));

        open("/book");
        browser.clickAndLoad(page.findElement(By.linkText("Answer the questionnaire")));
        assertThat(page.findElement(By.tagName("progress")).getDomAttribute("value")).isEqualTo("1");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("questionnaire-step-1");
        int steps = questionnaire.answerAll(IntakeForms.giving("SELF_CARE"));
        assertThat(steps).as("a few short steps").isBetween(3, 8);

        // The result has its own address: reloading it submits nothing again.
        assertThat(page.getCurrentUrl()).contains("/portal/intakes/");
        page.navigate().refresh();
        assertThat(page.findElement(By.id("why")).getText()).isEqualTo("Why we say this");
        assertThat(page.findElement(By.id("next")).getText()).isEqualTo("Next: choose a time");
        assertThat(page.findElements(By.cssSelector(".urgent-first"))).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("result");

        browser.clickAndLoad(page.findElement(By.cssSelector("[aria-labelledby=next] button")));
        assertThat(page.findElement(By.cssSelector(".lead")).getText()).contains("Europe/London");
        // A week on, so that it can still be moved (not within 24 hours of its start).
        browser.clickAndLoad(page.findElement(By.linkText("Later dates")));
        WebElement hers = page.findElement(By.cssSelector("section[aria-labelledby='with-" + therapist.therapistId() + "']"));
        String firstLabel = hers.findElement(By.cssSelector("fieldset legend")).getText() + " at "
                + hers.findElement(By.cssSelector("label.choice span")).getText();
        hers.findElement(By.cssSelector("input[name=start]")).click();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("times");
        browser.clickAndLoad(hers.findElement(By.cssSelector("button[type=submit]")));

        assertThat(page.getCurrentUrl()).endsWith("?booked");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains(firstLabel, "(Europe/London time)");
        assertThat(page.findElements(By.linkText("Join the video call"))).as("not yet time").isEmpty();
        assertThat(page.findElement(By.id("main")).getText()).contains("The video call opens 10 minutes before");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("booked");
        Calendar ics = Emails.parse(download(page.findElement(By.partialLinkText("Add to your calendar"))));
        assertThat(ics.getComponents("VEVENT")).hasSize(1);

        browser.clickAndLoad(page.findElement(By.linkText("Move to another time")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Move your consultation");
        browser.clickAndLoad(page.findElement(By.linkText("Later dates")));
        WebElement second = page.findElements(By.cssSelector("input[name=start]")).get(1);
        String secondTime = page.findElements(By.cssSelector("label.choice span")).get(1).getText();
        second.click();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("reschedule");
        browser.clickAndLoad(page.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(page.getCurrentUrl()).endsWith("?rescheduled");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains(secondTime).doesNotContain(firstLabel);

        browser.clickAndLoad(page.findElement(By.linkText("Cancel this consultation")));
        assertThat(page.findElement(By.id("main")).getText()).contains("without it counting as late until");
        browser.clickAndLoad(page.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains("Cancelled");

        browser.clickAndLoad(page.findElement(By.linkText("My page")));
        assertThat(page.findElement(By.cssSelector("[aria-labelledby=past]")).getText()).contains("Cancelled");
        assertThat(page.findElement(By.cssSelector("[aria-labelledby=intakes] .card")).getText())
                .contains("Self-care first");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("portal-history");
    }

    @Test
    void aPatientBooksWithTheKeyboardAlone() {
        BookingFixture.therapistWorking(Api.on(port), "Europe/London", "07:00", "20:00");
        SignedIn patient = TestAccounts.newPatient(Api.on(port));
        open("/sign-in");
        type("email", patient.email());
        browser.typeAndLoad(page.findElement(By.id("password")), patient.password());
        open("/book");

        questionnaire.tabTo(page.findElement(By.linkText("Answer the questionnaire")));
        browser.whileLoading(() -> page.switchTo().activeElement().sendKeys(Keys.ENTER));
        questionnaire.answerAllByKeyboard(IntakeForms.giving("SELF_CARE"));

        WebElement showTimes = page.findElement(By.cssSelector("[aria-labelledby=next] button"));
        questionnaire.tabTo(showTimes);
        browser.whileLoading(() -> page.switchTo().activeElement().sendKeys(Keys.ENTER));
        WebElement firstTime = page.findElement(By.cssSelector("input[name=start]"));
        questionnaire.tabTo(firstTime);
        page.switchTo().activeElement().sendKeys(Keys.SPACE);
        assertThat(firstTime.isSelected()).isTrue();
        browser.whileLoading(() -> page.switchTo().activeElement().sendKeys(Keys.ENTER));

        assertThat(page.getCurrentUrl()).endsWith("?booked");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("is booked");
    }

    /** What the browser would save: the link's file, fetched with the page's own session cookie. */
    private String download(WebElement link) throws Exception {
        String cookie = "JSESSIONID=" + page.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.getDomProperty("href")))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(file.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        return file.body();
    }
}
