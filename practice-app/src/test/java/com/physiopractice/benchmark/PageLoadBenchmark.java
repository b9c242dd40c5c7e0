package com.physiopractice.benchmark;

import com.physiopractice.PracticeApplication;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.LocalDatabaseConfiguration;
import com.physiopractice.testing.TestAccounts;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of the pages over HTTP on loopback (not a test): the practice's article page,
 * in full and revalidated with its ETag (304), and a signed-in patient's own page. Starts the
 * application on a throwaway embedded database. Run: see docs/benchmarks.md.
 */
public final class PageLoadBenchmark {

    private static final int CLIENTS = 50;
    private static final int REQUESTS = 20_000;
    private static final String ARTICLE = "/education/lower-back-and-hip-pain";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        System.setProperty("logging.level.root", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        ConfigurableApplicationContext app = SpringApplication.from(PracticeApplication::main)
                .with(LocalDatabaseConfiguration.class)
                .run("--server.port=0", "--practice.identity.bootstrap.admin-password=" + TestAccounts.ADMIN_PASSWORD,
                        "--practice.identity.bootstrap.admin-email=" + TestAccounts.ADMIN_EMAIL,
                        // The benchmark signs its 50 patients in from one address.
                        "--practice.identity.request-limits.registrations-per-address-per-hour=1000")
                .getApplicationContext();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient plain = HttpClient.newHttpClient();
            String etag = plain.send(get(port, ARTICLE, null, null), HttpResponse.BodyHandlers.discarding()).headers()
                    .firstValue("ETag").orElseThrow();
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sessions.add(pageSession(port, registered(Api.on(port))));
            }
            StringBuilder report = new StringBuilder();
            report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                    .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                    .append("; embedded MariaDB 11.4.\n\n");

            if (Boolean.getBoolean("bench.portal-only")) {
                // For profiling the portal alone (e.g. with -XX:StartFlightRecording).
                String signedIn = "wrk.headers[\"Cookie\"] = " + lua(sessions.get(0)) + "\n";
                System.out.println(wrk(port, "/portal", signedIn, 0, "warm-up"));
                System.out.println(wrk(port, "/portal", signedIn, 500, "GET /portal, one signed-in patient"));
                System.out.println(wrk(port, "/portal", signedIn, 200, "GET /portal, one signed-in patient"));
                return;
            }
            LoadRun.Request article = i -> status(plain, get(port, ARTICLE, null, null));
            LoadRun.Request revalidated = i -> status(plain, get(port, ARTICLE, etag, null));
            LoadRun.Request portal = i -> status(plain, get(port, "/portal", null, sessions.get(i % CLIENTS)));
            LoadRun.run(CLIENTS, 5_000, article);
            LoadRun.run(CLIENTS, 5_000, revalidated);
            LoadRun.run(CLIENTS, 5_000, portal);
            report.append(line("GET " + ARTICLE + " (full page)", article));
            report.append(line("GET " + ARTICLE + " with If-None-Match (304)", revalidated));
            report.append(line("GET /portal, 50 signed-in patients", portal));
            String revalidate = "wrk.headers[\"If-None-Match\"] = " + lua(etag) + "\n";
            String signedIn = "wrk.headers[\"Cookie\"] = " + lua(sessions.get(0)) + "\n";
            report.append(Wrk.run(port, ARTICLE, "GET " + ARTICLE + " (full page)", 0));
            report.append(Wrk.run(port, ARTICLE, "GET " + ARTICLE + " (full page)", 20));
            report.append(wrk(port, ARTICLE, revalidate, 0, "GET " + ARTICLE + " with If-None-Match (304)"));
            report.append(wrk(port, ARTICLE, revalidate, 20, "GET " + ARTICLE + " with If-None-Match (304)"));
            report.append(wrk(port, "/portal", signedIn, 0, "GET /portal, one signed-in patient"));
            report.append(wrk(port, "/portal", signedIn, 500, "GET /portal, one signed-in patient"));
            report.append(wrk(port, "/portal", signedIn, 200, "GET /portal, one signed-in patient"));
            System.out.println("\n" + report);
            Path out = Path.of("target", "page-benchmark.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static String line(String label, LoadRun.Request request) throws Exception {
        return label + ", in-JVM load generator, " + CLIENTS + " concurrent clients, " + REQUESTS + " requests:\n"
                + LoadRun.run(CLIENTS, REQUESTS, request).describe() + "\n\n";
    }

    /**
     * wrk with a header, back to back ({@code pauseMillis} 0) or each connection pausing a random
     * 0 to 2 × {@code pauseMillis} between requests. Random, because with one fixed pause the 50
     * connections stay in step and arrive as one burst of 50 each period, which no group of
     * people does; the burst's queue, not the page, then makes the tail.
     */
    private static String wrk(int port, String path, String header, int pauseMillis, String label) throws Exception {
        String script = header + (pauseMillis > 0 ? "function delay()\n  return math.random(0, " + 2 * pauseMillis
                + ")\nend\n" : "");
        Wrk.Run run = Wrk.runScript(port, path, script, 20);
        return label + run.how() + (!run.ran() ? ".\n\n" : (pauseMillis > 0 ? ", each connection pausing a random 0–"
                + 2 * pauseMillis + " ms (mean " + pauseMillis + " ms) between requests" : ", back to back")
                + ":\n```\n" + run.report() + "\n```\n\n");
    }

    /** A new patient (her address not confirmed: her own page does not need it). */
    private static String[] registered(Api api) {
        String email = TestAccounts.uniqueEmail("bench");
        Api.Response registered = api.fromAnotherAddress().post("/api/v1/auth/register", Api.json("email", email,
                "password", TestAccounts.PASSWORD, "fullName", "Benchmark Patient", "dateOfBirth", "1985-06-15",
                "timeZone", "Europe/London"));
        if (registered.status() != 202) {
            throw new IllegalStateException(registered.toString());
        }
        return new String[] {email, TestAccounts.PASSWORD};
    }

    /** Signs in through the sign-in page as a browser does ({email, password}); answers the session cookie to send. */
    static String pageSession(int port, String[] patient) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        String form = browser.send(get(port, "/sign-in", null, null), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "email=" + URLEncoder.encode(patient[0], StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(patient[1], StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
        }
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> "JSESSIONID=" + cookie.getValue()).findFirst().orElseThrow();
    }

    static HttpRequest get(int port, String path, String etag, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return request.build();
    }

    private static int status(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private PageLoadBenchmark() {
    }
}
