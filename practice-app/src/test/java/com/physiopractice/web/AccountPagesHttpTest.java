package com.physiopractice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The account pages' guards over HTTP: forms need their CSRF token, personal pages a session. */
@PracticeIntegrationTest
class AccountPagesHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndThePortalNeedsASignIn() {
        Api api = Api.on(port);

        Api.Response form = api.get("/sign-in");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("name=\"_csrf\"");

        Api.Response forged = api.send("POST", "/sign-in", null, java.util.Map.of("Content-Type",
                "application/x-www-form-urlencoded"));
        assertThat(forged.status()).isEqualTo(403);

        Api.Response portal = api.get("/portal");
        assertThat(portal.status()).isEqualTo(302);
        assertThat(portal.header("Location")).endsWith("/sign-in");
    }
}
