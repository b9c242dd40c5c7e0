package com.physiopractice.triage;

import static com.physiopractice.testing.IntakeForms.mildLowBackAche;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The triage specification's examples and guarantees, over HTTP. */
@PracticeIntegrationTest
class TriageHttpTest {

    static final String INTAKES = "/api/v1/triage/intakes";

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    Api api;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void client() {
        api = Api.on(port);
    }

    /** A patient who is {@code age} today (and not close to a birthday) in New York. */
    SignedIn patientAged(int age) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/New_York")));
        return TestAccounts.newPatient(api, today.minusYears(age).minusDays(20).toString(), "America/New_York");
    }

    JsonNode submit(SignedIn patient, Map<String, Object> form) {
        Api.Response answer = patient.api(api).post(INTAKES, form);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).endsWith(answer.body().path("id").asString());
        return answer.body();
    }

    @Test
    void theQuestionnaireIsPublicWithItsCodesAndNotices() {
        Api.Response questionnaire = api.get("/api/v1/triage/questionnaire");

        assertThat(questionnaire.status()).isEqualTo(200);
        JsonNode body = questionnaire.body();
        assertThat(body.path("version").asString()).isEqualTo("lbhp-2");
        assertThat(body.path("sections").get(0).path("code").asString()).as("safety first").isEqualTo("SAFETY");
        JsonNode safety = findSection(body, "SAFETY");
        assertThat(safety.path("questions")).hasSize(16);
        assertThat(safety.path("questions").get(0).path("required").asBoolean()).isTrue();
        assertThat(findSection(body, "START_BACK").path("copyright").asString()).contains("Keele University");
        assertThat(findSection(body, "ODI").path("copyright").asString()).contains("Fairbank");
        assertThat(findSection(body, "PAIN").path("questions").get(0).path("options").findValuesAsString("code"))
                .containsExactly("LOWER_BACK", "BUTTOCK", "HIP", "GROIN", "THIGH", "BELOW_KNEE", "FOOT");
    }

    @Test
    void lowBackPainAfterLiftingWithNewDifficultyPassingUrineIsAnEmergencyWithAdviceToCall911() {
        JsonNode result = submit(patientAged(45), mildLowBackAche().add("triggers", "LIFTING").set("durationDays", 5)
                .yes("BLADDER_OR_BOWEL_CHANGE").body());

        assertThat(result.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(result.path("redFlags").get(0).path("rule").asString()).isEqualTo("E-CES");
        assertThat(result.path("redFlags").get(0).path("category").asString()).isEqualTo("CAUDA_EQUINA");
        assertThat(result.path("redFlags").get(0).path("triggeredBy").get(0).asString())
                .isEqualTo("safety:BLADDER_OR_BOWEL_CHANGE");
        assertThat(result.path("guidance").path("headline").asString()).contains("emergency department").contains("911");
        assertThat(result.path("explanation").get(0).asString()).contains("EMERGENCY").contains("E-CES");
        assertThat(result.path("rulesetVersion").asString()).isEqualTo("lbhp-2");
        assertThat(result.path("questionnaireVersion").asString()).isEqualTo("lbhp-2");
    }

    @Test
    void groinPainAndALimpWorseWalkingAndStandingForThreeWeeksIsAConsultationFromTheHip() {
        JsonNode result = submit(patientAged(30), mildLowBackAche().add("painLocations", "GROIN", "HIP")
                .add("symptoms", "GROIN_PAIN", "LIMP").add("worseWith", "WALKING", "STANDING").set("durationDays", 21)
                .body());

        assertThat(result.path("disposition").asString()).isEqualTo("PHYSIO_CONSULTATION");
        assertThat(result.path("painSource").path("source").asString()).isEqualTo("HIP");
        assertThat(texts(result.path("painSource").path("evidence").path("HIP")))
                .contains("symptoms:GROIN_PAIN", "symptoms:LIMP", "worseWith:WALKING", "worseWith:STANDING");
        assertThat(texts(result.path("explanation"))).anyMatch(line -> line.startsWith("Pain source HIP"));
    }

    @Test
    void aMildAcheAfterGardeningWithLowStartBackRiskIsSelfCare() {
        JsonNode result = submit(patientAged(28), mildLowBackAche().set("durationDays", 4).set("painIntensity", 3)
                .set("startBack", Map.of("agrees", List.of(false, false, true, false, false, false, false, false),
                        "bothersomeness", "SLIGHTLY")).body());

        assertThat(result.path("disposition").asString()).isEqualTo("SELF_CARE");
        assertThat(result.path("startBack").path("risk").asString()).isEqualTo("LOW");
        assertThat(result.path("startBack").path("total").asInt()).isEqualTo(1);
        assertThat(result.path("guidance").path("bookingAdvice").asString()).contains("optional");
    }

    @Test
    void newBackPainWithUnexplainedWeightLossAtSixtyTwoIsUrgent() {
        JsonNode result = submit(patientAged(62), mildLowBackAche().yes("UNEXPLAINED_WEIGHT_LOSS").body());

        assertThat(result.path("disposition").asString()).isEqualTo("URGENT_MEDICAL");
        assertThat(result.path("dispositionRules").get(0).asString()).isEqualTo("U-CANCER");
        assertThat(texts(result.path("redFlags").get(0).path("triggeredBy")))
                .containsExactly("safety:UNEXPLAINED_WEIGHT_LOSS", "age:62");
    }

    @Test
    void theOdiIsScoredFromNineSectionsAndReturnedWithItsBand() {
        List<Integer> odi = new ArrayList<>(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3));
        odi.add(null);

        JsonNode result = submit(patientAged(40), mildLowBackAche().set("odi", odi).body());

        assertThat(result.path("odi").path("percent").asInt()).isEqualTo(60);
        assertThat(result.path("odi").path("band").asString()).isEqualTo("SEVERE");
        assertThat(result.path("odi").path("sectionsAnswered").asInt()).isEqualTo(9);
        assertThat(result.path("disposition").asString()).isEqualTo("PHYSIO_CONSULTATION");
    }

    @Test
    void invalidAnswersNameEveryOffendingFieldAndStoreNothing() {
        SignedIn patient = patientAged(40);
        Map<String, Object> form = mildLowBackAche().add("painLocations", "KNEE").set("painIntensity", 11)
                .set("side", "UP").body();
        @SuppressWarnings("unchecked")
        Map<String, Boolean> safety = (Map<String, Boolean>) form.get("safety");
        safety.remove("SADDLE_NUMBNESS");

        Api.Response answer = patient.api(api).post(INTAKES, form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).endsWith("/validation");
        assertThat(texts(answer.body().path("errors").findValues("field")))
                .containsExactlyInAnyOrder("painLocations[1]", "painIntensity", "side", "safety.SADDLE_NUMBNESS");
        assertThat(patient.api(api).get(INTAKES).body().path("page").path("totalElements").asInt()).isZero();
    }

    @Test
    void aFormWithoutItsSafetyAnswersIsRefusedWithTheEmergencyAdvice() {
        SignedIn patient = patientAged(30);
        Map<String, Object> form = mildLowBackAche().body();
        form.remove("safety");

        Api.Response answer = patient.api(api).post(INTAKES, form);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(texts(answer.body().path("errors").findValues("field"))).containsExactly("safety");
        JsonNode advice = answer.body().path("emergencyAdvice");
        assertThat(advice.path("headline").asString()).contains("emergency department").contains("911");
        assertThat(advice.path("signs")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(advice.path("whatToDo")).isNotEmpty();
        assertThat(answer.body().has("safety")).isFalse();
    }

    @Test
    void anEmergencySignWithAnUnrelatedBadFieldIsToldAtOnceAndTheTherapistIsAlertedOnce() {
        TestMailServer.start();
        SignedIn therapist = TestAccounts.newTherapist(api, "America/New_York");
        SignedIn patient = patientAged(30);

        Api.Response answer = patient.api(api).post(INTAKES, mildLowBackAche().yes("SADDLE_NUMBNESS")
                .set("painIntensity", 11).body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(texts(answer.body().path("errors").findValues("field"))).containsExactly("painIntensity");
        JsonNode safety = answer.body().path("safety");
        assertThat(safety.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(texts(safety.path("rules"))).containsExactly("E-CES");
        assertThat(safety.path("guidance").path("headline").asString()).contains("emergency department");
        assertThat(answer.body().has("emergencyAdvice")).as("the safety answers were readable").isFalse();
        assertThat(patient.api(api).get(INTAKES).body().path("page").path("totalElements").asInt()).isZero();

        MimeMessage alert = TestMailServer.await(therapist.email(),
                TestMailServer.subjectContaining("Intake form needs your attention: EMERGENCY"), 1, Duration.ofSeconds(20))
                .get(0);
        assertThat(Emails.text(alert)).contains("E-CES").doesNotContain("SADDLE");
        JsonNode events = therapist.api(api).get("/api/v1/triage/safety-events?size=100").body().path("content");
        JsonNode event = null;
        for (JsonNode candidate : events) {
            if (candidate.path("patientId").asString().equals(patient.patientId())) {
                event = candidate;
            }
        }
        assertThat(event).as("the safety event is kept for the therapist").isNotNull();
        assertThat(event.path("source").asString()).isEqualTo("INTAKE_FORM");
        assertThat(event.path("knownAnswers").path("safety").path("SADDLE_NUMBNESS").asBoolean()).isTrue();
        assertThat(TestAccounts.admin(api).api(api).get("/api/v1/audit-events?subjectType=SAFETY_EVENT&subjectId="
                + event.path("id").asString()).body().path("content").findValuesAsString("action"))
                .contains("SAFETY_EVENT_RECORDED");
        TestMailServer.sleep(1000);
        assertThat(TestMailServer.to(therapist.email()).stream()
                .filter(TestMailServer.subjectContaining("Intake form needs your attention"))).as("alerted once").hasSize(1);
        assertThat(patient.api(api).get("/api/v1/triage/safety-events").status()).isEqualTo(403);
    }

    @Test
    void painOnBothSidesShootingDownTheLegIsUrgentWithSafetyNettingWhenBothLegsIsAnsweredNo() {
        JsonNode result = submit(patientAged(40), mildLowBackAche().set("side", "BOTH")
                .add("symptoms", "SHOOTING_PAIN_DOWN_LEG").body());

        assertThat(result.path("disposition").asString()).isEqualTo("URGENT_MEDICAL");
        assertThat(texts(result.path("dispositionRules"))).containsExactly("U-CES-RISK");
        assertThat(result.path("safetyNet").path("headline").asString()).contains("warning signs");
        assertThat(texts(result.path("safetyNet").path("warningSigns"))).anyMatch(sign -> sign.contains("bladder"));
        assertThat(result.path("safetyNet").path("whatToDo").asString()).contains("emergency department");
        JsonNode withoutLegSymptoms = submit(patientAged(40), mildLowBackAche().body());
        assertThat(withoutLegSymptoms.path("safetyNet").isNull() || withoutLegSymptoms.path("safetyNet").isMissingNode())
                .isTrue();
    }

    @Test
    void numbersAreWholeJsonNumbersAndNoneGoesWithNoOtherTrigger() {
        SignedIn patient = patientAged(40);

        Api.Response answer = patient.api(api).post(INTAKES, mildLowBackAche().set("painIntensity", 7.0)
                .set("durationDays", "4").add("triggers", "NONE", "LIFTING").body());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(texts(answer.body().path("errors").findValues("field")))
                .containsExactlyInAnyOrder("painIntensity", "durationDays", "triggers");
        Api.Response notJson = patient.api(api).send("POST", INTAKES, "{\"painLocations\": [", Map.of());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().has("emergencyAdvice")).isTrue();
    }

    @Test
    void theFormOlderIntakesAnsweredIsStillServed() {
        JsonNode lbhp1 = api.get("/api/v1/triage/questionnaire?version=lbhp-1").body();

        assertThat(lbhp1.path("version").asString()).isEqualTo("lbhp-1");
        assertThat(lbhp1.path("sections").get(0).path("code").asString()).isEqualTo("PAIN");
        assertThat(api.get("/api/v1/triage/questionnaire?version=lbhp-9").status()).isEqualTo(400);
    }

    @Test
    void onlyItsPatientAndTherapistsSeeAnIntake() {
        SignedIn owner = patientAged(40);
        String id = submit(owner, IntakeForms.giving("SELF_CARE")).path("id").asString();
        SignedIn stranger = patientAged(41);
        SignedIn therapist = TestAccounts.newTherapist(api, "America/New_York");

        assertThat(owner.api(api).get(INTAKES + "/" + id).status()).isEqualTo(200);
        assertThat(therapist.api(api).get(INTAKES + "/" + id).status()).isEqualTo(200);
        Api.Response strangers = stranger.api(api).get(INTAKES + "/" + id);
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.text()).doesNotContain(owner.patientId());
        assertThat(api.get(INTAKES + "/" + id).status()).isEqualTo(401);
        assertThat(TestAccounts.admin(api).api(api).get(INTAKES).status()).isEqualTo(403);
        assertThat(stranger.api(api).get(INTAKES).body().path("content")).isEmpty();
        assertThat(owner.api(api).get(INTAKES + "/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void aPatientCannotReviewAndATherapistCannotSubmit() {
        SignedIn patient = patientAged(40);
        String id = submit(patient, IntakeForms.giving("SELF_CARE")).path("id").asString();

        assertThat(patient.api(api).post(INTAKES + "/" + id + "/review", Map.of()).status()).isEqualTo(403);
        assertThat(TestAccounts.newTherapist(api, "Europe/London").api(api).post(INTAKES, IntakeForms.giving("SELF_CARE"))
                .status()).isEqualTo(403);
    }

    @Test
    void anOverrideNeedsANoteAndKeepsTheWholeHistoryWhichPatientsDoNotSee() {
        SignedIn patient = patientAged(40);
        String id = submit(patient, IntakeForms.giving("URGENT_MEDICAL")).path("id").asString();
        Api therapist = TestAccounts.newTherapist(api, "America/New_York").api(api);

        Api.Response noNote = therapist.post(INTAKES + "/" + id + "/review", Map.of("overrideDisposition", "PHYSIO_CONSULTATION"));
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.body().path("errors").get(0).path("field").asString()).isEqualTo("note");

        therapist.post(INTAKES + "/" + id + "/review", Map.of("note", "Seen; fever explained by a cold, will call."));
        Api.Response overridden = therapist.post(INTAKES + "/" + id + "/review", Map.of(
                "overrideDisposition", "PHYSIO_CONSULTATION", "note", "GP confirmed no infection."));

        assertThat(overridden.status()).isEqualTo(200);
        JsonNode body = overridden.body();
        assertThat(body.path("disposition").asString()).isEqualTo("URGENT_MEDICAL");
        assertThat(body.path("currentDisposition").asString()).isEqualTo("PHYSIO_CONSULTATION");
        assertThat(body.path("status").asString()).isEqualTo("REVIEWED");
        assertThat(body.path("reviews")).hasSize(2);
        assertThat(body.path("reviews").get(0).path("override").asBoolean()).isFalse();
        assertThat(body.path("reviews").get(1).path("note").asString()).isEqualTo("GP confirmed no infection.");

        Api.Response patientView = patient.api(api).get(INTAKES + "/" + id);
        assertThat(patientView.body().path("currentDisposition").asString()).isEqualTo("PHYSIO_CONSULTATION");
        assertThat(patientView.text()).doesNotContain("GP confirmed").doesNotContain("cold, will call");
    }

    @Test
    void theReviewQueueIsMostUrgentFirstThenOldestFirst() {
        SignedIn patient = patientAged(40);
        List<String> order = List.of("SELF_CARE", "PHYSIO_CONSULTATION", "EMERGENCY", "GP_REFERRAL",
                "PHYSIO_CONSULTATION", "URGENT_MEDICAL");
        List<String> ids = new ArrayList<>();
        for (String disposition : order) {
            ids.add(submit(patient, IntakeForms.giving(disposition)).path("id").asString());
            // A second apart: the production driver sends whole seconds to MariaDB (docs/operations.md).
            clock.advance(Duration.ofSeconds(1));
        }
        Api therapist = TestAccounts.newTherapist(api, "America/New_York").api(api);

        List<String> queue = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = therapist.get(INTAKES + "?status=AWAITING_REVIEW&size=100&page=" + page).body();
            answer.path("content").forEach(intake -> queue.add(intake.path("id").asString()));
            if (page + 1 >= answer.path("page").path("totalPages").asInt()) {
                break;
            }
        }

        List<String> ours = queue.stream().filter(ids::contains).toList();
        assertThat(ours).containsExactly(ids.get(2), ids.get(5), ids.get(3), ids.get(1), ids.get(4), ids.get(0));
    }

    @Test
    void aPatientSeesTheirOwnIntakesNewestFirst() {
        SignedIn patient = patientAged(40);
        String first = submit(patient, IntakeForms.giving("SELF_CARE")).path("id").asString();
        clock.advance(Duration.ofSeconds(1));
        String second = submit(patient, IntakeForms.giving("EMERGENCY")).path("id").asString();

        JsonNode list = patient.api(api).get(INTAKES).body();

        assertThat(texts(list.path("content").findValues("id"))).containsExactly(second, first);
        JsonNode reviews = list.path("content").get(0).path("reviews");
        assertThat(reviews.isNull() || reviews.isMissingNode()).as("therapist-only review history").isTrue();
    }

    @Test
    void everyReadOfAnIntakeIsAudited() {
        SignedIn patient = patientAged(40);
        String id = submit(patient, IntakeForms.giving("SELF_CARE")).path("id").asString();
        TestAccounts.newTherapist(api, "America/New_York").api(api).get(INTAKES + "/" + id);
        patientAged(50).api(api).get(INTAKES + "/" + id);

        JsonNode trail = TestAccounts.admin(api).api(api).get("/api/v1/audit-events?subjectType=INTAKE&subjectId=" + id)
                .body();

        assertThat(texts(trail.path("content").findValues("action")))
                .contains("INTAKE_SUBMITTED", "INTAKE_READ", "INTAKE_ACCESS_REFUSED");
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asString).toList();
    }

    static JsonNode findSection(JsonNode questionnaire, String code) {
        for (JsonNode section : questionnaire.path("sections")) {
            if (section.path("code").asString().equals(code)) {
                return section;
            }
        }
        throw new AssertionError("no section " + code);
    }
}
