package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.TestMailServer;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Registration, one's own profile, and the walls between patients and administration. */
@PracticeIntegrationTest
class AccountAccessHttpTest {

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    @Test
    void registrationNamesEveryBadFieldAndStoresNothing() {
        String email = TestAccounts.uniqueEmail("minor");
        Api.Response refused = api.post("/api/v1/auth/register", Api.json("email", email, "password", "password1234",
                "fullName", "Young Person", "dateOfBirth", "2015-01-01", "timeZone", "Europe/Atlantis"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("password", "timeZone");
        assertThat(api.post("/api/v1/auth/token", Api.json("email", email, "password", "password1234")).status())
                .isEqualTo(401);

        Api.Response minor = api.post("/api/v1/auth/register", Api.json("email", email, "password",
                TestAccounts.PASSWORD, "fullName", "Young Person", "dateOfBirth", "2015-01-01", "timeZone",
                "Europe/Paris"));
        assertThat(minor.status()).isEqualTo(400);
        assertThat(minor.body().path("errors").findValuesAsString("field")).containsExactly("dateOfBirth");
        assertThat(minor.body().path("emergencyAdvice").path("headline").asString())
                .as("a young person is still told the emergency signs").contains("911");
        assertThat(minor.body().path("emergencyAdvice").path("signs")).isNotEmpty();
        assertThat(refused.body().has("emergencyAdvice")).as("only for an age under 18").isFalse();
    }

    @Test
    void aNameWithALineBreakOrABidiOverrideIsRefused() {
        for (String disguised : List.of("Pat\r\nBcc: everyone", "Dr. \u202EletaP aivilO")) {
            Api.Response refused = api.post("/api/v1/auth/register", Api.json("email", TestAccounts.uniqueEmail("name"),
                    "password", TestAccounts.PASSWORD, "fullName", disguised, "dateOfBirth", "1980-01-01",
                    "timeZone", "Europe/Paris"));

            assertThat(refused.status()).as(disguised).isEqualTo(400);
            assertThat(refused.body().path("errors").findValuesAsString("field")).containsExactly("fullName");
        }
    }

    @Test
    void aCommonPasswordIsRefusedHoweverLong() {
        Api.Response refused = api.post("/api/v1/auth/register", Api.json("email", TestAccounts.uniqueEmail("weak"),
                "password", "passwordpassword", "fullName", "Pat Weak", "dateOfBirth", "1980-01-01",
                "timeZone", "Europe/Paris"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
    }

    @Test
    void anEmailCanBeRegisteredOnceWhateverItsCase() {
        SignedIn patient = TestAccounts.newPatient(api);

        Api.Response again = api.post("/api/v1/auth/register", Api.json("email", patient.email().toUpperCase(),
                "password", TestAccounts.PASSWORD, "fullName", "Someone Else", "dateOfBirth", "1980-01-01",
                "timeZone", "Europe/Paris"));

        assertThat(again.status()).as("the same answer as for a new address").isEqualTo(202);
        assertThat(again.text()).doesNotContain("already");
        assertThat(Emails.text(TestMailServer.await(patient.email(),
                TestMailServer.subjectContaining("already have an account"), 1, Duration.ofSeconds(20)).get(0)))
                .contains("No second account");
        assertThat(TestAccounts.signIn(api, patient.email(), TestAccounts.PASSWORD).accessToken())
                .as("her own password still works").isNotBlank();
    }

    @Test
    void anUnverifiedAddressMaySignInButNotSendHealthDataAndALinkWorksOnce() {
        Api herOwn = Api.on(port);
        String email = TestAccounts.uniqueEmail("unverified");
        TestMailServer.start();
        assertThat(herOwn.post("/api/v1/auth/register", Api.json("email", email, "password", TestAccounts.PASSWORD,
                "fullName", "Una Verified", "dateOfBirth", "1980-01-01", "timeZone", "Europe/Paris")).status())
                .isEqualTo(202);
        String firstToken = TestAccounts.verificationToken(email);
        SignedIn unverified = TestAccounts.signIn(herOwn, email, TestAccounts.PASSWORD);

        Api.Response refused = unverified.api(herOwn).post("/api/v1/triage/intakes", IntakeForms.giving("SELF_CARE"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("type").asString()).endsWith("/email-not-verified");

        // Asking again sends a new link; the first one stops working.
        assertThat(herOwn.post("/api/v1/auth/verify-email/resend", Api.json("email", email)).status()).isEqualTo(202);
        String secondToken = awaitNewToken(email, firstToken);
        assertThat(herOwn.post("/api/v1/auth/verify-email", Api.json("token", firstToken)).status()).isEqualTo(400);
        assertThat(herOwn.post("/api/v1/auth/verify-email", Api.json("token", secondToken)).status()).isEqualTo(204);
        assertThat(herOwn.post("/api/v1/auth/verify-email", Api.json("token", secondToken)).status())
                .as("once only").isEqualTo(400);

        SignedIn verified = unverified.again(herOwn);
        assertThat(verified.api(herOwn).post("/api/v1/triage/intakes", IntakeForms.giving("SELF_CARE")).status())
                .isEqualTo(201);
    }

    private static String awaitNewToken(String email, String old) {
        for (int tries = 0; tries < 100; tries++) {
            String newest = TestAccounts.verificationToken(email);
            if (!newest.equals(old)) {
                return newest;
            }
            TestMailServer.sleep(200);
        }
        throw new AssertionError("no second verification link for " + email);
    }

    @Test
    void aPatientSeesAndChangesOnlyTheirOwnProfile() {
        SignedIn alice = TestAccounts.newPatient(api);
        SignedIn bob = TestAccounts.newPatient(api);

        Api.Response changed = alice.api(api).patch("/api/v1/me",
                Api.json("fullName", "Alice Changed", "phone", "+44 20 7946 0000", "timeZone", "Europe/London"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().path("fullName").asString()).isEqualTo("Alice Changed");
        assertThat(changed.body().path("phone").asString()).isEqualTo("+442079460000");
        JsonNode bobsView = bob.api(api).get("/api/v1/me").body();
        assertThat(bobsView.path("email").asString()).isEqualTo(bob.email());
        assertThat(bobsView.path("fullName").asString()).isEqualTo("Test Patient");
    }

    @Test
    void aPatientCannotMakeThemselvesAnAdministratorOrChangeTheirBirthDate() {
        SignedIn patient = TestAccounts.newPatient(api);

        Api.Response role = patient.api(api).patch("/api/v1/me", Api.json("role", "ADMIN"));
        Api.Response birth = patient.api(api).patch("/api/v1/me", Api.json("dateOfBirth", "1950-01-01"));

        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body().path("errors").get(0).path("field").asString()).isEqualTo("role");
        assertThat(birth.status()).isEqualTo(400);
        JsonNode me = patient.api(api).get("/api/v1/me").body();
        assertThat(me.path("role").asString()).isEqualTo("PATIENT");
        assertThat(me.path("dateOfBirth").asString()).isEqualTo("1985-06-15");
        assertThat(TestAccounts.signIn(api, patient.email(), patient.password()).profile().path("role").asString())
                .isEqualTo("PATIENT");
    }

    @Test
    void patientsAndTherapistsCannotCallAdministration() {
        SignedIn patient = TestAccounts.newPatient(api);
        SignedIn therapist = TestAccounts.newTherapist(api, "America/New_York");
        Object newTherapist = Api.json("email", TestAccounts.uniqueEmail("t"), "fullName", "Sneaky",
                "timeZone", "Europe/Paris");

        for (SignedIn notAdmin : new SignedIn[] {patient, therapist}) {
            assertThat(notAdmin.api(api).post("/api/v1/admin/therapists", newTherapist).status()).isEqualTo(403);
            assertThat(notAdmin.api(api).get("/api/v1/audit-events").status()).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/audit-events").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorInvitesATherapistWhoChoosesHerOwnPasswordThenSignsIn() {
        SignedIn therapist = TestAccounts.newTherapist(api, "America/New_York");

        assertThat(therapist.profile().path("role").asString()).isEqualTo("THERAPIST");
        assertThat(therapist.profile().path("title").asString()).isEqualTo("PT");
        assertThat(therapist.profile().path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(therapist.therapistId()).hasSize(36);
        assertThat(TestAccounts.admin(api).api(api).post("/api/v1/admin/therapists", Api.json("email",
                TestAccounts.uniqueEmail("t"), "initialPassword", "chosen-by-the-admin-1234", "fullName", "Set Password",
                "timeZone", "Europe/Paris")).status()).as("nobody sets a staff member's password").isEqualTo(400);
    }

    @Test
    void anInvitedAdministratorCannotSignInBeforeEnrollingAndTheLinkWorksOnce() {
        String email = TestAccounts.uniqueEmail("admin");
        TestMailServer.start();
        assertThat(TestAccounts.admin(api).api(api).post("/api/v1/admin/administrators", Api.json("email", email))
                .status()).isEqualTo(201);
        String token = TestAccounts.enrolmentToken(email);

        assertThat(api.post("/api/v1/auth/token", Api.json("email", email, "password", TestAccounts.PASSWORD)).status())
                .isEqualTo(401);
        assertThat(api.post("/api/v1/auth/enrol", Api.json("token", token, "password", "password")).status())
                .as("the policy holds for staff too").isEqualTo(400);
        assertThat(api.post("/api/v1/auth/enrol", Api.json("token", token, "password", TestAccounts.PASSWORD)).status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/enrol", Api.json("token", token, "password", TestAccounts.PASSWORD + "x"))
                .status()).as("once only").isEqualTo(400);
        SignedIn admin = TestAccounts.signIn(api, email, TestAccounts.PASSWORD);
        assertThat(admin.profile().path("role").asString()).isEqualTo("ADMIN");
    }
}
