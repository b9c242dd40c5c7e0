package com.physiopractice.triage.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.NewPatient;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.ExpectedCheckIn;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.SafetyConcernRaised;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.triage.intake.SafetyAdvice;
import com.physiopractice.triage.rules.AnswerCode.SafetyQuestion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The check-in before a consultation, as booking and the patient use it: asked a day before, new
 * signs compared with the intake and the last check-in, and a new urgent sign announced (booking
 * holds the appointment on it) with the guidance an intake gives.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
class CheckInModuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CheckInService checkIns;

    @Autowired
    IntakeService intakes;

    @Autowired
    PatientDirectory patients;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    PatientId patient;
    IntakeId intake;
    AppointmentId appointment;
    Instant start;

    @BeforeEach
    void aPatientWithAFeverClearedByHerTherapistBookedInThreeDays() {
        patient = patients.register(new NewPatient("Alex Doe", LocalDate.now(clock.withZone(NEW_YORK)).minusYears(40)
                .minusDays(20), NEW_YORK, null)).id();
        intake = intakes.submit(patient, form(SafetyQuestion.FEVER_OR_CHILLS)).id();
        intakes.review(TherapistId.random(), intake, Disposition.PHYSIO_CONSULTATION, "Fever was a cold; GP agrees.");
        appointment = AppointmentId.random();
        // As stored: to the microsecond.
        start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);
        checkIns.expect(new ExpectedCheckIn(appointment, patient, intake, start, start.plus(Duration.ofMinutes(30)),
                clock.instant()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonNode form(SafetyQuestion... yes) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("painLocations", List.of("LOWER_BACK"));
        form.put("side", "CENTRAL");
        form.put("onset", "GRADUAL");
        form.put("durationDays", 4);
        form.put("painIntensity", 3);
        form.put("safety", safety(yes));
        return JSON.valueToTree(form);
    }

    static Map<String, Object> safety(SafetyQuestion... yes) {
        Map<String, Object> safety = new LinkedHashMap<>();
        for (SafetyQuestion question : SafetyQuestion.values()) {
            safety.put(question.name(), List.of(yes).contains(question));
        }
        return safety;
    }

    static JsonNode checkIn(Map<String, Object> safety) {
        return JSON.valueToTree(Map.of("safety", safety));
    }

    private CheckInSchedule.Status status() {
        return checkIns.statusOf(appointment).orElseThrow();
    }

    @Test
    void theCheckInIsAskedADayBeforeAndAwaitedUntilAnswered() {
        assertThat(status().askedFrom()).isEqualTo(start.minus(Duration.ofHours(24)));
        assertThat(status().awaited()).isFalse();

        clock.advance(Duration.ofDays(2).plusHours(1));
        assertThat(status().awaited()).as("asked and unanswered").isTrue();

        checkIns.answer(patient, appointment, checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS)));
        assertThat(status().awaited()).isFalse();
        assertThat(status().answers()).hasSize(1);
    }

    @Test
    void aSignAlreadyAnsweredAtTheIntakeIsNotNewAndHoldsNothing() {
        CheckInService.Result result = checkIns.answer(patient, appointment,
                checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS)));

        assertThat(result.answer().newSigns()).isEmpty();
        assertThat(result.safety()).isNull();
        assertThat(result.appointmentHeld()).isFalse();
    }

    @Test
    void aNewUrgentSignGivesTheIntakesGuidanceAndIsAnnouncedWithTheAppointment(Scenario scenario) {
        scenario.stimulate(() -> checkIns.answer(patient, appointment,
                        checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS, SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS))))
                .andWaitForEventOfType(SafetyConcernRaised.class)
                .matching(concern -> appointment.equals(concern.appointment()))
                .toArriveAndVerify((concern, result) -> {
                    assertThat(concern.disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
                    assertThat(concern.rules()).containsExactly("U-BILATERAL");
                    assertThat(result.answer().newSigns()).containsExactly("safety:SYMPTOMS_IN_BOTH_LEGS");
                    assertThat(result.safety().guidance().headline()).contains("see a doctor today");
                    assertThat(result.appointmentHeld()).isTrue();
                });
        assertThat(status().answers().get(0).disposition()).isEqualTo(Disposition.URGENT_MEDICAL);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CHECK_IN_ANSWERED' AND "
                + "subject_id = ?", Integer.class, appointment.toString())).isOne();
    }

    @Test
    void aSignIsNewComparedWithTheLastCheckInNotOnlyWithTheIntake() {
        checkIns.answer(patient, appointment, checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS,
                SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS)));

        CheckInService.Result again = checkIns.answer(patient, appointment, checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS,
                SafetyQuestion.SYMPTOMS_IN_BOTH_LEGS)));

        assertThat(again.answer().newSigns()).isEmpty();
        assertThat(again.appointmentHeld()).isFalse();
    }

    @Test
    void aNewEmergencySignCountsEvenWhenAnotherAnswerIsBad(Scenario scenario) {
        Map<String, Object> answers = safety(SafetyQuestion.SADDLE_NUMBNESS);
        answers.put("FEVER_OR_CHILLS", "maybe");

        scenario.stimulate(() -> catchThrowableOfType(InvalidInputException.class,
                        () -> checkIns.answer(patient, appointment, checkIn(answers))))
                .andWaitForEventOfType(SafetyConcernRaised.class)
                .matching(concern -> appointment.equals(concern.appointment()))
                .toArriveAndVerify((concern, refused) -> {
                    assertThat(refused.problems()).extracting(FieldProblem::field)
                            .containsExactly("safety.FEVER_OR_CHILLS");
                    assertThat(((SafetyAdvice) refused.details().get("safety")).disposition())
                            .isEqualTo(Disposition.EMERGENCY);
                    assertThat(refused.details()).containsKey("emergencyAdvice");
                    assertThat(concern.rules()).containsExactly("E-CES");
                });
        assertThat(status().answers()).as("a refused check-in is not a check-in").isEmpty();
    }

    @Test
    void onlyItsPatientChecksInAndOnlyUntilTheConsultationEndsUnlessCancelled() {
        assertThatThrownBy(() -> checkIns.answer(PatientId.random(), appointment, checkIn(safety())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> checkIns.read(Caller.patient(AccountId.random(), PatientId.random()), appointment))
                .isInstanceOf(NotFoundException.class);
        assertThat(checkIns.read(Caller.therapist(AccountId.random(), TherapistId.random()), appointment).appointment())
                .isEqualTo(appointment);

        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThatThrownBy(() -> checkIns.answer(patient, appointment, checkIn(safety())))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("check-in-not-open"));
        clock.reset();

        checkIns.withdraw(appointment);
        assertThatThrownBy(() -> checkIns.answer(patient, appointment, checkIn(safety())))
                .isInstanceOf(ConflictException.class);
        assertThat(status().awaited()).isFalse();
    }

    @Test
    void aMovedConsultationIsAskedForAgainBeforeItsNewTime() {
        clock.advance(Duration.ofDays(2).plusHours(1));
        checkIns.answer(patient, appointment, checkIn(safety(SafetyQuestion.FEVER_OR_CHILLS)));
        Instant later = start.plus(Duration.ofDays(7));


        checkIns.expect(new ExpectedCheckIn(appointment, patient, intake, later, later.plus(Duration.ofMinutes(30)),
                clock.instant()));

        assertThat(status().askedFrom()).isEqualTo(later.minus(Duration.ofHours(24)));
        clock.advance(Duration.ofDays(7));
        assertThat(status().awaited()).isTrue();
    }
}
