package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A forgotten password reset by an emailed link, and a password changed, over HTTP with a real mail server. */
@PracticeIntegrationTest
class PasswordHttpTest {

    static final String NEW_PASSWORD = "Hip-Flexor-Stretch-Evening-Swim-77";
    static final Pattern RESET_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
        TestMailServer.start();
    }

    String resetToken(String email) {
        var sent = TestMailServer.await(email, TestMailServer.subjectContaining("Reset your password"), 1,
                Duration.ofSeconds(20));
        Matcher link = RESET_LINK.matcher(Emails.text(sent.get(sent.size() - 1)));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void aResetByTheEmailedLinkEndsEverySessionAndTheLinkWorksOnce() {
        SignedIn patient = TestAccounts.newPatient(api);
        SignedIn otherDevice = patient.again(Api.on(port));

        assertThat(api.post("/api/v1/auth/password-reset", Api.json("email", patient.email())).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/password-reset", Api.json("email", "nobody-" + patient.email())).status())
                .as("the same answer for an unknown address").isEqualTo(202);
        String token = resetToken(patient.email());

        Api.Response weak = api.post("/api/v1/auth/password-reset/complete", Api.json("token", token,
                "newPassword", "password"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body().path("errors").get(0).path("field").asString()).isEqualTo("newPassword");

        Api.Response reset = api.post("/api/v1/auth/password-reset/complete", Api.json("token", token,
                "newPassword", NEW_PASSWORD));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(patient.api(api).get("/api/v1/me").status()).as("signed out everywhere").isEqualTo(401);
        assertThat(otherDevice.api(api).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Api.json("refreshToken", patient.refreshToken())).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/token", Api.json("email", patient.email(), "password", TestAccounts.PASSWORD))
                .status()).as("the old password").isEqualTo(401);
        assertThat(TestAccounts.signIn(api, patient.email(), NEW_PASSWORD).accessToken()).isNotBlank();
        assertThat(api.post("/api/v1/auth/password-reset/complete", Api.json("token", token,
                "newPassword", NEW_PASSWORD + "-again")).status()).as("once only").isEqualTo(400);

        JsonNode trail = TestAccounts.admin(api).api(api).get("/api/v1/audit-events?action=PASSWORD_RESET&subjectId="
                + patient.profile().path("accountId").asString()).body();
        assertThat(trail.path("content")).hasSize(1);
    }

    @Test
    void aChangeNeedsTheCurrentPasswordAndEndsEveryOtherSession() {
        SignedIn here = TestAccounts.newPatient(api);
        SignedIn elsewhere = here.again(Api.on(port));

        Api.Response wrong = here.api(api).post("/api/v1/me/password", Api.json("currentPassword", "not it",
                "newPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");

        Api.Response changed = here.api(api).post("/api/v1/me/password", Api.json("currentPassword",
                TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(here.api(api).get("/api/v1/me").status()).as("this session stays").isEqualTo(200);
        assertThat(elsewhere.api(api).get("/api/v1/me").status()).as("every other one ends").isEqualTo(401);
        assertThat(TestAccounts.signIn(api, here.email(), NEW_PASSWORD).accessToken()).isNotBlank();
    }
}
