package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A patient creates her account, confirms her address from the email, signs in and out: in a real Chromium. */
@PracticeIntegrationTest
class AccountPagesBrowserTest {

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
    void driver() {
        page = browser.driver();
        page.manage().deleteAllCookies();
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
    void aPatientSignsUpConfirmsHerAddressSignsInAndOut() {
        String email = TestAccounts.uniqueEmail("browser");
        open("/");
        browser.clickAndLoad(page.findElement(By.linkText("Sign in")));
        browser.clickAndLoad(page.findElement(By.linkText("New here? Create an account")));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("sign-up");

        // First with mistakes: every one is named, above the form and beside its field.
        type("fullName", " ");
        type("email", email);
        type("dateOfBirth", "01012015");
        type("password", "password");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .contains("#fullName", "#dateOfBirth", "#password");
        assertThat(page.findElement(By.id("email")).getDomProperty("value")).as("kept").isEqualTo(email);
        assertThat(page.findElement(By.id("password")).getDomProperty("value")).as("never sent back").isEmpty();
        assertThat(page.findElement(By.id("fullName")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("sign-up-problems");

        type("fullName", "Robin Hartley");
        type("dateOfBirth", "04211980");
        type("password", TestAccounts.PASSWORD);
        new Select(page.findElement(By.id("timeZone"))).selectByValue("Europe/London");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Check your email");

        open("/verify-email?token=" + TestAccounts.verificationToken(email));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Confirm your email address");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your email address is confirmed");

        open("/sign-in");
        type("email", email);
        type("password", "not the password at all");
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.findElement(By.cssSelector(".error-summary")).getText()).contains("not right");
        type("email", email);
        type("password", TestAccounts.PASSWORD);
        browser.consoleErrors(); // the refusals above were pages answered 400 and 401, which the console notes
        browser.clickAndLoad(page.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(page.getCurrentUrl()).endsWith("/portal");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My page");
        assertThat(page.findElements(By.cssSelector(".notice"))).as("her address is confirmed").isEmpty();
        assertThat(page.manage().getCookieNamed("JSESSIONID").isHttpOnly()).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("portal");

        browser.clickAndLoad(page.findElement(By.cssSelector("form[action='/sign-out'] button")));
        open("/portal");
        assertThat(page.getCurrentUrl()).as("signed out: the portal asks to sign in").contains("/sign-in");
    }
}
