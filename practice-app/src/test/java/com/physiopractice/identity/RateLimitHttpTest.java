package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Registrations per client address and intake forms per patient are limited before the body is
 * read (so even refused requests count), in the database, until the window ends.
 */
@PracticeIntegrationTest
class RateLimitHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tenRegistrationsAnHourFromOneAddressThenTooManyRequests() {
        Api flood = Api.on(port);
        for (int i = 0; i < 10; i++) {
            assertThat(flood.post("/api/v1/auth/register", Map.of()).status()).isEqualTo(400);
        }

        Api.Response limited = flood.post("/api/v1/auth/register", Map.of());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body().path("type").asString()).endsWith("/too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(Api.on(port).post("/api/v1/auth/register", Map.of()).status()).as("another address").isEqualTo(400);
        clock.advance(Duration.ofHours(1));
        assertThat(flood.post("/api/v1/auth/register", Map.of()).status()).as("the next hour").isEqualTo(400);
    }

    @Test
    void twentyIntakeFormsADayPerPatientThenTooManyRequests() {
        Api api = Api.on(port);
        SignedIn patient = TestAccounts.newPatient(api);
        SignedIn another = TestAccounts.newPatient(api);
        for (int i = 0; i < 20; i++) {
            // Each from its own address: the limit per patient holds wherever she sends from.
            assertThat(patient.api(Api.on(port)).post("/api/v1/triage/intakes", Map.of()).status()).isEqualTo(400);
        }

        Api.Response limited = patient.api(Api.on(port)).post("/api/v1/triage/intakes", Map.of());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
        assertThat(another.api(Api.on(port)).post("/api/v1/triage/intakes", Map.of()).status()).isEqualTo(400);
    }
}
