package com.physiopractice.fhir;

import static com.physiopractice.testing.BookingFixture.APPOINTMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.BookingFixture.Booker;
import com.physiopractice.records.RecordsFixture;
import com.physiopractice.testing.JobLocks;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The FHIR R4 API as another system reads it: HAPI's generic client against the running practice,
 * and every resource type the CapabilityStatement lists, produced from a practice seeded through
 * the API, validated against base R4 offline by HAPI's FhirInstanceValidator with no error.
 */
@PracticeIntegrationTest
class FhirR4HttpTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    static FhirValidator validator;

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    com.physiopractice.fhir.r4.RetentionJob retention;

    @BeforeAll
    static void baseR4Validator() {
        ValidationSupportChain offline = new ValidationSupportChain(new DefaultProfileValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR), new InMemoryTerminologyServerValidationSupport(FHIR),
                new SnapshotGeneratingValidationSupport(FHIR));
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(offline));
    }

    @org.junit.jupiter.api.BeforeEach
    void mailServer() {
        com.physiopractice.testing.TestMailServer.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String base() {
        return "http://localhost:" + port + "/fhir/r4";
    }

    IGenericClient client(SignedIn signedIn) {
        IGenericClient client = FHIR.newRestfulGenericClient(base());
        if (signedIn != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(signedIn.accessToken()));
        }
        return client;
    }

    static void assertValid(Resource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertThat(errors).as(resource.fhirType() + " " + FHIR.newJsonParser().encodeResourceToString(resource)).isEmpty();
    }

    @Test
    void everyResourceTypeTheServerListsIsValidBaseR4AndAClientReadsSlotsAndAPatientsEverything() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "08:00", "18:00");
        Booker booker = BookingFixture.booker(api);
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(3);
        String consulted = BookingFixture.book(api, therapist, "INITIAL_CONSULTATION", day + "T09:00:00Z", booker)
                .body().path("id").asString();
        String upcoming = BookingFixture.book(api, therapist, "FOLLOW_UP", day.plusDays(7) + "T11:00:00Z", booker)
                .body().path("id").asString();
        // The day before, she answers the safety check-in: nothing new.
        clock.advance(Duration.ofDays(2).plusHours(12));
        Map<String, Object> safety = new java.util.LinkedHashMap<>();
        com.physiopractice.testing.IntakeForms.SAFETY_QUESTIONS.forEach(question -> safety.put(question, false));
        Api.Response checkedIn = booker.patient().again(api).api(api).post("/api/v1/triage/appointments/" + consulted
                + "/check-in", Map.of("safety", safety));
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        clock.advance(Duration.ofDays(1));
        Api.Response completed = therapist.again(api).api(api).post(APPOINTMENTS + "/" + consulted + "/complete", Map.of());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        SignedIn patient = booker.patient().again(api);

        IGenericClient anonymous = client(null);
        CapabilityStatement capabilities = anonymous.capabilities().ofType(CapabilityStatement.class).execute();
        List<String> listed = capabilities.getRestFirstRep().getResource().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).toList();
        assertThat(listed).containsExactlyInAnyOrder("Organization", "Practitioner", "PractitionerRole", "Schedule",
                "Slot", "Patient", "Appointment", "Encounter", "Questionnaire", "QuestionnaireResponse", "Observation",
                "Condition", "Flag", "CarePlan", "Composition", "Provenance");
        assertValid(capabilities);

        // Free slots as the booking module computes them, through the client's own search.
        Bundle slots = anonymous.search().forResource(Slot.class)
                .where(Slot.SCHEDULE.hasId("Schedule/" + therapist.therapistId()))
                .and(Slot.START.afterOrEquals().day(day.plusDays(7).toString()))
                .and(Slot.START.before().day(day.plusDays(8).toString()))
                .and(Slot.STATUS.exactly().code("free"))
                .returnBundle(Bundle.class).execute();
        assertThat(slots.getEntry()).isNotEmpty();
        java.time.Instant booked = java.time.Instant.parse(day.plusDays(7) + "T11:00:00Z");
        assertThat(slots.getEntry()).as("the booked 11:00 follow-up is not offered again")
                .noneMatch(entry -> ((Slot) entry.getResource()).getStart().toInstant().equals(booked));
        assertThat(slots.getEntry()).allSatisfy(entry -> assertThat(((Slot) entry.getResource()).getStatus())
                .isEqualTo(Slot.SlotStatus.FREE));

        // The patient's $everything, read by herself and by her therapist.
        Map<String, Resource> byType = new HashMap<>();
        for (SignedIn reader : List.of(patient, therapist.again(api))) {
            Bundle everything = client(reader).operation().onInstance("Patient/" + patient.patientId())
                    .named("$everything").withNoParameters(Parameters.class).useHttpGet().returnResourceType(Bundle.class)
                    .execute();
            everything.getEntry().forEach(entry -> byType.put(entry.getResource().fhirType(), entry.getResource()));
            assertThat(everything.getEntry()).extracting(entry -> entry.getResource().fhirType())
                    .contains("Patient", "Organization", "Practitioner", "PractitionerRole", "Appointment", "Encounter");
            assertThat(everything.getEntry()).as("her check-in, about the consultation").anySatisfy(entry -> {
                assertThat(entry.getResource()).isInstanceOf(org.hl7.fhir.r4.model.Observation.class);
                org.hl7.fhir.r4.model.Observation checkIn = (org.hl7.fhir.r4.model.Observation) entry.getResource();
                assertThat(checkIn.getCode().getText()).isEqualTo("Safety check-in before a consultation");
                assertThat(checkIn.getValueStringType().getValue()).isEqualTo("Nothing new since the intake form");
                assertThat(checkIn.getFocusFirstRep().getReference()).isEqualTo("Appointment/" + consulted);
            });
            assertValid(everything);
        }
        byType.put("Schedule", (Resource) anonymous.read().resource("Schedule").withId(therapist.therapistId()).execute());
        byType.put("Slot", slots.getEntryFirstRep().getResource());
        assertThat(byType.keySet()).contains("Organization", "Practitioner", "PractitionerRole", "Schedule", "Slot",
                "Patient", "Appointment", "Encounter");
        byType.values().forEach(FhirR4HttpTest::assertValid);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'FHIR_READ' AND subject_id = ?",
                Integer.class, patient.patientId())).as("every read of her record audited").isGreaterThanOrEqualTo(2);
        assertThat(((org.hl7.fhir.r4.model.Appointment) client(patient).read().resource("Appointment").withId(upcoming)
                .execute()).getStatus()).isEqualTo(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED);
    }

    @Test
    void theClinicalRecordsResourcesAreValidR4AndComeWithHerEverything() {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "08:00", "18:00");
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(3);
        RecordsFixture.Treated treated = RecordsFixture.treated(api, therapist, day + "T09:00:00Z");
        clock.advance(Duration.between(clock.instant(), java.time.Instant.parse(day + "T09:30:00Z")));
        Api staff = therapist.again(api).api(api);
        Map<String, Object> note = new java.util.LinkedHashMap<>();
        note.put("kind", "INITIAL_ASSESSMENT");
        note.put("consultation", treated.appointment());
        note.put("content", Map.of(
                "subjective", Map.of("history", "Lifted a heavy box at work", "painNow", 6, "consentGiven", true),
                "assessment", Map.of("workingDiagnosis", "SPRAIN_STRAIN", "reasoning", "Mechanical, no neural signs"),
                "plan", Map.of("interventions", "Advice, graded activity")));
        Api.Response started = staff.post("/api/v1/records/episodes/" + treated.episode() + "/notes", note);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        assertThat(staff.post("/api/v1/records/notes/" + started.body().path("id").asString() + "/sign", Map.of())
                .status()).isEqualTo(200);
        Map<String, Object> bridge = new java.util.LinkedHashMap<>(Map.of("card", "glute-bridge", "sets", 2,
                "repetitions", 10, "holdSeconds", 5, "timesPerDay", 1, "daysPerWeek", 5, "startsOn", day.toString()));
        Api.Response programme = staff.send("PUT", "/api/v1/records/episodes/" + treated.episode() + "/programme",
                Map.of("exercises", List.of(bridge)), Map.of());
        assertThat(programme.status()).as(programme.toString()).isEqualTo(200);
        String nprs = null;
        for (var measure : staff.get("/api/v1/records/episodes/" + treated.episode() + "/measures").body().path("measures")) {
            if (measure.path("instrument").asString().equals("NPRS")) {
                nprs = measure.path("id").asString();
            }
        }
        SignedIn patient = treated.patient().patient().again(api);
        Api.Response answered = patient.api(api).post("/api/v1/records/measures/" + nprs + "/responses",
                Map.of("answers", Map.of("pain", "6")));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);

        // A later intake with a red flag: her intake answers and the flag come with her record.
        Api.Response flagged = patient.api(api).post("/api/v1/triage/intakes",
                com.physiopractice.testing.IntakeForms.mildLowBackAche().yes("CONSTANT_NIGHT_PAIN").body());
        assertThat(flagged.status()).as(flagged.toString()).isIn(200, 201);

        Bundle everything = client(patient).operation().onInstance("Patient/" + patient.patientId())
                .named("$everything").withNoParameters(Parameters.class).useHttpGet().returnResourceType(Bundle.class)
                .execute();
        Map<String, Resource> byType = new HashMap<>();
        everything.getEntry().forEach(entry -> byType.put(entry.getResource().fhirType(), entry.getResource()));
        assertThat(byType.keySet()).contains("Condition", "Questionnaire", "QuestionnaireResponse", "Observation",
                "Flag", "CarePlan", "Composition", "Provenance");
        assertThat(everything.getEntry()).filteredOn(entry -> entry.getResource() instanceof org.hl7.fhir.r4.model.Questionnaire)
                .extracting(entry -> entry.getResource().getIdPart()).contains("nprs-1.0").anyMatch(id -> id.startsWith("intake-"));
        assertThat(everything.getEntry()).filteredOn(entry -> entry.getResource() instanceof QuestionnaireResponse)
                .as("two intakes and the NPRS").hasSize(3);
        everything.getEntry().forEach(entry -> assertValid(entry.getResource()));
        assertValid(everything);
        byType.values().forEach(FhirR4HttpTest::assertValid);
        org.hl7.fhir.r4.model.Observation score = (org.hl7.fhir.r4.model.Observation) byType.get("Observation");
        assertThat(score.getValueQuantity().getValue().doubleValue()).isEqualTo(6.0);
        assertThat(score.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + nprs);
        assertThat(score.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(((org.hl7.fhir.r4.model.Condition) byType.get("Condition")).getCode().getCodingFirstRep().getCode())
                .as("the signed note's working diagnosis").isEqualTo("SPRAIN_STRAIN");

        Bundle scores = client(therapist.again(api)).search().forResource(org.hl7.fhir.r4.model.Observation.class)
                .where(org.hl7.fhir.r4.model.Observation.PATIENT.hasId(patient.patientId()))
                .and(org.hl7.fhir.r4.model.Observation.CODE.exactly().code("NPRS"))
                .returnBundle(Bundle.class).execute();
        assertThat(scores.getEntry()).hasSize(1);
        assertThat(client(therapist.again(api)).search().forResource(org.hl7.fhir.r4.model.Observation.class)
                .where(org.hl7.fhir.r4.model.Observation.PATIENT.hasId(patient.patientId()))
                .and(org.hl7.fhir.r4.model.Observation.CODE.exactly().code("ODI"))
                .returnBundle(Bundle.class).execute().getEntry()).as("no ODI answered").isEmpty();
        assertValid((Resource) client(null).read().resource("Questionnaire").withId("nprs-1.0").execute());

        // Her export: the same record as a collection Bundle another system can import, and as a page.
        Api.Response exported = patient.api(api).get("/api/v1/data-rights/patients/" + patient.patientId() + "/export");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("application/fhir+json");
        assertThat(exported.header("Content-Disposition")).startsWith("attachment").contains(".json");
        Bundle export = FHIR.newJsonParser().parseResource(Bundle.class, exported.text());
        assertThat(export.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(export.getEntry()).extracting(entry -> entry.getResource().fhirType())
                .contains("Patient", "Appointment", "Condition", "Composition", "Observation", "CarePlan");
        assertValid(export);
        Api.Response page = therapist.again(api).api(api).get("/api/v1/data-rights/patients/" + patient.patientId()
                + "/export?format=html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Your health record", "Test Patient", "Lifted a heavy box at work",
                "Numeric Pain Rating Scale", "Glute", "Sprain or strain").doesNotContain("<script");
        assertThat(page.text()).as("her intake answers, inside their sections").contains("How many days ago did this pain start?");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DATA_EXPORTED' AND subject_id = ?",
                Integer.class, patient.patientId())).as("each export audited").isEqualTo(2);
        SignedIn stranger = TestAccounts.newPatient(api);
        Api.Response notHers = stranger.api(api).get("/api/v1/data-rights/patients/" + patient.patientId() + "/export");
        assertThat(notHers.status()).isEqualTo(404);
        assertThat(stranger.api(api).post("/api/v1/data-rights/patients/" + patient.patientId() + "/erasure", Map.of())
                .status()).as("only she can close her account").isEqualTo(403);

        // She closes her account: the consultation to come is cancelled, her address and name go, the record stays.
        Api.Response booked = BookingFixture.book(api, therapist, "FOLLOW_UP", day.plusDays(10) + "T10:00:00Z",
                new Booker(treated.patient().patient().again(api), treated.patient().intakeId()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String followUp = booked.body().path("id").asString();
        patient = treated.patient().patient().again(api);
        Api.Response closed = patient.api(api).post("/api/v1/data-rights/patients/" + patient.patientId() + "/erasure",
                Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.body().path("cancelledConsultations").asInt()).isEqualTo(1);
        // Told at the address she had, before it is forgotten: closed, and the consultation's cancellation
        // with the calendar file that takes it out of her calendar.
        var told = com.physiopractice.testing.TestMailServer.await(patient.email(),
                com.physiopractice.testing.TestMailServer.subjectContaining("Your account is closed"), 1, Duration.ofSeconds(20));
        assertThat(com.physiopractice.testing.Emails.text(told.get(0))).contains("cancelled your consultation still to come",
                "kept under a pseudonym");
        var cancelledNotice = com.physiopractice.testing.TestMailServer.await(patient.email(),
                com.physiopractice.testing.TestMailServer.subjectContaining("Your online consultation is cancelled"), 1,
                Duration.ofSeconds(20));
        assertThat(com.physiopractice.testing.Emails.calendar(cancelledNotice.get(cancelledNotice.size() - 1)).toString())
                .contains("METHOD:CANCEL", "appointment-" + followUp);
        assertThat(patient.api(api).get("/api/v1/me").status()).as("her token ends with her account").isEqualTo(401);
        assertThat(api.post("/api/v1/auth/token", Api.json("email", patient.email(), "password", patient.password()))
                .status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE email = ?", Integer.class,
                patient.email())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_delivery WHERE recipient = ?", Integer.class,
                patient.email())).as("no email record keeps her address").isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM booking_appointment WHERE id = ?", String.class, followUp))
                .endsWith("CANCELLED");

        Bundle after = FHIR.newJsonParser().parseResource(Bundle.class, therapist.again(api).api(api)
                .get("/api/v1/data-rights/patients/" + patient.patientId() + "/export").text());
        Patient pseudonymous = after.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
        assertThat(pseudonymous.getNameFirstRep().getText()).startsWith("Former patient ").doesNotContain("Test Patient");
        assertThat(pseudonymous.getTelecom()).isEmpty();
        assertThat(after.getEntry()).extracting(entry -> entry.getResource().fhirType())
                .as("the clinical record is kept").contains("Condition", "Composition", "Observation", "CarePlan",
                        "QuestionnaireResponse");
        assertThat(FHIR.newJsonParser().encodeResourceToString(after)).doesNotContain(patient.email());
        assertValid(after);

        // Eight years on the practice no longer has to keep her record: nothing of her is left but audit lines.
        JobLocks.releaseLeftOvers(jdbc);
        retention.purgeDue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM records_note WHERE patient_id = ?", Integer.class,
                patient.patientId())).as("kept until the retention period ends").isEqualTo(1);
        clock.advance(Duration.ofDays(2922 + 30));
        JobLocks.releaseLeftOvers(jdbc);
        retention.purgeDue();
        for (String table : List.of("people_patient:id", "identity_account:patient_id", "booking_appointment:patient_id",
                "booking_idempotency:patient_id", "records_episode:patient_id", "records_note:patient_id",
                "records_measure:patient_id", "records_programme:patient_id", "records_exercise_session:patient_id",
                "triage_intake:patient_id", "triage_check_in:patient_id", "triage_safety_event:patient_id")) {
            String[] where = table.split(":");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + where[0] + " WHERE " + where[1] + " = ?",
                    Integer.class, patient.patientId())).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class,
                patient.patientId())).as("the audit lines stay, naming only her id").isPositive();
        assertThat(therapist.again(api).api(api).get("/api/v1/data-rights/patients/" + patient.patientId() + "/export")
                .status()).isEqualTo(404);
    }

    @Test
    void aPatientReadsOnlyHerOwnAndErrorsAreOperationOutcomes() {
        Api api = Api.on(port);
        SignedIn her = TestAccounts.newPatient(api);
        SignedIn someoneElse = TestAccounts.newPatient(api);

        Api.Response own = her.api(api).get("/fhir/r4/Patient/" + her.patientId());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).startsWith("application/fhir+json");
        Patient parsed = FHIR.newJsonParser().parseResource(Patient.class, own.text());
        assertThat(parsed.getBirthDateElement().getValueAsString()).isEqualTo("1985-06-15");

        Api.Response other = her.api(api).get("/fhir/r4/Patient/" + someoneElse.patientId());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(her.api(api).get("/fhir/r4/Appointment?patient=" + someoneElse.patientId()).body().path("total")
                .asInt()).as("another's appointments: none to see").isZero();

        Api.Response tooLong = api.get("/fhir/r4/Slot?schedule=Schedule/00000000-0000-0000-0000-000000000000");
        assertThat(tooLong.status()).isEqualTo(404);
        assertThat(tooLong.body().path("issue").path(0).path("code").asString()).isEqualTo("not-found");
        Api.Response badDate = api.get("/fhir/r4/Slot?schedule=x&start=ge2027-13-45");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().path("resourceType").asString()).isEqualTo("OperationOutcome");
        Api.Response unsupported = her.api(api).get("/fhir/r4/MedicationRequest?patient=" + her.patientId());
        assertThat(unsupported.status()).isEqualTo(404);
        assertThat(unsupported.body().path("issue").path(0).path("code").asString()).isEqualTo("not-supported");

        Api.Response anonymous = api.get("/fhir/r4/Patient/" + her.patientId());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/fhir+json");
        assertThat(anonymous.body().path("issue").path(0).path("code").asString()).isEqualTo("login");
        Api.Response admin = TestAccounts.admin(api).api(api).get("/fhir/r4/Patient/" + her.patientId());
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.body().path("issue").path(0).path("code").asString()).isEqualTo("forbidden");
    }
}
