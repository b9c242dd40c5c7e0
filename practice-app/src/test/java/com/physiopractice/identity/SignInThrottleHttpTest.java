package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PracticeIntegrationTest
class SignInThrottleHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twentyWrongPasswordsAreThrottledUntilTheWindowPassesWithoutTouchingOtherAccounts() {
        SignedIn victim = TestAccounts.newPatient(api);
        SignedIn bystander = TestAccounts.newPatient(api);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(signIn(api, victim.email(), "wrong password number " + i).status());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 20)).containsOnly(429);
        Api.Response throttled = signIn(api, victim.email(), victim.password());
        assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(throttled.body().path("type").asString()).endsWith("/too-many-requests");

        assertThat(signIn(Api.on(port), bystander.email(), bystander.password()).status())
                .as("another account is unaffected").isEqualTo(200);
        assertThat(signIn(Api.on(port), victim.email(), victim.password()).status())
                .as("the account stays throttled from any address").isEqualTo(429);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(signIn(api, victim.email(), victim.password()).status()).isEqualTo(200);
    }

    @Test
    void fiftyParallelWrongPasswordsForOneAccountGetNoMoreThanTheLimitOfPasswordChecks() throws Exception {
        SignedIn victim = TestAccounts.newPatient(api);
        java.util.concurrent.ExecutorService attackers = java.util.concurrent.Executors.newFixedThreadPool(50);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Api attacker = Api.on(port);
                String guess = "parallel wrong password " + i;
                answers.add(attackers.submit(() -> {
                    start.await();
                    return signIn(attacker, victim.email(), guess).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            // A 401 is a password that was checked; the limit is 10 per account and window.
            assertThat(statuses).filteredOn(status -> status == 401).hasSize(10);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(40);
        } finally {
            attackers.shutdownNow();
        }
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsThrottledButOtherAddressesAreNot() {
        Api attacker = Api.on(port);
        for (int i = 0; i < 100; i++) {
            assertThat(signIn(attacker, "nobody-" + i + "@test.practice.example", "guess").status()).isEqualTo(401);
        }
        SignedIn someone = TestAccounts.newPatient(Api.on(port));

        assertThat(signIn(attacker, someone.email(), someone.password()).status()).isEqualTo(429);
        assertThat(signIn(Api.on(port), someone.email(), someone.password()).status())
                .isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        SignedIn patient = TestAccounts.newPatient(api);
        for (int i = 0; i < 9; i++) {
            signIn(api, patient.email(), "not it " + i);
        }
        assertThat(signIn(api, patient.email(), patient.password()).status()).isEqualTo(200);

        for (int i = 0; i < 9; i++) {
            assertThat(signIn(api, patient.email(), "not it again " + i).status()).isEqualTo(401);
        }
    }

    private static Api.Response signIn(Api api, String email, String password) {
        return api.post("/api/v1/auth/token", Api.json("email", email, "password", password));
    }
}
