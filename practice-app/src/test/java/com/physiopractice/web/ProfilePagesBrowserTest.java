package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Her own details on her page: the same rules as /api/v1/me, every bad field named, the password and a second factor. */
@PracticeIntegrationTest
class ProfilePagesBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    ChromeDriver page;
    SignedIn patient;

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
        patient = TestAccounts.newPatient(Api.on(port));
        page.get("http://127.0.0.1:" + port + "/sign-in");
        page.findElement(By.id("email")).sendKeys(patient.email());
        browser.typeAndLoad(page.findElement(By.id("password")), patient.password());
        browser.clickAndLoad(page.findElement(By.linkText("Your details, password and second factor")));
    }

    void type(String field, String text) {
        page.findElement(By.id(field)).clear();
        page.findElement(By.id(field)).sendKeys(text);
    }

    void press(String action) {
        browser.clickAndLoad(page.findElement(By.cssSelector("form[action='" + action + "'] button")));
    }

    @Test
    void sheDownloadsEverythingThePracticeHoldsAboutHerAndClosesHerAccountFromHerPage() {
        page.get("http://127.0.0.1:" + port + "/portal");
        browser.clickAndLoad(page.findElement(By.linkText("Download your data")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your data");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("my-data");

        // What the two links download, fetched by the page itself with her session.
        String readable = (String) page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href*=\"format=html\"]').href).then(r => r.text()).then(done);");
        assertThat(readable).contains("Your health record", "About you", "Test Patient", "1985-06-15");
        String fhir = (String) page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href*=\"format=fhir\"]').href).then(r => r.text()).then(done);");
        assertThat(fhir).contains("\"resourceType\": \"Bundle\"", "\"type\": \"collection\"", patient.patientId());

        // Closing her account needs her to say she understands; then she is told what happened.
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Close my account']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#understood");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("my-data-close-problem");
        page.findElement(By.id("understood")).click();
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Close my account']")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your account is closed");
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Consultations cancelled: 0");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("account-closed");
        assertThat(Api.on(port).post("/api/v1/auth/token", Api.json("email", patient.email(), "password",
                patient.password())).status()).as("she can no longer sign in").isEqualTo(401);
    }

    @Test
    void sheChangesHerDetailsAndEveryBadOneIsNamed() {
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains(patient.email());
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("profile");

        type("fullName", " ");
        type("phone", "call me maybe");
        press("/portal/profile");
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#fullName", "#phone");
        assertThat(page.findElement(By.id("phone")).getDomProperty("value")).as("kept").isEqualTo("call me maybe");
        assertThat(browser.accessibilityViolations()).isEmpty();

        type("fullName", "Sam Okafor");
        type("phone", "+44 20 7946 0000");
        new Select(page.findElement(By.id("timeZone"))).selectByValue("America/New_York");
        press("/portal/profile");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("saved");
        assertThat(patient.api(Api.on(port)).get("/api/v1/me").text()).contains("Sam Okafor", "America/New_York");
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsHerOtherSessions() {
        type("currentPassword", "not my password");
        type("newPassword", "Another-Long-Password-2026");
        press("/portal/password");
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Current password: is not your current password");
        assertThat(patient.api(Api.on(port)).get("/api/v1/me").status()).as("nothing changed").isEqualTo(200);

        type("currentPassword", patient.password());
        type("newPassword", "Another-Long-Password-2026");
        press("/portal/password");
        assertThat(page.findElement(By.cssSelector(".notice")).getText()).contains("password is changed");
        assertThat(patient.api(Api.on(port)).get("/api/v1/me").status()).as("her other session ended").isEqualTo(401);
        page.navigate().refresh();
        assertThat(page.findElement(By.tagName("h1")).getText()).as("this one stays").isEqualTo("Your details");
    }

    @Test
    void sheTurnsOnASecondFactorWithHerAppAndKeepsHerRecoveryCodes() throws Exception {
        type("secondFactorPassword", patient.password());
        press("/portal/second-factor");
        assertThat(page.findElement(By.cssSelector("main img")).getDomAttribute("src")).startsWith("data:image/png;base64,");
        String secret = page.findElement(By.id("secret")).getText();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("second-factor");

        type("code", new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
                clock.instant().getEpochSecond() / 30));
        press("/portal/second-factor/confirm");
        assertThat(page.findElements(By.cssSelector(".codes li"))).hasSize(10);
        browser.clickAndLoad(page.findElement(By.linkText("I have kept my codes")));
        assertThat(page.findElement(By.cssSelector("[aria-labelledby=second-factor]")).getText()).contains("It is on");
        Api.Response withoutCode = Api.on(port).post("/api/v1/auth/token",
                Api.json("email", patient.email(), "password", patient.password()));
        assertThat(withoutCode.text()).as("sign-in now asks for a code").contains("second-factor-required");
    }
}
