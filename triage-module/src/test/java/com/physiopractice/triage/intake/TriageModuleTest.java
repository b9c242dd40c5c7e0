package com.physiopractice.triage.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.people.NewPatient;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeReviewed;
import com.physiopractice.triage.TriageClearance;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

    private int auditLines(String action, IntakeId intake) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = ? AND subject_id = ?", Integer.class,
                action, intake.toString());
    }
}
