package com.physiopractice.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.Api;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reading the practice's library over HTTP: the starting library, caching, search, recommendations. */
@PracticeIntegrationTest
class ContentLibraryHttpTest {

    static final String CONTENT = "/api/v1/content";
    static final String INTAKES = "/api/v1/triage/intakes";

    @LocalServerPort
    int port;

    Api anonymous;

    @BeforeEach
    void client() {
        anonymous = Api.on(port);
    }

    List<String> slugs(String query) {
        Api.Response page = anonymous.get(CONTENT + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> slugs = new ArrayList<>();
        page.body().path("content").forEach(piece -> slugs.add(piece.path("slug").asString()));
        return slugs;
    }

    @Test
    void theStartingLibraryIsPublishedWithADisclaimerAndEveryRelation() {
        Api.Response article = anonymous.get(CONTENT + "/lower-back-and-hip-pain");
        assertThat(article.status()).isEqualTo(200);
        JsonNode body = article.body();
        assertThat(body.path("type").asString()).isEqualTo("ARTICLE");
        assertThat(body.path("html").asString()).contains("<h2>", "href=\"/content/herniated-disc\"");
        assertThat(body.path("medicalDisclaimer").asString()).contains("not a diagnosis");
        assertThat(body.path("readingGrade").asDouble()).isBetween(1.0, 10.0);

        assertThat(slugs("?type=CONDITION&size=50")).containsExactlyInAnyOrder("sprains-and-strains", "herniated-disc",
                "tight-hip-flexors", "arthritis-of-the-back-and-hip", "sacroiliac-joint-dysfunction",
                "pagets-disease-of-bone", "ankylosing-spondylitis");
        assertThat(slugs("?type=EXERCISE&size=50")).containsExactlyInAnyOrder("knee-to-chest-stretch", "piriformis-stretch",
                "cat-camel-stretch", "childs-pose", "seated-hamstring-stretch", "cobra-stretch", "glute-bridge", "clamshell");
        assertThat(slugs("?type=SELF_CARE_TIP&size=50")).contains("self-care-for-back-and-hip-pain",
                "what-makes-back-and-hip-pain-worse", "when-to-get-help-right-away");

        JsonNode kneeToChest = anonymous.get(CONTENT + "/knee-to-chest-stretch").body();
        assertThat(kneeToChest.path("movementPattern").asString()).isEqualTo("FLEXION");
        assertThat(kneeToChest.path("contraindications").toString()).contains("HERNIATED_DISC", "LUMBAR_RADICULAR_PATTERN");
        assertThat(anonymous.get(CONTENT + "/herniated-disc").body().path("conditionCode").asString())
                .isEqualTo("HERNIATED_DISC");
    }

    @Test
    void aRevalidatedCopyIsA304AndCachesMustAlwaysRevalidate() {
        Api.Response first = anonymous.get(CONTENT + "/glute-bridge");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("no-cache").contains("public");

        Api.Response again = anonymous.send("GET", CONTENT + "/glute-bridge", null, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(etag);
        assertThat(again.text()).isEmpty();

        Api.Response otherTag = anonymous.send("GET", CONTENT + "/glute-bridge", null, Map.of("If-None-Match", "\"old\""));
        assertThat(otherTag.status()).isEqualTo(200);
    }

    @Test
    void unknownSlugsAreProblemNotFound() {
        Api.Response missing = anonymous.get(CONTENT + "/no-such-piece");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void laySearchTermsFindTheRightPieces() {
        assertThat(slugs("?q=SI%20joint").get(0)).isEqualTo("sacroiliac-joint-dysfunction");
        assertThat(slugs("?q=slipped%20disc").get(0)).isEqualTo("herniated-disc");
        assertThat(slugs("?q=sciatica").subList(0, 3)).contains("herniated-disc");
        assertThat(slugs("?q=stretch&type=EXERCISE&size=50")).contains("cobra-stretch").allSatisfy(
                slug -> assertThat(anonymous.get(CONTENT + "/" + slug).body().path("type").asString()).isEqualTo("EXERCISE"));
        assertThat(slugs("?tag=urgent-guidance")).containsExactly("when-to-get-help-right-away");
    }

    @Test
    void pageSizeIsCappedAndBadFiltersAreNamed() {
        Api.Response tooBig = anonymous.get(CONTENT + "?size=500");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.text()).contains("size");
        Api.Response badType = anonymous.get(CONTENT + "?type=POEM");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.text()).contains("type");
    }

    JsonNode recommendationsFor(SignedIn patient, Map<String, Object> intakeForm) {
        Api.Response intake = patient.api(anonymous).post(INTAKES, intakeForm);
        assertThat(intake.status()).as(intake.toString()).isEqualTo(201);
        Api.Response picked = patient.api(anonymous)
                .get(CONTENT + "/recommendations?intakeId=" + intake.body().path("id").asString());
        assertThat(picked.status()).as(picked.toString()).isEqualTo(200);
        return picked.body();
    }

    static List<String> typesOf(JsonNode picks) {
        List<String> types = new ArrayList<>();
        picks.forEach(pick -> types.add(pick.path("piece").path("type").asString()));
        return types;
    }

    @Test
    void aHerniatedDiscProfileIsRecommendedNoFlexionStretch() {
        SignedIn patient = TestAccounts.newPatient(anonymous);
        JsonNode picked = recommendationsFor(patient, IntakeForms.mildLowBackAche()
                .add("symptoms", "SHOOTING_PAIN_DOWN_LEG", "LEG_NUMBNESS_OR_TINGLING").add("worseWith", "SITTING", "BENDING")
                .add("triggers", "LIFTING").body());
        assertThat(picked.path("urgentGuidanceOnly").asBoolean()).isFalse();
        List<String> recommended = new ArrayList<>();
        picked.path("recommended").forEach(pick -> {
            recommended.add(pick.path("piece").path("slug").asString());
            assertThat(pick.path("piece").path("movementPattern").asString()).as(pick.toString()).isNotEqualTo("FLEXION");
        });
        assertThat(recommended).contains("herniated-disc", "self-care-for-back-and-hip-pain", "cobra-stretch", "glute-bridge")
                .doesNotContain("knee-to-chest-stretch", "childs-pose", "seated-hamstring-stretch", "piriformis-stretch");
        List<String> leftOut = new ArrayList<>();
        picked.path("leftOut").forEach(pick -> leftOut.add(pick.path("piece").path("slug").asString()));
        assertThat(leftOut).contains("knee-to-chest-stretch", "childs-pose", "seated-hamstring-stretch", "piriformis-stretch");
    }

    @Test
    void anEmergencyIntakeGetsTheUrgentGuidanceAndNoExercise() {
        SignedIn patient = TestAccounts.newPatient(anonymous);
        JsonNode picked = recommendationsFor(patient, IntakeForms.giving("EMERGENCY"));
        assertThat(picked.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(picked.path("urgentGuidanceOnly").asBoolean()).isTrue();
        assertThat(typesOf(picked.path("recommended"))).isNotEmpty().doesNotContain("EXERCISE");
        assertThat(picked.path("recommended").get(0).path("piece").path("slug").asString())
                .isEqualTo("when-to-get-help-right-away");
    }

    @Test
    void recommendationsAreOnlyForTheIntakesOwnPatient() {
        SignedIn owner = TestAccounts.newPatient(anonymous);
        String intakeId = owner.api(anonymous).post(INTAKES, IntakeForms.giving("SELF_CARE")).body().path("id").asString();
        SignedIn other = TestAccounts.newPatient(anonymous);
        assertThat(other.api(anonymous).get(CONTENT + "/recommendations?intakeId=" + intakeId).status()).isEqualTo(404);
        assertThat(anonymous.get(CONTENT + "/recommendations?intakeId=" + intakeId).status()).isEqualTo(401);
        assertThat(owner.api(anonymous).get(CONTENT + "/recommendations?intakeId=not-a-uuid").status()).isEqualTo(400);
    }
}
