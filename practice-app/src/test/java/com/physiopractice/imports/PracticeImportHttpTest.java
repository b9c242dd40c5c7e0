package com.physiopractice.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A practice moving here imports its patients and their future appointments from CSV over HTTP:
 * a dry run reports, the import creates exactly that or nothing, and an imported patient claims her
 * account with "Forgot your password?" and finds her consultation waiting.
 */
@PracticeIntegrationTest
class PracticeImportHttpTest {

    static final String IMPORTS = "/api/v1/imports";
    static final Pattern RESET_LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SignedIn admin;
    SignedIn therapist;

    @BeforeEach
    void practice() {
        TestMailServer.start();
        api = Api.on(port);
        admin = TestAccounts.admin(api);
        therapist = BookingFixture.therapistWorking(api, "Europe/London", "08:00", "18:00");
    }

    @Test
    void aDryRunSaysWhatWouldBeCreatedAndTheImportCreatesExactlyThatWithoutAWord() {
        String ada = TestAccounts.uniqueEmail("ada");
        String siobhan = TestAccounts.uniqueEmail("siobhan");
        // Headers as a spreadsheet export writes them, in another order, with a column this practice does not use.
        String patients = "Reference,Full name,Email,Date of birth,Phone,Time zone,Referred by\n"
                + "P-1,\"Ada Okafor\"," + ada + ",1980-04-02,+44 7700 900123,Europe/London,\"GP, Dr Brown\"\n"
                + "P-2,Siobhán O'Neill," + siobhan.toUpperCase() + ",1975-11-30,,,\n";
        String appointments = "patient_reference,therapist_email,type,start\n"
                + "P-1," + therapist.email() + ",FOLLOW_UP,2027-02-01 10:00\n"
                + "P-2," + therapist.email() + ",INITIAL_CONSULTATION,2027-02-02T11:00:00+00:00\n";
        Map<String, String> files = Map.of("patients", patients, "appointments", appointments);

        Api.Response checked = admin.api(api).postFiles(IMPORTS + "?dryRun=true", Map.of("timeZone", "Europe/Dublin"), files);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.body().path("dryRun").asBoolean()).isTrue();
        assertThat(checked.body().path("imported").asBoolean()).isFalse();
        assertThat(checked.body().path("patients").asInt()).isEqualTo(2);
        assertThat(checked.body().path("appointments").asInt()).isEqualTo(2);
        assertThat(checked.body().path("rejected").size()).isZero();
        assertThat(accountsWith(ada)).as("a dry run stores nothing").isZero();

        Api.Response imported = admin.api(api).postFiles(IMPORTS, Map.of("timeZone", "Europe/Dublin"), files);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.body().path("imported").asBoolean()).isTrue();
        assertThat(accountsWith(ada)).isEqualTo(1);
        assertThat(accountsWith(siobhan)).as("addresses compare in any case").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT p.time_zone FROM people_patient p JOIN identity_account a "
                + "ON a.patient_id = p.id WHERE a.email = ?", String.class, siobhan)).as("the default zone")
                .isEqualTo("Europe/Dublin");

        JsonNode slots = BookingFixture.slots(api, therapist, "FOLLOW_UP", LocalDate.parse("2027-02-01"),
                LocalDate.parse("2027-02-01"), "Europe/London");
        List<String> starts = new ArrayList<>();
        slots.forEach(slot -> starts.add(slot.path("start").asString()));
        assertThat(starts).as("the imported consultation takes her time").isNotEmpty()
                .noneMatch(start -> start.startsWith("2027-02-01T10:00")).noneMatch(start -> start.startsWith("2027-02-01T10:30"));

        TestMailServer.sleep(500);
        assertThat(TestMailServer.to(siobhan)).as("the import itself writes to no one").isEmpty();

        // Ada claims her account: the reset link proves the address is hers and sets her password.
        assertThat(api.post("/api/v1/auth/password-reset", Api.json("email", ada)).status()).isEqualTo(202);
        var sent = TestMailServer.await(ada, TestMailServer.subjectContaining("Reset your password"), 1, Duration.ofSeconds(20));
        Matcher link = RESET_LINK.matcher(Emails.text(sent.get(sent.size() - 1)));
        assertThat(link.find()).isTrue();
        String password = "a long new password of hers 42";
        Api.Response reset = api.post("/api/v1/auth/password-reset/complete", Api.json("token", link.group(1),
                "newPassword", password));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        SignedIn her = TestAccounts.signIn(Api.on(port), ada, password);
        assertThat(her.profile().path("fullName").asString()).isEqualTo("Ada Okafor");
        Api.Response mine = her.api(api).get(BookingFixture.APPOINTMENTS);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        JsonNode consultation = mine.body().path("content").get(0);
        assertThat(mine.body().path("content").size()).isEqualTo(1);
        assertThat(consultation.path("start").asString()).isEqualTo("2027-02-01T10:00:00Z");
        assertThat(consultation.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(consultation.path("intakeId").isNull()).as("booked elsewhere, without an intake form here").isTrue();
        assertThat(consultation.path("videoLink").asString()).startsWith("https://");

        Api.Response again = admin.api(api).postFiles(IMPORTS, Map.of("timeZone", "Europe/Dublin"), files);
        assertThat(again.status()).as("a second import of the same file").isEqualTo(400);
        assertThat(again.body().path("rejected").size()).isEqualTo(4);
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesEveryRefusedRow() {
        String fine = TestAccounts.uniqueEmail("fine");
        String patients = "reference,full_name,date_of_birth,email\n"
                + "A1,Grace Hopper,1976-12-09," + fine + "\n"
                + "A2,Alan Turing,31/02/1980," + TestAccounts.uniqueEmail("alan") + "\n"
                + "A3,Young Person," + LocalDate.parse("2027-01-12").minusYears(15) + "," + TestAccounts.uniqueEmail("young") + "\n"
                + "A1,Grace Again,1976-12-09,not-an-address\n";
        String appointments = "patient_reference,therapist_email,type,start\n"
                + "A1," + therapist.email() + ",FOLLOW_UP,2027-02-03 09:00\n"
                + "A1," + therapist.email() + ",FOLLOW_UP,2027-02-03 09:15\n"
                + "Z9," + therapist.email() + ",FOLLOW_UP,2027-02-03 12:00\n"
                + "A1," + therapist.email() + ",FOLLOW_UP,2026-12-01 09:00\n"
                + "A1,nobody@test.practice.example,MASSAGE,tomorrow\n";
        Map<String, String> files = Map.of("patients", patients, "appointments", appointments);

        Api.Response refused = admin.api(api).postFiles(IMPORTS, Map.of("timeZone", "Europe/London"), files);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("imported").asBoolean()).isFalse();
        assertThat(refusedColumns(refused.body())).containsExactly(
                "patients 3 date_of_birth",
                "patients 4 date_of_birth",
                "patients 5 reference", "patients 5 email",
                "appointments 3 start",
                "appointments 4 patient_reference",
                "appointments 5 start",
                "appointments 6 therapist_email", "appointments 6 type", "appointments 6 start");
        assertThat(refused.body().path("errors")).extracting(error -> error.path("field").asString())
                .contains("patients[3].date_of_birth", "appointments[6].therapist_email");
        assertThat(refused.text()).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(accountsWith(fine)).as("all or nothing: the good row is not imported either").isZero();

        Api.Response dryRun = admin.api(api).postFiles(IMPORTS + "?dryRun=true", Map.of("timeZone", "Europe/London"), files);
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(refusedColumns(dryRun.body())).as("a dry run names the same rows")
                .isEqualTo(refusedColumns(refused.body()));
        assertThat(dryRun.body().path("patients").asInt()).isZero();
    }

    @Test
    void onlyAnAdministratorImportsAndAFileWithoutItsColumnsIsRefusedAsAWhole() {
        Map<String, String> files = Map.of("patients", "reference,full_name\nX1,Nobody\n");
        assertThat(therapist.api(api).postFiles(IMPORTS, Map.of(), files).status()).isEqualTo(403);
        assertThat(api.postFiles(IMPORTS, Map.of(), files).status()).isEqualTo(401);

        Api.Response missing = admin.api(api).postFiles(IMPORTS + "?dryRun=true", Map.of(), files);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(refusedColumns(missing.body())).containsExactly("patients 1 date_of_birth", "patients 1 email");
        assertThat(admin.api(api).post(IMPORTS, Map.of("patients", "x")).status()).as("not a file upload")
                .isEqualTo(415);
    }

    /** "file row column" of every refused column, in the report's order. */
    private static List<String> refusedColumns(JsonNode report) {
        List<String> columns = new ArrayList<>();
        report.path("rejected").forEach(row -> row.path("problems").forEach(problem -> columns.add(
                row.path("file").asString() + " " + row.path("row").asInt() + " " + problem.path("field").asString())));
        return columns;
    }

    private int accountsWith(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE email = ?", Integer.class, email);
    }
}
