package com.physiopractice.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.NewPatient;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeReviewed;
import com.physiopractice.triage.SafetyConcernRaised;
import com.physiopractice.triage.TriageClearance;
import com.physiopractice.triage.rules.Answers;
import com.physiopractice.triage.rules.FormReader;
import com.physiopractice.triage.rules.Ruleset;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * The triage module with the people and the audit trail it needs, against its own database: intakes
 * are assessed and announced, queued by urgency, reviewed, and clear their patient for booking.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
class TriageModuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    IntakeService intakes;

    @Autowired
    TriageClearance clearance;

    @Autowired
    Intakes stored;

    @Autowired
    PatientDirectory patients;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    PatientId patient;

    @BeforeEach
    void aPatientOfForty() {
        patient = patients.register(new NewPatient("Alex Doe", LocalDate.now(clock.withZone(NEW_YORK)).minusYears(40)
                .minusDays(20), NEW_YORK, null)).id();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private IntakeId submit(SafetyQuestion... yes) {
        return intakes.submit(patient, SubmittedAnswers.mildLowBackAcheWith(yes)).id();
    }

    @Test
    void anAssessedIntakeIsAnnouncedWithItsDispositionOnly(Scenario scenario) {
        scenario.stimulate(() -> submit(SafetyQuestion.SADDLE_NUMBNESS))
                .andWaitForEventOfType(IntakeAssessed.class)
                .matching(assessed -> assessed.patient().equals(patient))
                .toArriveAndVerify((assessed, intake) -> {
                    assertThat(assessed.intake()).isEqualTo(intake);
                    assertThat(assessed.disposition()).isEqualTo(Disposition.EMERGENCY);
                });
    }

    @Test
    void theQueueShowsTheMostUrgentFirstAndTheOldestFirstWithinAnUrgency() {
        IntakeId olderSelfCare = submit();
        clock.advance(Duration.ofMinutes(1));
        IntakeId urgent = submit(SafetyQuestion.FEVER_OR_CHILLS);
        clock.advance(Duration.ofMinutes(1));
        IntakeId emergency = submit(SafetyQuestion.SADDLE_NUMBNESS);
        clock.advance(Duration.ofMinutes(1));
        IntakeId newerSelfCare = submit();

        List<IntakeId> queue = intakes.reviewQueue(Intake.Status.AWAITING_REVIEW, PageRequest.of(0, 100)).stream()
                .map(Intake::id).filter(List.of(olderSelfCare, urgent, emergency, newerSelfCare)::contains).toList();

        assertThat(queue).containsExactly(emergency, urgent, olderSelfCare, newerSelfCare);
    }

    @Test
    void anIntakeClearsOnlyItsOwnPatientAndNotWhileUrgentOrOlderThanThirtyDays() {
        IntakeId selfCare = submit();
        IntakeId emergency = submit(SafetyQuestion.SADDLE_NUMBNESS);
        IntakeId urgent = submit(SafetyQuestion.FEVER_OR_CHILLS);

        assertThat(clearance.forBooking(patient, selfCare)).isEqualTo(BookingClearance.CLEARED);
        assertThat(clearance.forBooking(PatientId.random(), selfCare)).isEqualTo(BookingClearance.NOT_FOUND);
        assertThat(clearance.forBooking(patient, emergency)).isEqualTo(BookingClearance.EMERGENCY);
        assertThat(clearance.forBooking(patient, urgent)).isEqualTo(BookingClearance.AWAITING_MEDICAL_CLEARANCE);
        clock.advance(Duration.ofDays(31));
        assertThat(clearance.forBooking(patient, selfCare)).isEqualTo(BookingClearance.EXPIRED);
    }

    @Test
    void theTherapistClearsAnUrgentIntakeWithANoteAndTheChangeIsAnnounced(Scenario scenario) {
        IntakeId urgent = submit(SafetyQuestion.FEVER_OR_CHILLS);
        TherapistId therapist = TherapistId.random();

        scenario.stimulate(() -> intakes.review(therapist, urgent, Disposition.PHYSIO_CONSULTATION, "Seen by her GP."))
                .andWaitForEventOfType(IntakeReviewed.class)
                .matching(reviewed -> reviewed.intake().equals(urgent))
                .toArriveAndVerify(reviewed -> {
                    assertThat(reviewed.overridden()).isTrue();
                    assertThat(reviewed.disposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
                });
        assertThat(clearance.forBooking(patient, urgent)).isEqualTo(BookingClearance.CLEARED);
        assertThat(auditLines("INTAKE_REVIEWED", urgent)).isOne();
    }

    @Test
    void everySubmissionAndReadIsAuditedWithoutItsAnswers() {
        IntakeId intake = submit();

        intakes.ownIntakes(patient, PageRequest.of(0, 10));

        assertThat(auditLines("INTAKE_SUBMITTED", intake)).isOne();
        assertThat(auditLines("INTAKE_READ", intake)).isOne();
    }

    @Test
    void newIntakesAreAssessedWithTheActiveRulesetLbhp2() {
        Intake intake = intakes.read(Caller.patient(AccountId.random(), patient), submit());

        assertThat(intake.rulesetVersion()).isEqualTo("lbhp-2");
        assertThat(intake.assessment().questionnaireVersion()).isEqualTo("lbhp-2");
    }

    @Test
    void aStoredIntakeOfEitherRulesetIsReassessedToTheSameResultByItsOwnRuleset() {
        LocalDate born = patients.find(patient).orElseThrow().dateOfBirth();
        // Shooting pain on both sides: lbhp-1 advised a consultation, lbhp-2 a doctor within 24 hours.
        Map<String, Object> form = SubmittedAnswers.mildLowBackAche();
        form.put("side", "BOTH");
        form.put("symptoms", List.of("SHOOTING_PAIN_DOWN_LEG"));
        Answers answers = FormReader.read("lbhp-2", SubmittedAnswers.json(form)).answers();
        LocalDate assessedOn = LocalDate.now(clock.withZone(NEW_YORK));
        IntakeId storedWithLbhp1 = stored.save(Intake.submit(IntakeId.random(), patient, answers,
                Ruleset.LBHP_1.assess(answers, born, assessedOn), clock.instant())).id();
        IntakeId storedWithLbhp2 = intakes.submit(patient, SubmittedAnswers.json(form)).id();

        Intake lbhp1 = stored.findById(storedWithLbhp1.value()).orElseThrow();
        Intake lbhp2 = stored.findById(storedWithLbhp2.value()).orElseThrow();

        assertThat(lbhp1.rulesetVersion()).isEqualTo("lbhp-1");
        assertThat(lbhp1.assessment().disposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
        assertThat(lbhp1.reassess(born)).isEqualTo(lbhp1.assessment());
        assertThat(lbhp2.rulesetVersion()).isEqualTo("lbhp-2");
        assertThat(lbhp2.assessment().disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
        assertThat(lbhp2.reassess(born)).isEqualTo(lbhp2.assessment());
        // Neither result changes, but both patients are told the warning signs for their leg symptoms.
        assertThat(lbhp1.assessment().safetyNet()).isNull();
        assertThat(clearance.safetyNet(patient, storedWithLbhp1)).isPresent();
        assertThat(clearance.safetyNet(patient, storedWithLbhp2).orElseThrow().triggeredBy())
                .containsExactly("symptoms:SHOOTING_PAIN_DOWN_LEG");
        assertThat(clearance.safetyNet(PatientId.random(), storedWithLbhp2)).isEmpty();
    }

    @Test
    void anEmergencySignInARefusedFormIsToldRecordedAuditedAndAnnouncedButNoIntakeIsStored(Scenario scenario) {
        Map<String, Object> form = SubmittedAnswers.mildLowBackAche(SafetyQuestion.SADDLE_NUMBNESS);
        form.put("painIntensity", 11);
        int intakesBefore = intakesOf(patient);

        scenario.stimulate(() -> catchThrowableOfType(InvalidInputException.class,
                        () -> intakes.submit(patient, SubmittedAnswers.json(form))))
                .andWaitForEventOfType(SafetyConcernRaised.class)
                .matching(concern -> concern.patient().equals(patient))
                .toArriveAndVerify((concern, refused) -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("painIntensity");
                    SafetyAdvice safety = (SafetyAdvice) refused.details().get("safety");
                    assertThat(safety.disposition()).isEqualTo(Disposition.EMERGENCY);
                    assertThat(safety.rules()).containsExactly("E-CES");
                    assertThat(safety.guidance().headline()).contains("emergency department");
                    assertThat(refused.details()).doesNotContainKey("emergencyAdvice");
                    assertThat(concern.disposition()).isEqualTo(Disposition.EMERGENCY);
                    assertThat(concern.appointment()).isNull();
                    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = "
                            + "'SAFETY_EVENT_RECORDED' AND subject_id = ?", Integer.class, concern.event().toString()))
                            .isOne();
                });
        assertThat(intakesOf(patient)).isEqualTo(intakesBefore);
        SafetyEvent event = intakes.safetyEvents(PageRequest.of(0, 100)).stream()
                .filter(candidate -> candidate.patient().equals(patient)).findFirst().orElseThrow();
        assertThat(event.source()).isEqualTo(SafetyEvent.Source.INTAKE_FORM);
        assertThat(event.knownAnswers().safety()).containsEntry(SafetyQuestion.SADDLE_NUMBNESS, true);
        assertThat(event.knownAnswers().painIntensity()).isNull();
    }

    @Test
    void aFormWhoseSafetyAnswersCannotBeReadGetsTheEmergencyAdviceAndNoSafetyEvent() {
        Map<String, Object> form = SubmittedAnswers.mildLowBackAche();
        form.remove("safety");
        long eventsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM triage_safety_event", Long.class);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> intakes.submit(patient, SubmittedAnswers.json(form)));

        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("safety");
        assertThat(refused.details().get("emergencyAdvice")).isEqualTo(EmergencyAdvice.PUBLIC);
        assertThat(refused.details()).doesNotContainKey("safety");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM triage_safety_event", Long.class)).isEqualTo(eventsBefore);
    }

    private int intakesOf(PatientId owner) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM triage_intake WHERE patient_id = ?", Integer.class,
                owner.toString());
    }

    private int auditLines(String action, IntakeId intake) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_id = ?", Integer.class,
                action, intake.toString());
    }
}
