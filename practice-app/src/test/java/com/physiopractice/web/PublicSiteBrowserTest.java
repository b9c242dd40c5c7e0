package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The practice's public site as a reader meets it, in a real Chromium: from the home page to an article's call to book. */
@PracticeIntegrationTest
class PublicSiteBrowserTest {

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
        browser.consoleErrors();
    }

    void open(String path) {
        page.get("http://127.0.0.1:" + port + path);
    }

    @Test
    void theHomePageIntroducesTheTherapistAndLeadsToBooking() {
        open("/");

        assertThat(page.getTitle()).contains("lower back and hip pain");
        assertThat(page.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(page.findElement(By.cssSelector("main")).getText()).contains("Dr. Olivia Patel");
        WebElement book = page.findElement(By.cssSelector("main a.button"));
        assertThat(book.getText()).isEqualTo("Book an online consultation");
        assertThat(book.getDomAttribute("href")).isEqualTo("/book");
        String jsonLd = page.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent");
        assertThat(jsonLd).contains("\"Physician\"", "\"Dr. Olivia Patel\"");
        assertThat(page.findElement(By.cssSelector("link[rel=canonical]")).getDomAttribute("href")).endsWith("/");
        assertThat(browser.consoleErrors()).as("nothing blocked by the content security policy").isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("home");
    }

    @Test
    void aReaderSearchesTheLibraryReadsTheArticleFollowsItsLinksAndIsOfferedABooking() {
        open("/");
        browser.clickAndLoad(page.findElement(By.linkText("Learn about back and hip pain")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Learn about lower back and hip pain");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("education");

        WebElement search = page.findElement(By.id("q"));
        browser.typeAndLoad(search, "hip pain");
        assertThat(page.getCurrentUrl()).contains("q=hip+pain");
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("found");
        browser.clickAndLoad(page.findElement(By.cssSelector("a[href='/education/lower-back-and-hip-pain']")));

        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Lower back and hip pain");
        assertThat(page.findElement(By.cssSelector(".disclaimer")).isDisplayed()).isTrue();
        assertThat(page.findElement(By.cssSelector(".reviewed")).getText()).containsAnyOf("Checked by", "Published on");
        assertThat(page.findElement(By.cssSelector(".cta a")).getDomAttribute("href")).isEqualTo("/book");
        assertThat(page.findElements(By.cssSelector("[aria-labelledby=related] li"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent"))
                .contains("\"MedicalWebPage\"");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("article");

        browser.clickAndLoad(page.findElement(By.cssSelector(".prose a[href='/content/herniated-disc']")));
        assertThat(page.getCurrentUrl()).endsWith("/education/herniated-disc");
        assertThat(page.findElement(By.tagName("h1")).getText()).containsIgnoringCase("disc");
    }

    @Test
    void theBookingPageSaysWhatToDoInAnEmergencyFirstAndStartsWithAnAccount() {
        open("/");
        browser.clickAndLoad(page.findElement(By.cssSelector("main a.button")));

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Book an online consultation");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(page.findElement(By.cssSelector(".emergency-box")).getText()).contains("call 911", "emergency department");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndLoad(page.findElement(By.linkText("Create an account to start")));
        assertThat(page.getCurrentUrl()).endsWith("/sign-up");
        browser.screenshots("book");
    }

    @Test
    void theKeyboardFirstReachesALinkThatSkipsToTheContent() {
        open("/education");

        page.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = page.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to the main content");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#main");
        focused.sendKeys(Keys.ENTER);
        assertThat(page.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void anAddressThatIsNoPageShowsTheNotFoundPage() {
        open("/no-such-page");

        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(page.getPageSource()).doesNotContain("Exception", "problem+json");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("not-found");
    }
}
