package com.physiopractice.records;

import static com.physiopractice.testing.BookingFixture.book;
import static com.physiopractice.testing.BookingFixture.booker;
import static com.physiopractice.testing.BookingFixture.therapistWorking;
import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.testing.Emails;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.physiopractice.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The clinical record over HTTP: a signed note is locked, corrections are addenda, only the
 * patient and her treating therapists see anything, every read is audited, unsigned notes follow
 * the practice clock, measures score as the worked examples do, adherence counts a week by hand.
 */
@PracticeIntegrationTest
class ClinicalRecordHttpTest {

    static final String NEW_YORK = "America/New_York";
    static final ZoneId NY = ZoneId.of(NEW_YORK);

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Api api;
    SignedIn therapist;
    Booker patient;
    LocalDate consultationDay;
    String appointmentId;

    @BeforeEach
    void aBookedInitialConsultation() {
        api = Api.on(port);
        therapist = therapistWorking(api, NEW_YORK, "09:00", "17:00");
        patient = booker(api);
        consultationDay = LocalDate.now(clock.withZone(NY)).plusDays(3);
        Api.Response booked = book(api, therapist, "INITIAL_CONSULTATION", at(consultationDay, "10:00"), patient);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        appointmentId = booked.body().path("id").asString();
    }

    /** A note records a consultation that has begun. */
    void consultationStarts() {
        moveClockTo(consultationDay, "10:05");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), NY).toOffsetDateTime().toString();
    }

    void moveClockTo(LocalDate date, String time) {
        advance(Duration.between(clock.instant(), ZonedDateTime.of(date, LocalTime.parse(time), NY).toInstant()));
    }

    /** Moves the practice clock; both sign in again, as their access tokens have expired meanwhile. */
    void advance(Duration by) {
        clock.advance(by);
        therapist = therapist.again(api);
        patient = patient.again(api);
    }

    Api therapistApi() {
        return therapist.api(api);
    }

    Api patientApi() {
        return patient.api(api);
    }

    String openEpisode() {
        Api.Response opened = therapistApi().post("/api/v1/records/patients/" + patient.patient().patientId() + "/episodes",
                Map.of("firstConsultation", appointmentId, "problem", "Low back pain after lifting", "region", "LOWER_BACK"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).isEqualTo("/api/v1/records/episodes/" + opened.body().path("id").asString());
        return opened.body().path("id").asString();
    }

    static Map<String, Object> fullAssessment(String history) {
        return Map.of(
                "subjective", Map.of("history", history, "painNow", 6, "function", "Cannot sit for more than 20 minutes",
                        "patientGoals", "Sit through a working day", "consentGiven", true),
                "objective", Map.of("rangeOfMovement", "Flexion limited to mid-shin by pain", "straightLegRaise",
                        "Negative both sides at 80 degrees", "slump", "Negative", "faber", "Negative", "fadir", "Negative"),
                "assessment", Map.of("workingDiagnosis", "SPRAIN_STRAIN", "reasoning", "Mechanical pattern, no neural signs"),
                "plan", Map.of("goals", List.of(Map.of("goal", "Sit for an hour", "by", consultationDayPlus(28))),
                        "interventions", "Advice, graded activity", "nextReview", consultationDayPlus(14)));
    }

    static String consultationDayPlus(int days) {
        return LocalDate.parse("2027-01-15").plusDays(days).toString();
    }

    String startInitialAssessment(String episodeId, Object content) {
        if (clock.instant().isBefore(ZonedDateTime.of(consultationDay, LocalTime.of(10, 0), NY).toInstant())) {
            consultationStarts();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "INITIAL_ASSESSMENT");
        body.put("consultation", appointmentId);
        body.put("content", content);
        Api.Response started = therapistApi().post("/api/v1/records/episodes/" + episodeId + "/notes", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(started.body().path("status").asString()).isEqualTo("DRAFT");
        return started.body().path("id").asString();
    }

    @Test
    void aSignedNoteIsLockedAndLaterWordsAreDatedAddendaByItsAuthor() {
        String episode = openEpisode();
        String note = startInitialAssessment(episode, Map.of("subjective", Map.of("history", "Lifted a box a week ago")));

        Api.Response tooSoon = therapistApi().post("/api/v1/records/notes/" + note + "/sign", Map.of());
        assertThat(tooSoon.status()).as(tooSoon.toString()).isEqualTo(400);
        assertThat(fields(tooSoon.body())).contains("subjective.consentGiven", "assessment.workingDiagnosis",
                "assessment.reasoning");

        Api.Response saved = therapistApi().send("PUT", "/api/v1/records/notes/" + note,
                Map.of("content", fullAssessment("Lifted a box a week ago"), "version", 0), Map.of());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        Api.Response stale = therapistApi().send("PUT", "/api/v1/records/notes/" + note,
                Map.of("content", fullAssessment("Overwritten from an old tab"), "version", 0), Map.of());
        assertThat(stale.status()).as("a save over a newer version").isEqualTo(412);

        Instant beforeSigning = clock.instant();
        Api.Response signed = therapistApi().post("/api/v1/records/notes/" + note + "/sign", Map.of());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.body().path("status").asString()).isEqualTo("SIGNED");
        assertThat(signed.body().path("author").asString()).isEqualTo(therapist.therapistId());
        assertThat(signed.body().path("treatedAt").asString()).isEqualTo(
                ZonedDateTime.of(consultationDay, LocalTime.of(10, 0), NY).toInstant().toString());
        assertThat(Instant.parse(signed.body().path("signedAt").asString())).isBetween(beforeSigning.truncatedTo(ChronoUnit.SECONDS), clock.instant());

        Api.Response edit = therapistApi().send("PUT", "/api/v1/records/notes/" + note,
                Map.of("content", fullAssessment("Rewritten after signing")), Map.of());
        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(edit.body().path("type").asString()).endsWith("note-signed");
        JsonNode unchanged = therapistApi().get("/api/v1/records/notes/" + note).body();
        assertThat(unchanged.path("content").path("subjective").path("history").asString()).isEqualTo("Lifted a box a week ago");
        assertThat(therapistApi().post("/api/v1/records/notes/" + note + "/sign", Map.of()).status()).isEqualTo(409);

        advance(Duration.ofMinutes(30));
        Instant beforeAddendum = clock.instant();
        Api.Response addendum = therapistApi().post("/api/v1/records/notes/" + note + "/addenda",
                Map.of("text", "Patient called: the pain started after gardening, not lifting."));
        assertThat(addendum.status()).as(addendum.toString()).isEqualTo(201);
        JsonNode listed = therapistApi().get("/api/v1/records/notes/" + note).body().path("addenda");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("author").asString()).isEqualTo(therapist.therapistId());
        assertThat(Instant.parse(listed.get(0).path("writtenAt").asString())).isBetween(beforeAddendum.truncatedTo(ChronoUnit.SECONDS), clock.instant());
        assertThat(listed.get(0).path("text").asString()).contains("gardening");

        JsonNode herView = patientApi().get("/api/v1/records/notes/" + note).body();
        assertThat(herView.path("status").asString()).as("she reads her signed note").isEqualTo("SIGNED");
        assertThat(herView.path("addenda")).hasSize(1);
    }

    @Test
    void anotherPatientAnotherTherapistAndDraftsForThePatientAreNotFound() {
        String episode = openEpisode();
        String draft = startInitialAssessment(episode, Map.of());
        SignedIn otherPatient = TestAccounts.newPatient(api);
        SignedIn otherTherapist = TestAccounts.newTherapist(api, NEW_YORK);

        for (Api stranger : List.of(otherPatient.api(api), otherTherapist.api(api))) {
            assertThat(stranger.get("/api/v1/records/episodes/" + episode).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/records/notes/" + draft).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/records/episodes/" + episode + "/measures").status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/records/patients/" + patient.patient().patientId() + "/episodes").status())
                    .isEqualTo(404);
        }
        assertThat(otherTherapist.api(api).send("PUT", "/api/v1/records/notes/" + draft,
                Map.of("content", fullAssessment("Not mine")), Map.of()).status()).isEqualTo(404);
        assertThat(otherTherapist.api(api).post("/api/v1/records/episodes/" + episode + "/notes",
                Map.of("kind", "FOLLOW_UP")).status()).isEqualTo(404);
        assertThat(patientApi().get("/api/v1/records/notes/" + draft).status()).as("a draft is not hers to read yet")
                .isEqualTo(404);
        JsonNode hers = patientApi().get("/api/v1/records/episodes/" + episode).body();
        assertThat(hers.path("notes")).as("her episode without the draft").isEmpty();
        assertThat(TestAccounts.admin(api).api(api).get("/api/v1/records/episodes/" + episode).status()).isEqualTo(403);
    }

    @Test
    void everyReadAndWriteLandsInTheAuditTrail() {
        String episode = openEpisode();
        String note = startInitialAssessment(episode, Map.of());
        therapistApi().get("/api/v1/records/episodes/" + episode);
        therapistApi().get("/api/v1/records/notes/" + note);
        patientApi().get("/api/v1/records/episodes/" + episode + "/measures");

        assertThat(actionsOn(episode)).contains("EPISODE_OPENED", "EPISODE_READ", "MEASURES_READ");
        assertThat(actionsOn(note)).contains("NOTE_STARTED", "NOTE_READ");
    }

    List<String> actionsOn(String subject) {
        return jdbc.queryForList("SELECT action FROM audit_event WHERE subject_id = ? ORDER BY id", String.class, subject);
    }

    @Test
    void aNoteUnsignedAtTheEndOfItsConsultationsDayIsListedByThePracticeClock() {
        String episode = openEpisode();
        Api.Response early = therapistApi().post("/api/v1/records/episodes/" + episode + "/notes",
                Map.of("kind", "INITIAL_ASSESSMENT", "consultation", appointmentId));
        assertThat(early.status()).as("no note before the consultation begins").isEqualTo(422);
        String note = startInitialAssessment(episode, fullAssessment("Lifted a box"));

        moveClockTo(consultationDay, "23:59");
        assertThat(unsigned()).as("still the consultation's day in her zone").doesNotContain(note);
        moveClockTo(consultationDay.plusDays(1), "00:00");
        assertThat(unsigned()).as("the day has ended").contains(note);

        assertThat(therapistApi().post("/api/v1/records/notes/" + note + "/sign", Map.of()).status()).isEqualTo(200);
        assertThat(unsigned()).doesNotContain(note);
    }

    List<String> unsigned() {
        Api.Response listed = therapistApi().get("/api/v1/records/notes/unsigned");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        listed.body().forEach(row -> ids.add(row.path("note").asString()));
        return ids;
    }

    @Test
    void measuresAreAskedAtTheFirstConsultationScoredAsTheWorkedExamplesAndAnsweredOnce() throws Exception {
        String episode = openEpisode();
        JsonNode measures = therapistApi().get("/api/v1/records/episodes/" + episode + "/measures").body();
        List<String> asked = new ArrayList<>();
        measures.path("measures").forEach(measure -> asked.add(measure.path("instrument").asString()));
        assertThat(asked).containsExactlyInAnyOrder("NPRS", "PSFS", "ODI", "STARTBACK");
        String odi = idOf(measures, "ODI");

        List<MimeMessage> emails = TestMailServer.await(patient.patient().email(),
                message -> Emails.text(message).contains("/portal/measures/" + odi), 1, Duration.ofSeconds(10));
        assertThat(emails).as("the link to the questionnaire is emailed").hasSize(1);

        Api.Response bad = patientApi().post("/api/v1/records/measures/" + odi + "/responses",
                Map.of("answers", Map.of("odi[0]", "7", "odi[1]", "x")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.body())).contains("odi[0]", "odi[1]");
        assertThat(patientApi().get("/api/v1/records/measures/" + odi).body().path("measure").path("status").asString())
                .as("nothing kept").isEqualTo("REQUESTED");

        // Worked example: 22 points over 9 answered sections = 22 / 45 = 48.9 %, rounded to 49 %: severe disability.
        Api.Response first = answerOdi(odi, 3, 2, 3, 2, 2, 3, 2, null, 2, 3);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.body().path("score").asDouble()).isEqualTo(49.0);
        assertThat(first.body().path("interpretation").asString()).isEqualTo("SEVERE");
        assertThat(first.body().path("instrumentVersion").asString()).isEqualTo("2.1a");
        assertThat(answerOdi(odi, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1).status()).as("answered once").isEqualTo(409);

        advance(Duration.ofDays(21));
        Api.Response followUp = therapistApi().post("/api/v1/records/episodes/" + episode + "/measures",
                Map.of("instrument", "ODI"));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(201);
        // 9 / 45 = 20 %: a 29-point improvement, beyond the ODI's MCID of 10.
        Api.Response second = answerOdi(followUp.body().path("id").asString(), 1, 1, 1, 1, 1, 1, 1, null, 1, 1);
        assertThat(second.body().path("score").asDouble()).isEqualTo(20.0);
        JsonNode trend = trendOf(therapistApi().get("/api/v1/records/episodes/" + episode + "/measures").body(), "ODI");
        assertThat(trend.path("points")).hasSize(2);
        assertThat(trend.path("improvement").asDouble()).isEqualTo(29.0);
        assertThat(trend.path("reachesMcid").asBoolean()).isTrue();

        // NPRS 7 then 6: a 1-point change, short of the MCID of 2. Answers a day apart, as they come.
        assertThat(answer(idOf(measures, "NPRS"), Map.of("pain", "7")).body().path("score").asDouble()).isEqualTo(7.0);
        advance(Duration.ofDays(1));
        String nextPain = therapistApi().post("/api/v1/records/episodes/" + episode + "/measures",
                Map.of("instrument", "NPRS")).body().path("id").asString();
        answer(nextPain, Map.of("pain", "6"));
        JsonNode pain = trendOf(therapistApi().get("/api/v1/records/episodes/" + episode + "/measures").body(), "NPRS");
        assertThat(pain.path("improvement").asDouble()).isEqualTo(1.0);
        assertThat(pain.path("reachesMcid").asBoolean()).isFalse();

        // PSFS: the activities named first are rated again; (3 + 5) / 2 = 4.0.
        Api.Response psfs = answer(idOf(measures, "PSFS"), Map.of("psfs[0].activity", "Sitting at work", "psfs[0].score", "3",
                "psfs[1].activity", "Lifting my child", "psfs[1].score", "5"));
        assertThat(psfs.body().path("score").asDouble()).isEqualTo(4.0);
        advance(Duration.ofDays(1));
        String nextPsfs = therapistApi().post("/api/v1/records/episodes/" + episode + "/measures",
                Map.of("instrument", "PSFS")).body().path("id").asString();
        JsonNode form = patientApi().get("/api/v1/records/measures/" + nextPsfs).body().path("form").path("questions");
        assertThat(form.get(0).path("text").asString()).isEqualTo("Sitting at work");
        assertThat(answer(nextPsfs, Map.of("psfs[0].score", "6", "psfs[1].score", "6")).body().path("score").asDouble())
                .isEqualTo(6.0);
        assertThat(trendOf(therapistApi().get("/api/v1/records/episodes/" + episode + "/measures").body(), "PSFS")
                .path("reachesMcid").asBoolean()).as("2 points up reaches the PSFS's MCID of 2").isTrue();
    }

    Api.Response answerOdi(String measure, Integer... sections) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < sections.length; i++) {
            if (sections[i] != null) {
                answers.put("odi[" + i + "]", sections[i].toString());
            }
        }
        return answer(measure, answers);
    }

    Api.Response answer(String measure, Map<String, String> answers) {
        Api.Response answered = patientApi().post("/api/v1/records/measures/" + measure + "/responses", Map.of("answers", answers));
        assertThat(answered.status()).as(answered.toString()).isIn(201, 409);
        return answered;
    }

    static String idOf(JsonNode measures, String instrument) {
        for (JsonNode measure : measures.path("measures")) {
            if (measure.path("instrument").asString().equals(instrument) && measure.path("status").asString().equals("REQUESTED")) {
                return measure.path("id").asString();
            }
        }
        throw new AssertionError("no " + instrument + " waiting in " + measures);
    }

    static JsonNode trendOf(JsonNode measures, String instrument) {
        for (JsonNode trend : measures.path("trends")) {
            if (trend.path("instrument").asString().equals(instrument)) {
                return trend;
            }
        }
        throw new AssertionError("no " + instrument + " trend in " + measures);
    }

    @Test
    void adherenceCountsAHandComputedWeek() {
        String episode = openEpisode();
        LocalDate monday = consultationDay.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        Api.Response set = therapistApi().send("PUT", "/api/v1/records/episodes/" + episode + "/programme", Map.of("exercises",
                List.of(prescribing("glute-bridge", 2, 7, monday), prescribing("childs-pose", 1, 3, monday))), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        String programme = set.body().path("id").asString();
        String bridge = set.body().path("exercises").get(0).path("id").asString();
        String pose = set.body().path("exercises").get(1).path("id").asString();

        moveClockTo(monday.plusDays(7), "09:00");
        // Bridges: 2 a day on 7 days = 14 prescribed, 9 done. Child's pose: 1 a day on 3 days = 3 prescribed,
        // 4 done, of which 3 count. The week: 12 of 17 = 71 %.
        for (int day = 0; day < 5; day++) {
            log(programme, bridge, monday.plusDays(day), 4, 3);
        }
        for (int day = 0; day < 4; day++) {
            log(programme, bridge, monday.plusDays(day), 2, 3);
        }
        for (int day = 0; day < 4; day++) {
            log(programme, pose, monday.plusDays(day), 3, 1);
        }
        Api.Response tomorrow = patientApi().post("/api/v1/records/programmes/" + programme + "/sessions", Map.of(
                "exercise", bridge, "doneOn", monday.plusDays(8).toString(), "pain", 1, "difficulty", 1));
        assertThat(tomorrow.status()).as("not a day in the future").isEqualTo(400);

        JsonNode weeks = therapistApi().get("/api/v1/records/programmes/" + programme + "/adherence").body();
        JsonNode first = weeks.get(weeks.size() - 2);
        assertThat(first.path("weekStarting").asString()).isEqualTo(monday.toString());
        assertThat(first.path("prescribed").asInt()).isEqualTo(17);
        assertThat(first.path("done").asInt()).isEqualTo(12);
        assertThat(first.path("percent").asInt()).isEqualTo(71);
        // pain: 5 × 4 + 4 × 2 + 4 × 3 = 40 over 13 logs = 3.08 → 3.1
        assertThat(first.path("averagePain").asDouble()).isEqualTo(3.1);
    }

    void log(String programme, String exercise, LocalDate day, int pain, int difficulty) {
        Api.Response logged = patientApi().post("/api/v1/records/programmes/" + programme + "/sessions", Map.of(
                "exercise", exercise, "doneOn", day.toString(), "pain", pain, "difficulty", difficulty));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    }

    static Map<String, Object> prescribing(String card, int timesPerDay, int daysPerWeek, LocalDate from) {
        Map<String, Object> exercise = new LinkedHashMap<>();
        exercise.put("card", card);
        exercise.put("sets", 2);
        exercise.put("repetitions", 10);
        exercise.put("holdSeconds", 5);
        exercise.put("timesPerDay", timesPerDay);
        exercise.put("daysPerWeek", daysPerWeek);
        exercise.put("startsOn", from.toString());
        return exercise;
    }

    @Test
    void aCardTheTriageProfileAdvisesAgainstNeedsTheTherapistsConfirmation() {
        Booker sciatica = booker(api, IntakeForms.mildLowBackAche().add("symptoms", "SHOOTING_PAIN_DOWN_LEG").body());
        Api.Response booked = book(api, therapist, "INITIAL_CONSULTATION", at(consultationDay, "12:00"), sciatica);
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String episode = therapistApi().post("/api/v1/records/patients/" + sciatica.patient().patientId() + "/episodes",
                Map.of("firstConsultation", booked.body().path("id").asString(), "problem", "Sciatica", "region",
                        "LOWER_BACK")).body().path("id").asString();
        JsonNode cards = therapistApi().get("/api/v1/records/episodes/" + episode + "/exercise-cards").body();
        String flagged = null;
        for (JsonNode card : cards) {
            if (!card.path("notAdvised").isNull() && !card.path("notAdvised").isMissingNode()) {
                flagged = card.path("slug").asString();
            }
        }
        assertThat(flagged).as("a forward-bending card is flagged for pain down the leg: " + cards).isNotNull();
        LocalDate today = LocalDate.now(clock.withZone(NY));
        Api.Response unconfirmed = therapistApi().send("PUT", "/api/v1/records/episodes/" + episode + "/programme",
                Map.of("exercises", List.of(prescribing(flagged, 1, 7, today))), Map.of());
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(fields(unconfirmed.body())).containsExactly("exercises[0].confirmNotAdvised");
        assertThat(therapistApi().get("/api/v1/records/episodes/" + episode + "/programme").status()).as("nothing set")
                .isEqualTo(404);

        Map<String, Object> confirmed = prescribing(flagged, 1, 7, today);
        confirmed.put("confirmNotAdvised", true);
        Api.Response set = therapistApi().send("PUT", "/api/v1/records/episodes/" + episode + "/programme",
                Map.of("exercises", List.of(confirmed)), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.body().path("exercises").get(0).path("notAdvised").asString()).isNotBlank();
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
