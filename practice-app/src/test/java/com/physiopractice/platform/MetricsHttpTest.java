package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Prometheus metrics: HTTP latency per route, the connection pool and the practice's own (bookings,
 * intakes by disposition, emails, the oldest unsent event); the administrators' on the public
 * port, open to the scraper on a management port of its own. Every problem answer and response
 * carries the request's id.
 */
@PracticeIntegrationTest
class MetricsHttpTest {

    @LocalServerPort
    int port;

    @Test
    void administratorsReadThePracticesMetricsAndABookingCountsOnce() {
        Api api = Api.on(port);
        Api admin = TestAccounts.admin(api).api(api);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        Booker patient = BookingFixture.booker(api);

        String before = scrape(admin);
        assertThat(before).contains("http_server_requests_seconds_bucket", "hikaricp_connections_active",
                "practice_emails{state=\"failed\"", "practice_emails{state=\"sending\"", "practice_events_unsent",
                "practice_events_oldest_unsent_age_seconds", "practice_cancellations_total{late=\"true\"",
                "practice_no_shows_total");
        assertThat(value(before, "practice_intakes_total\\{disposition=\"SELF_CARE\"[^}]*\\}")).isPositive();
        double bookings = value(before, "practice_bookings_total(?:\\{[^}]*\\})?");
        assertThat(BookingFixture.book(api, therapist, "FOLLOW_UP", "2027-01-14T10:00:00Z", patient).status()).isEqualTo(201);
        assertThat(BookingFixture.book(api, therapist, "FOLLOW_UP", "2027-01-14T10:00:00Z", BookingFixture.booker(api))
                .status()).as("the slot is taken: no booking").isEqualTo(409);
        assertThat(value(scrape(admin), "practice_bookings_total(?:\\{[^}]*\\})?")).isEqualTo(bookings + 1);

        assertThat(patient.api(api).get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus").status()).as("no token on the public port").isEqualTo(401);
    }

    @Test
    void theScraperReadsTheManagementPortWithoutAToken() throws IOException {
        int management;
        try (ServerSocket free = new ServerSocket(0)) {
            management = free.getLocalPort();
        }
        try (SecondInstance node = SecondInstance.start("--management.server.port=" + management)) {
            Api.Response scraped = Api.on(management).get("/actuator/prometheus");
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.text()).contains("practice_bookings_total");
            assertThat(Api.on(management).get("/actuator/metrics").status()).as("only the scrape is open there")
                    .isEqualTo(401);
            assertThat(Api.on(node.port()).get("/actuator/prometheus").status()).as("the public port still asks")
                    .isIn(401, 404);
        }
    }

    @Test
    void everyAnswerNamesItsRequestAndAProxysIdIsKept() {
        Api api = Api.on(port);
        Api.Response refused = api.send("POST", "/api/v1/auth/token", Map.of("email", "nobody"),
                Map.of("X-Request-Id", "proxy-7f3a9c2e"));
        assertThat(refused.header("X-Request-Id")).isEqualTo("proxy-7f3a9c2e");
        assertThat(refused.body().path("requestId").asString()).isEqualTo("proxy-7f3a9c2e");
        Api.Response invented = api.send("GET", "/api/v1/booking/appointments/not-an-id", null,
                Map.of("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(invented.header("X-Request-Id")).as("a token that is not plain is replaced").matches("[0-9a-f-]{36}");
        assertThat(invented.body().path("requestId").asString()).isEqualTo(invented.header("X-Request-Id"));
    }

    private static String scrape(Api admin) {
        Api.Response scraped = admin.get("/actuator/prometheus");
        assertThat(scraped.status()).as(scraped.toString()).isEqualTo(200);
        return scraped.text();
    }

    private static double value(String exposition, String series) {
        Matcher line = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(exposition);
        assertThat(line.find()).as("%s in the scrape", series).isTrue();
        return Double.parseDouble(line.group(1));
    }
}
