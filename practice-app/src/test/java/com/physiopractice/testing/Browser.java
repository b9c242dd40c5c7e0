package com.physiopractice.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real, headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}),
 * started fresh for a test class. Nothing is downloaded: without the two programs the browser
 * tests are skipped, and say so.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Every page a browser test visits, at each width, for people to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser, or the test is skipped where Chromium is not installed. */
    public static Browser start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            System.out.println("[WARNING] Browser tests SKIPPED: Chromium is not installed here "
                    + "(apt-get install -y chromium chromium-driver). .ci/run installs it and runs them.");
        }
        Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed: browser tests skipped");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    // The flags measured on these machines: without the networking ones Chromium's
                    // own background connections fail against the closed network.
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                            "--lang=en-GB");
            // The browser's console, to catch content security policy violations and script errors.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A fresh session (no cookies) signed in through the sign-in page, as a person does. */
    public ChromeDriver signIn(int port, String email, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://127.0.0.1:" + port + "/sign-in");
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        typeAndLoad(driver.findElement(org.openqa.selenium.By.id("password")), password);
        return driver;
    }

    /**
     * Clicks something that loads another page (a link, a form's button) and waits until the old
     * page is gone and the new one has loaded, so the next look is at the new page.
     */
    public void clickAndLoad(org.openqa.selenium.WebElement target) {
        whileLoading(target::click);
    }

    /** Types into a field and presses Enter, which sends its form, and waits for the next page. */
    public void typeAndLoad(org.openqa.selenium.WebElement field, String text) {
        whileLoading(() -> field.sendKeys(text, org.openqa.selenium.Keys.ENTER));
    }

    /** Does something that loads another page (a key press, a script) and waits for the new page. */
    public void whileLoading(Runnable action) {
        org.openqa.selenium.WebElement before = driver.findElement(org.openqa.selenium.By.tagName("html"));
        action.run();
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
                Duration.ofSeconds(20));
        // Gone: stale, or (Chromium sometimes says it so) no longer part of the document.
        wait.until(gone -> {
            try {
                before.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException stale) {
                return true;
            }
        });
        wait.until(loaded -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** What the page wrote to the console as errors since the last call (a blocked script or style shows here). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    /** Saves the page as it is now at desktop (1280 px) and phone (375 px) widths, then restores the desktop width. */
    public void screenshots(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {375, 1280}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                Long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 900), 6000)));
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(new Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page as it is now.
     * axe-core comes from npm ({@code AXE_SCRIPT}, set by .ci/run); without it the check is skipped,
     * and says so once.
     */
    public java.util.List<String> accessibilityViolations() {
        String script = System.getenv("AXE_SCRIPT");
        if (script == null || !Files.isReadable(Path.of(script))) {
            if (!axeSkipNoted) {
                System.out.println("[WARNING] axe-core checks SKIPPED: set AXE_SCRIPT to axe.min.js (npm install axe-core); "
                        + ".ci/run does.");
                axeSkipNoted = true;
            }
            return java.util.List.of();
        }
        try {
            driver.executeScript(Files.readString(Path.of(script)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) found;
        return violations;
    }

    private static boolean axeSkipNoted;

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
