package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second factor set up and used over HTTP, with codes made as an authenticator app makes them
 * (RFC 6238) from the secret the enrolment hands out, at the practice clock's time.
 */
@PracticeIntegrationTest
class SecondFactorHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    String appCode(String secret) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, clock.instant().getEpochSecond() / 30);
    }

    Api.Response signIn(SignedIn who, String code) {
        return api.post("/api/v1/auth/token", code == null ? Api.json("email", who.email(), "password", who.password())
                : Api.json("email", who.email(), "password", who.password(), "code", code));
    }

    static java.util.Map<String, Object> password(SignedIn who) {
        return Api.json("currentPassword", who.password());
    }

    static JsonNode claims(String accessToken) {
        return JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    }

    @Test
    void aTherapistSetsUpAnAppThenSignsInWithItsCodesEachOnceOrARecoveryCode() throws Exception {
        SignedIn therapist = TestAccounts.newTherapist(api, "Europe/London");
        assertThat(claims(therapist.accessToken()).path("mfa").asBoolean()).isFalse();

        Api.Response withoutPassword = therapist.api(api).post("/api/v1/me/second-factor",
                Api.json("currentPassword", "not " + therapist.password()));
        assertThat(withoutPassword.status()).as("a stolen session alone cannot set one up").isEqualTo(400);
        assertThat(withoutPassword.body().path("errors").get(0).path("field").asString()).isEqualTo("currentPassword");
        Api.Response started = therapist.api(api).post("/api/v1/me/second-factor", password(therapist));
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        String secret = started.body().path("secret").asString();
        assertThat(started.body().path("otpauthUri").asString()).startsWith("otpauth://totp/")
                .contains("secret=" + secret, "issuer=", "digits=6", "period=30");
        assertThat(started.body().path("qrCode").asString()).startsWith("data:image/png;base64,");
        assertThat(signIn(therapist, null).status()).as("not counted before it is confirmed").isEqualTo(200);

        String right = appCode(secret);
        String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
        Api.Response refused = therapist.api(api).post("/api/v1/me/second-factor/confirm", Api.json("code", wrong));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("code");
        Api.Response confirmed = therapist.api(api).post("/api/v1/me/second-factor/confirm", Api.json("code", right));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        List<String> recovery = confirmed.body().path("recoveryCodes").valueStream().map(JsonNode::asString).toList();
        assertThat(new HashSet<>(recovery)).hasSize(10);
        assertThat(recovery).allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"));
        assertThat(therapist.api(api).post("/api/v1/me/second-factor", password(therapist)).status()).as("already set up")
                .isEqualTo(409);

        Api.Response withoutCode = signIn(therapist, null);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.body().path("type").asString()).endsWith("/second-factor-required");
        assertThat(signIn(therapist, wrong).status()).isEqualTo(401);
        assertThat(signIn(therapist, right).status()).as("the code that confirmed it, used again").isEqualTo(401);

        clock.advance(Duration.ofSeconds(31));
        try {
            String next = appCode(secret);
            Api.Response signedIn = signIn(therapist, next);
            assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
            assertThat(claims(signedIn.body().path("accessToken").asString()).path("mfa").asBoolean()).isTrue();
            Api.Response refreshed = api.post("/api/v1/auth/refresh",
                    Api.json("refreshToken", signedIn.body().path("refreshToken").asString()));
            assertThat(claims(refreshed.body().path("accessToken").asString()).path("mfa").asBoolean())
                    .as("a refreshed token remembers how the session began").isTrue();
            assertThat(signIn(therapist, next).status()).as("a replayed code").isEqualTo(401);
        } finally {
            clock.reset();
        }

        Api.Response byRecovery = signIn(therapist, recovery.get(3).toUpperCase().replace("-", " "));
        assertThat(byRecovery.status()).as(byRecovery.toString()).isEqualTo(200);
        assertThat(claims(byRecovery.body().path("accessToken").asString()).path("mfa").asBoolean()).isTrue();
        assertThat(signIn(therapist, recovery.get(3)).status()).as("a recovery code works once").isEqualTo(401);

        JsonNode trail = TestAccounts.admin(api).api(api).get("/api/v1/audit-events?subjectId="
                + therapist.profile().path("accountId").asString() + "&size=100").body().path("content");
        assertThat(trail.findValuesAsString("action")).contains("SECOND_FACTOR_STARTED", "SECOND_FACTOR_CONFIRMED",
                "SECOND_FACTOR_RECOVERY_CODE_USED");
    }

    @Test
    void aPatientMayChooseOneAndOthersSignInAsBefore() throws Exception {
        SignedIn patient = TestAccounts.newPatient(api);
        String secret = patient.api(api).post("/api/v1/me/second-factor", password(patient)).body().path("secret")
                .asString();
        assertThat(patient.api(api).post("/api/v1/me/second-factor/confirm", Api.json("code", appCode(secret)))
                .status()).isEqualTo(200);
        assertThat(signIn(patient, null).status()).isEqualTo(401);
        assertThat(signIn(TestAccounts.newPatient(api), null).status()).as("without one, a password is enough")
                .isEqualTo(200);
        assertThat(api.post("/api/v1/me/second-factor", password(patient)).status()).as("signed in only").isEqualTo(401);
    }
}
