package com.physiopractice.content;

import static com.physiopractice.testing.ContentDesk.ITEMS;
import static com.physiopractice.testing.ContentDesk.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.content.editorial.EditorialService;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.ContentDesk;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The therapist's editorial workflow over HTTP, against the real database. */
@PracticeIntegrationTest
class ContentEditorialHttpTest {

    static final String CONTENT = "/api/v1/content/";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    EditorialService editorial;

    @Autowired
    JdbcClient jdbc;

    Api anonymous;
    SignedIn therapist;
    ContentDesk desk;

    @BeforeEach
    void therapist() {
        anonymous = Api.on(port);
        therapist = TestAccounts.newTherapist(anonymous, "Europe/London");
        desk = ContentDesk.of(anonymous, therapist);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void draftToReviewToPublishToEditToPublishToRestoreKeepsEveryRevision() {
        String slug = ContentDesk.uniqueSlug("walking");
        JsonNode draft = desk.create("ARTICLE", ContentDesk.article(slug, "Walking for back pain", "Walk a little every day."));
        String id = draft.path("id").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("readingGrade").isNumber()).isTrue();
        assertThat(draft.path("readingAdvice").asString()).isNotBlank();
        assertThat(anonymous.get(CONTENT + slug).status()).as("a draft is not public").isEqualTo(404);

        assertThat(desk.publish(id).status()).as("publishing skips review").isEqualTo(409);
        assertThat(desk.submit(id).path("status").asString()).isEqualTo("IN_REVIEW");
        JsonNode published = ok(desk.publish(id));
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.path("reviewedBy").asString()).contains("Test Therapist");
        assertThat(published.path("nextReviewDue").asString()).as("reviewed again in 12 months").isEqualTo(
                LocalDate.parse(published.path("lastReviewedOn").asString()).plusMonths(12).toString());
        Api.Response live = anonymous.get(CONTENT + slug);
        assertThat(live.body().path("revision").asInt()).isEqualTo(1);
        String firstEtag = live.header("ETag");

        String newSlug = ContentDesk.uniqueSlug("walking-daily");
        Map<String, Object> edited = ContentDesk.article(newSlug, "Daily walks for back pain", "Walk for ten minutes, twice a day.");
        JsonNode second = ok(desk.edit(id, published.path("version").asLong(), edited));
        assertThat(second.path("status").asString()).isEqualTo("DRAFT");
        assertThat(second.path("liveRevision").asInt()).isEqualTo(1);
        assertThat(anonymous.get(CONTENT + slug).body().path("title").asString())
                .as("readers keep the live revision while the next is drafted").isEqualTo("Walking for back pain");

        desk.submit(id);
        ok(desk.publish(id));
        Api.Response moved = anonymous.get(CONTENT + slug);
        assertThat(moved.status()).as("an old slug redirects").isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/api/v1/content/" + newSlug);
        Api.Response current = anonymous.send("GET", CONTENT + newSlug, null, Map.of("If-None-Match", firstEtag));
        assertThat(current.status()).as("an old ETag does not hide the new revision").isEqualTo(200);
        assertThat(current.body().path("title").asString()).isEqualTo("Daily walks for back pain");
        assertThat(current.body().path("revision").asInt()).isEqualTo(2);

        JsonNode compared = ok(desk.api().get(ITEMS + "/" + id + "/revisions/compare?from=2&to=1"));
        assertThat(compared.path("from").asInt()).isEqualTo(1);
        assertThat(compared.path("changedFields").toString()).contains("\"slug\"", "\"title\"", "Walking for back pain",
                "Daily walks for back pain").doesNotContain("\"tags\"");
        assertThat(compared.path("bodyDiff").toString()).contains("-Walk a little every day.",
                "+Walk for ten minutes, twice a day.");

        JsonNode restored = ok(desk.api().post(ITEMS + "/" + id + "/revisions/1/restore", null));
        assertThat(restored.path("status").asString()).isEqualTo("DRAFT");
        assertThat(restored.path("draftRevision").asInt()).isEqualTo(3);
        assertThat(restored.path("slug").asString()).isEqualTo(slug);
        assertThat(restored.path("title").asString()).isEqualTo("Walking for back pain");

        JsonNode history = desk.api().get(ITEMS + "/" + id + "/revisions").body();
        List<Integer> numbers = new ArrayList<>();
        history.forEach(revision -> numbers.add(revision.path("number").asInt()));
        assertThat(numbers).containsExactly(3, 2, 1);
        assertThat(history.get(0).path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(history.get(1).path("title").asString()).isEqualTo("Daily walks for back pain");

        desk.submit(id);
        ok(desk.publish(id));
        assertThat(anonymous.get(CONTENT + slug).status()).as("the slug taken back serves again").isEqualTo(200);
        assertThat(anonymous.get(CONTENT + newSlug).header("Location")).isEqualTo("/api/v1/content/" + slug);
    }

    @Test
    void aStaleSaveIsRefusedSoNoEditIsLost() {
        String slug = ContentDesk.uniqueSlug("stale");
        JsonNode draft = desk.create("ARTICLE", ContentDesk.article(slug, "Posture", "Sit tall."));
        String id = draft.path("id").asString();
        long version = draft.path("version").asLong();

        assertThat(desk.edit(id, version, ContentDesk.article(slug, "Posture at work", "Sit tall at your desk.")).status())
                .isEqualTo(200);
        Api.Response stale = desk.edit(id, version, ContentDesk.article(slug, "Posture at home", "Sit tall on the sofa."));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("type").asString()).endsWith("/stale-edit");
        Api.Response unconditional = desk.api().send("PUT", ITEMS + "/" + id,
                ContentDesk.article(slug, "Posture", "x"), Map.of());
        assertThat(unconditional.status()).isEqualTo(428);

        JsonNode kept = desk.api().get(ITEMS + "/" + id).body();
        assertThat(kept.path("title").asString()).isEqualTo("Posture at work");
        assertThat(kept.path("draftRevision").asInt()).isEqualTo(2);
    }

    @Test
    void aScheduledPublicationGoesLiveOnTimeAndAfterDowntimeThatMissedIt() {
        String slug = ContentDesk.uniqueSlug("scheduled");
        String id = desk.create("ARTICLE", ContentDesk.article(slug, "Scheduled", "Out soon.")).path("id").asString();
        desk.submit(id);
        OffsetDateTime inAnHour = OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC);
        JsonNode scheduled = ok(desk.api().post(ITEMS + "/" + id + "/publish", Api.json("at", inAnHour.toString())));
        assertThat(scheduled.path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(scheduled.path("publishAt").asString()).isNotBlank();

        editorial.publishDue();
        assertThat(anonymous.get(CONTENT + slug).status()).as("not before its time").isEqualTo(404);

        // Nothing ran for three hours past the publication time (every node down); the first run
        // afterwards, as at start-up, publishes it.
        clock.advance(Duration.ofHours(4));
        assertThat(editorial.publishDue()).isGreaterThanOrEqualTo(1);
        Api.Response live = anonymous.get(CONTENT + slug);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body().path("title").asString()).isEqualTo("Scheduled");
        assertThat(editorial.publishDue()).as("published once").isZero();
    }

    @Test
    void aNodeStartingAfterAMissedPublicationTimePublishesIt() {
        String slug = ContentDesk.uniqueSlug("missed");
        String id = desk.create("ARTICLE", ContentDesk.article(slug, "Missed", "Out while nobody ran.")).path("id").asString();
        desk.submit(id);
        OffsetDateTime inAnHour = OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneOffset.UTC);
        ok(desk.api().post(ITEMS + "/" + id + "/publish", Api.json("at", inAnHour.toString())));
        assertThat(anonymous.get(CONTENT + slug).status()).isEqualTo(404);

        // Every node was down when the time came; a node starting two hours later publishes it at
        // start-up, and every node serves it at once.
        try (SecondInstance restarted = SecondInstance.start("--practice.test.clock-offset=PT2H")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (anonymous.get(CONTENT + slug).status() != 200 && System.nanoTime() < deadline) {
                TestMailServer.sleep(200);
            }
        }
        assertThat(anonymous.get(CONTENT + slug).status()).isEqualTo(200);
    }

    @Test
    void publishingRefusesLinksToUnpublishedContentAndArchivingALinkedPiece() {
        String targetSlug = ContentDesk.uniqueSlug("target");
        String target = desk.create("ARTICLE", ContentDesk.article(targetSlug, "Target", "Here.")).path("id").asString();
        String linkingSlug = ContentDesk.uniqueSlug("linking");
        String linking = desk.create("ARTICLE", ContentDesk.article(linkingSlug, "Linking",
                "See [the target](/content/" + targetSlug + ").")).path("id").asString();
        desk.submit(linking);
        Api.Response refused = desk.publish(linking);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("detail").asString()).contains(targetSlug);

        desk.submit(target);
        ok(desk.publish(target));
        ok(desk.publish(linking));
        Api.Response archiveRefused = desk.api().post(ITEMS + "/" + target + "/archive", null);
        assertThat(archiveRefused.status()).isEqualTo(409);
        assertThat(archiveRefused.body().path("detail").asString()).contains(linkingSlug);

        ok(desk.api().post(ITEMS + "/" + linking + "/archive", null));
        assertThat(anonymous.get(CONTENT + linkingSlug).status()).isEqualTo(404);
        ok(desk.api().post(ITEMS + "/" + target + "/archive", null));
        assertThat(desk.edit(target, desk.api().get(ITEMS + "/" + target).body().path("version").asLong(),
                ContentDesk.article(targetSlug, "Target", "Again.")).status()).isEqualTo(409);
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        String slug = ContentDesk.uniqueSlug("invalid");
        Map<String, Object> fields = Api.json("slug", "Not A Slug!", "title", "", "summary", "s", "bodyMarkdown", "b",
                "tags", List.of("ok", "Not,OK"), "movementPattern", "FLEXION");
        Api.Response refused = desk.api().post(ITEMS, Api.json("type", "CONDITION", "fields", fields));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("slug", "title", "tags", "conditionCode", "movementPattern");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM content_item WHERE title = ''").query(Integer.class).single()).isZero();

        Api.Response reserved = desk.api().post(ITEMS, Api.json("type", "ARTICLE", "fields",
                ContentDesk.article("review-due", "Reserved", "x")));
        assertThat(reserved.status()).isEqualTo(400);

        desk.create("ARTICLE", ContentDesk.article(slug, "First", "x"));
        Api.Response taken = desk.api().post(ITEMS, Api.json("type", "ARTICLE", "fields", ContentDesk.article(slug, "Second", "y")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("type").asString()).endsWith("/slug-taken");
    }

    @Test
    void onlyTheTherapistEditsAndReviewsDueAreListed() {
        SignedIn patient = TestAccounts.newPatient(anonymous);
        assertThat(patient.api(anonymous).post(ITEMS, Api.json("type", "ARTICLE", "fields",
                ContentDesk.article(ContentDesk.uniqueSlug("nope"), "No", "no"))).status()).isEqualTo(403);
        assertThat(anonymous.get(ITEMS).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/content/review-due").status()).isEqualTo(401);
        assertThat(patient.api(anonymous).get("/api/v1/content/review-due").status()).isEqualTo(403);

        JsonNode due = desk.api().get("/api/v1/content/review-due?withinDays=0").body();
        List<String> dueSlugs = new ArrayList<>();
        due.forEach(item -> dueSlugs.add(item.path("slug").asString()));
        assertThat(dueSlugs).as("the starting library awaits its first medical review").contains("lower-back-and-hip-pain");

        String slug = ContentDesk.uniqueSlug("reviewed");
        desk.publishNew("ARTICLE", ContentDesk.article(slug, "Reviewed", "Fine."));
        List<String> dueLater = new ArrayList<>();
        desk.api().get("/api/v1/content/review-due?withinDays=366").body()
                .forEach(item -> dueLater.add(item.path("slug").asString()));
        List<String> dueSoon = new ArrayList<>();
        desk.api().get("/api/v1/content/review-due?withinDays=300").body()
                .forEach(item -> dueSoon.add(item.path("slug").asString()));
        assertThat(dueLater).contains(slug);
        assertThat(dueSoon).doesNotContain(slug);

        JsonNode drafts = desk.api().get(ITEMS + "?status=PUBLISHED&size=100").body();
        assertThat(drafts.path("content").isArray()).isTrue();
    }
}
