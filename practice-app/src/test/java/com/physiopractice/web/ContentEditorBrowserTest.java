package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.Browser;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Her editor: she writes a piece (every bad field named, the preview following what she types,
 * sanitized), sends it to review, publishes it and finds it on the public site, then compares two
 * revisions side by side and restores the older one.
 */
@PracticeIntegrationTest
class ContentEditorBrowserTest {

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
    void sheWritesAPiecePublishesItAndRestoresAnOlderRevision() {
        SignedIn therapist = TestAccounts.newTherapist(Api.on(port), "UTC");
        ChromeDriver page = browser.signIn(port, therapist.email(), therapist.password());
        browser.clickAndLoad(page.findElement(By.linkText("Content")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Education content");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-content-list");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Write it']")));

        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the draft']")));
        assertThat(page.findElements(By.cssSelector(".error-summary li a"))).extracting(link -> link.getDomAttribute("href"))
                .containsExactly("#title", "#slug", "#summary", "#bodyMarkdown");

        String slug = "walking-for-a-sore-back-" + UUID.randomUUID().toString().substring(0, 8);
        page.findElement(By.id("title")).sendKeys("Walking for a sore back");
        page.findElement(By.id("slug")).sendKeys(slug);
        page.findElement(By.id("summary")).sendKeys("Why a short daily walk helps, and how to start.");
        page.findElement(By.id("bodyMarkdown")).sendKeys("## Start small\n\nWalk for ten minutes. Then rest."
                + "\n\n<script>alert('x')</script>");
        new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> !driver.findElements(
                By.xpath("//div[@id='preview']//h2[.='Start small']")).isEmpty());
        assertThat(page.findElements(By.cssSelector("#preview script"))).as("sanitized as readers get it").isEmpty();
        assertThat(page.findElement(By.cssSelector("#preview .reading-level")).getText()).startsWith("Reading level: grade");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the draft']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("draft is saved");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Draft", "Revisions (1)");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-content-edit");
        String editor = page.getCurrentUrl();

        page.findElement(By.id("title")).clear();
        page.findElement(By.id("title")).sendKeys("Walking when your back is sore");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save a new revision']")));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Revisions (2)");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Send it to review']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Sent to review");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Approve and publish']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("on the site now");

        page.get(url("/education/" + slug));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Walking when your back is sore");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Walk for ten minutes");
        assertThat(page.findElements(By.cssSelector("main script"))).as("raw HTML is shown as text, never run").isEmpty();

        page.get(editor);
        browser.clickAndLoad(page.findElement(By.partialLinkText("Revisions (")));
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Compare them side by side']")));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Revision 1 and revision 2");
        assertThat(page.findElement(By.cssSelector(".facts")).getText()).contains("Walking for a sore back",
                "Walking when your back is sore");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.screenshots("practice-content-compare");
        browser.clickAndLoad(page.findElement(By.linkText("Back to the revisions")));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndLoad(page.findElement(By.cssSelector("#revision-1 button")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("Restored");
        assertThat(page.findElement(By.id("title")).getDomProperty("value")).isEqualTo("Walking for a sore back");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Revisions (3)");
        page.get(url("/education/" + slug));
        assertThat(page.findElement(By.tagName("h1")).getText()).as("readers keep the published revision")
                .isEqualTo("Walking when your back is sore");
    }

    @Test
    void archivingAPublishedPieceAsksFirst() {
        SignedIn therapist = TestAccounts.newTherapist(Api.on(port), "UTC");
        ChromeDriver page = browser.signIn(port, therapist.email(), therapist.password());
        page.get(url("/practice/content/new?type=SELF_CARE_TIP"));
        String slug = "keep-moving-" + UUID.randomUUID().toString().substring(0, 8);
        page.findElement(By.id("title")).sendKeys("Keep moving");
        page.findElement(By.id("slug")).sendKeys(slug);
        page.findElement(By.id("summary")).sendKeys("Gentle movement through the day.");
        page.findElement(By.id("bodyMarkdown")).sendKeys("Stand up and walk a little every hour.");
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Save the draft']")));
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Send it to review']")));
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Approve and publish']")));

        browser.clickAndLoad(page.findElement(By.linkText("Archive it…")));
        assertThat(page.findElement(By.cssSelector(".confirm")).getText()).contains("Readers can no longer open it");
        assertThat(published(slug)).as("nothing happens before she says yes").isEqualTo(200);
        browser.clickAndLoad(page.findElement(By.xpath("//button[.='Archive it']")));
        assertThat(page.findElement(By.cssSelector("[role=status]")).getText()).contains("off the site");
        assertThat(published(slug)).isEqualTo(404);
    }

    private int published(String slug) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url("/education/" + slug))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
