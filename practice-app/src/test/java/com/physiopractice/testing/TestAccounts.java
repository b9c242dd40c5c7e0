package com.physiopractice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Creates people through the public API, as the product does, each with a unique email. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.practice.example";
    public static final String ADMIN_PASSWORD = "correct horse battery staple for tests";
    public static final String PASSWORD = "Lumbar-Stretch-Morning-Walk-42";

    private TestAccounts() {
    }

    /** A signed-in person: who they are and the tokens of their session. */
    public record SignedIn(String email, String password, String accessToken, String refreshToken, JsonNode profile) {

        public Api api(Api anonymous) {
            return anonymous.withToken(accessToken);
        }

        /** Signs in again, e.g. after a test moved the clock past the access token's life. */
        public SignedIn again(Api anonymous) {
            return signIn(anonymous, email, password);
        }

        public String patientId() {
            return profile.path("patientId").asString();
        }

        public String therapistId() {
            return profile.path("therapistId").asString();
        }
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.practice.example";
    }

    public static SignedIn newPatient(Api api) {
        return newPatient(api, "1985-06-15", "America/Chicago");
    }

    /**
     * A new patient, registered from an address of her own (as patients are), her email address
     * verified by the link the practice sent to it (received by the test mail server), signed in.
     */
    public static SignedIn newPatient(Api api, String dateOfBirth, String timeZone) {
        String email = uniqueEmail("patient");
        Api herOwn = api.fromAnotherAddress();
        TestMailServer.start();
        Api.Response registered = herOwn.post("/api/v1/auth/register", Api.json("email", email, "password", PASSWORD,
                "fullName", "Test Patient", "dateOfBirth", dateOfBirth, "timeZone", timeZone));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        verifyEmail(herOwn, email);
        return signIn(herOwn, email, PASSWORD);
    }

    private static final Pattern VERIFY_LINK = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    /** The token of the newest verification link sent to the address. */
    public static String verificationToken(String email) {
        List<MimeMessage> sent = TestMailServer.await(email, TestMailServer.subjectContaining("Confirm your email"), 1,
                Duration.ofSeconds(20));
        Matcher link = VERIFY_LINK.matcher(Emails.text(sent.get(sent.size() - 1)));
        assertThat(link.find()).as("a verification link in the email").isTrue();
        return link.group(1);
    }

    /** Follows the verification link sent to the address. */
    public static void verifyEmail(Api api, String email) {
        Api.Response verified = api.post("/api/v1/auth/verify-email", Api.json("token", verificationToken(email)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(204);
    }

    public static SignedIn admin(Api api) {
        return signIn(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A therapist invited by the administrator, who follows the emailed link to choose her password, signed in. */
    public static SignedIn newTherapist(Api api, String timeZone) {
        String email = uniqueEmail("therapist");
        TestMailServer.start();
        Api.Response created = admin(api).api(api).post("/api/v1/admin/therapists", Api.json("email", email,
                "fullName", "Test Therapist", "title", "PT", "timeZone", timeZone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        enrol(api, email, PASSWORD);
        return signIn(api, email, PASSWORD);
    }

    private static final Pattern ENROL_LINK = Pattern.compile("/enrol\\?token=([A-Za-z0-9_-]+)");

    /** The token of the newest invitation sent to the address. */
    public static String enrolmentToken(String email) {
        List<MimeMessage> sent = TestMailServer.await(email, TestMailServer.subjectContaining("invited to join"), 1,
                Duration.ofSeconds(20));
        Matcher link = ENROL_LINK.matcher(Emails.text(sent.get(sent.size() - 1)));
        assertThat(link.find()).as("an enrolment link in the email").isTrue();
        return link.group(1);
    }

    /** Follows the invitation sent to the address and chooses this password. */
    public static void enrol(Api api, String email, String password) {
        Api.Response enrolled = api.post("/api/v1/auth/enrol", Api.json("token", enrolmentToken(email), "password",
                password));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(204);
    }

    public static SignedIn signIn(Api api, String email, String password) {
        Api.Response token = api.post("/api/v1/auth/token", Api.json("email", email, "password", password));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        String accessToken = token.body().path("accessToken").asString();
        Api.Response me = api.withToken(accessToken).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return new SignedIn(email, password, accessToken, token.body().path("refreshToken").asString(), me.body());
    }
}
