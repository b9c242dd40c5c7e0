package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.ContentDesk;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PracticeIntegrationTest
class AuditTrailHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SignedIn admin;

    @BeforeEach
    void client() {
        api = Api.on(port);
        admin = TestAccounts.admin(api);
    }

    @Test
    void everySignInAttemptIsRecordedWithoutAnySecret() {
        SignedIn patient = TestAccounts.newPatient(api);
        String wrongPassword = "an entirely wrong password";
        api.post("/api/v1/auth/token", Api.json("email", patient.email(), "password", wrongPassword));

        JsonNode succeeded = search("?action=SIGN_IN_SUCCEEDED&actor=" + accountOf(patient));
        assertThat(succeeded.path("content")).hasSize(1);
        assertThat(succeeded.path("content").get(0).path("subjectId").asString()).isEqualTo(accountOf(patient));
        assertThat(succeeded.path("content").get(0).path("actorRole").asString()).isEqualTo("PATIENT");
        assertThat(succeeded.path("content").get(0).path("occurredAt").asString()).endsWith("Z");

        JsonNode failed = searchUntilFound("?action=SIGN_IN_FAILED&subjectType=ACCOUNT&subjectId=" + accountOf(patient));
        assertThat(failed.path("content").findValuesAsString("clientAddress")).isNotEmpty();

        List<String> everything = jdbc.queryForList("SELECT CONCAT_WS('|', actor_account, actor_role, action, "
                + "subject_type, subject_id, client_address) FROM audit_event", String.class);
        assertThat(everything).noneMatch(line -> line.contains(wrongPassword) || line.contains(TestAccounts.PASSWORD)
                || line.contains(patient.accessToken()) || line.contains(patient.refreshToken())
                || line.contains(patient.email()));
    }

    @Test
    void aFailedSignInNamesTheTargetedAccountAndAnUnknownRefreshTokenIsRecorded() {
        SignedIn patient = TestAccounts.newPatient(api);
        api.post("/api/v1/auth/token", Api.json("email", patient.email(), "password", "not the password"));
        api.post("/api/v1/auth/refresh", Api.json("refreshToken", "a-refresh-token-nobody-was-given"));

        assertThat(searchUntilFound("?action=SIGN_IN_FAILED&subjectType=ACCOUNT&subjectId=" + accountOf(patient))
                .path("content")).hasSize(1);
        assertThat(searchUntilFound("?action=REFRESH_TOKEN_UNKNOWN&size=100").path("content")).isNotEmpty();
        assertThat(jdbc.queryForList("SELECT subject_id FROM audit_event WHERE action = 'REFRESH_TOKEN_UNKNOWN'",
                String.class)).noneMatch(subject -> subject != null && subject.contains("nobody-was-given"));
    }

    @Test
    void scheduleChangesContentChangesResubmitsAndAuditSearchesAreRecorded() {
        SignedIn therapist = TestAccounts.newTherapist(api, "Europe/London");
        String base = "/api/v1/booking/therapists/" + therapist.therapistId();
        therapist.api(api).send("PUT", base + "/weekly-hours", Map.of("periods",
                List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"))), Map.of());
        Api.Response timeOff = therapist.api(api).post(base + "/time-off", Map.of("start", "2027-03-01T09:00:00Z",
                "end", "2027-03-01T12:00:00Z", "reason", "training"));
        assertThat(timeOff.status()).as(timeOff.toString()).isEqualTo(201);
        JsonNode created = ContentDesk.of(api, therapist).create("ARTICLE", ContentDesk.article(
                ContentDesk.uniqueSlug("audited"), "Audited piece", "A body long enough to be an article. " .repeat(5)));
        admin.api(api).post("/api/v1/admin/notifications/resubmit", Map.of("ids", List.of()));

        assertThat(search("?action=WEEKLY_HOURS_CHANGED&subjectId=" + therapist.therapistId()).path("content"))
                .hasSize(1);
        assertThat(search("?action=TIME_OFF_ADDED&actor=" + accountOf(therapist)).path("content")).hasSize(1);
        assertThat(search("?action=CONTENT_CREATED&subjectId=" + created.path("id").asString()).path("content"))
                .hasSize(1);
        assertThat(search("?action=NOTIFICATIONS_RESUBMITTED&actor=" + accountOf(admin)).path("content")).isNotEmpty();
        assertThat(search("?action=AUDIT_SEARCHED&actor=" + accountOf(admin)).path("content").findValuesAsString("subjectId"))
                .contains("actor=" + accountOf(admin) + " action=NOTIFICATIONS_RESUBMITTED");
    }

    @Test
    void anAdministratorVerifiesTheTrailsHashChainAndNobodyElseMay() {
        SignedIn patient = TestAccounts.newPatient(api);

        Api.Response verified = admin.api(api).get("/api/v1/admin/audit-trail/verification");

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body().path("intact").asBoolean()).as(verified.text()).isTrue();
        assertThat(verified.body().path("sealedLines").asLong()).isPositive();
        assertThat(patient.api(api).get("/api/v1/admin/audit-trail/verification").status()).isEqualTo(403);
    }

    @Test
    void profileReadsAndRefusalsAreRecorded() {
        SignedIn patient = TestAccounts.newPatient(api);
        patient.api(api).get("/api/v1/me");
        patient.api(api).get("/api/v1/audit-events");

        JsonNode reads = search("?action=PROFILE_READ&actor=" + accountOf(patient));
        JsonNode denied = search("?action=ACCESS_DENIED&actor=" + accountOf(patient));

        assertThat(reads.path("content").size()).isGreaterThanOrEqualTo(1);
        assertThat(denied.path("content").get(0).path("subjectId").asString()).isEqualTo("/api/v1/audit-events");
    }

    @Test
    void theTrailIsPagedWithTheStablePageShapeAndCapsThePageSize() {
        JsonNode page = search("?size=2");

        assertThat(page.path("content").size()).isLessThanOrEqualTo(2);
        assertThat(page.path("page").path("size").asInt()).isEqualTo(2);
        assertThat(page.path("page").has("totalElements")).isTrue();
        assertThat(admin.api(api).get("/api/v1/audit-events?size=1000").status()).isEqualTo(400);
    }

    @Test
    void aFloodOfRejectedTokensFromOneAddressIsCountedInALineAMinute() {
        Api flood = Api.on(port).withToken("junk");
        for (int i = 0; i < 200; i++) {
            assertThat(flood.get("/api/v1/me").status()).isEqualTo(401);
        }
        String address = flood.clientAddress();

        JsonNode lines = searchUntil("?action=ACCESS_TOKEN_REJECTED&size=100", page -> occurrencesFrom(page, address) >= 200);

        assertThat(occurrencesFrom(lines, address)).isEqualTo(200);
        assertThat(linesFrom(lines, address)).isBetween(1, 2);
    }

    private static int occurrencesFrom(JsonNode page, String address) {
        int total = 0;
        for (JsonNode line : page.path("content")) {
            if (address.equals(line.path("clientAddress").asString())) {
                total += line.path("occurrences").asInt();
            }
        }
        return total;
    }

    private static int linesFrom(JsonNode page, String address) {
        int lines = 0;
        for (JsonNode line : page.path("content")) {
            if (address.equals(line.path("clientAddress").asString())) {
                lines++;
            }
        }
        return lines;
    }

    /** Attempts by callers not signed in are written a few seconds after they happen. */
    private JsonNode searchUntilFound(String query) {
        return searchUntil(query, page -> !page.path("content").isEmpty());
    }

    private JsonNode searchUntil(String query, java.util.function.Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        JsonNode page;
        do {
            page = search(query);
            if (done.test(page)) {
                return page;
            }
            com.physiopractice.testing.TestMailServer.sleep(200);
        } while (System.nanoTime() < deadline);
        return page;
    }

    private JsonNode search(String query) {
        Api.Response answer = admin.api(api).get("/api/v1/audit-events" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static String accountOf(SignedIn person) {
        return person.profile().path("accountId").asString();
    }
}
