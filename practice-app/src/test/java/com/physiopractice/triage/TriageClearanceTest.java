package com.physiopractice.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.IntakeForms;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The triage module's published API, as the booking and content modules use it. */
@PracticeIntegrationTest
class TriageClearanceTest {

    @LocalServerPort
    int port;

    @Autowired
    TriageClearance clearance;

    @Autowired
    AdjustableClock clock;


    Api api;
    SignedIn patient;

    @BeforeEach
    void patient() {
        api = Api.on(port);
        patient = TestAccounts.newPatient(api);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    IntakeId submit(String disposition) {
        Api.Response answer = patient.api(api).post(TriageHttpTest.INTAKES, IntakeForms.giving(disposition));
        assertThat(answer.body().path("disposition").asString()).isEqualTo(disposition);
        return IntakeId.of(answer.body().path("id").asString());
    }

    PatientId patientId() {
        return PatientId.of(patient.patientId());
    }

    @Test
    void bookableDispositionsAreClearedForTheirOwnPatientOnly() {
        for (String disposition : new String[] {"GP_REFERRAL", "PHYSIO_CONSULTATION", "SELF_CARE"}) {
            IntakeId intake = submit(disposition);
            assertThat(clearance.forBooking(patientId(), intake)).as(disposition).isEqualTo(BookingClearance.CLEARED);
            assertThat(clearance.forBooking(PatientId.random(), intake)).isEqualTo(BookingClearance.NOT_FOUND);
        }
        assertThat(clearance.forBooking(patientId(), IntakeId.random())).isEqualTo(BookingClearance.NOT_FOUND);
    }

    @Test
    void anEmergencyIsNeverClearedAndUrgentCareWaitsForTheTherapist() {
        IntakeId emergency = submit("EMERGENCY");
        IntakeId urgent = submit("URGENT_MEDICAL");

        assertThat(clearance.forBooking(patientId(), emergency)).isEqualTo(BookingClearance.EMERGENCY);
        assertThat(clearance.forBooking(patientId(), urgent)).isEqualTo(BookingClearance.AWAITING_MEDICAL_CLEARANCE);

        TestAccounts.newTherapist(api, "America/New_York").api(api).post(TriageHttpTest.INTAKES + "/" + urgent + "/review",
                Map.of("overrideDisposition", "PHYSIO_CONSULTATION", "note", "Seen by a doctor; cleared."));

        assertThat(clearance.forBooking(patientId(), urgent)).isEqualTo(BookingClearance.CLEARED);
    }

    @Test
    void anIntakeExpiresForBookingAfterThirtyDays() {
        IntakeId intake = submit("SELF_CARE");

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        assertThat(clearance.forBooking(patientId(), intake)).isEqualTo(BookingClearance.CLEARED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(clearance.forBooking(patientId(), intake)).isEqualTo(BookingClearance.EXPIRED);
    }

    @Test
    void theProfileForEducationNamesTheLikelyConditionsAndARadicularPattern() {
        Api.Response answer = patient.api(api).post(TriageHttpTest.INTAKES, IntakeForms.mildLowBackAche()
                .add("symptoms", "SHOOTING_PAIN_DOWN_LEG", "LEG_NUMBNESS_OR_TINGLING").add("triggers", "LIFTING").body());
        IntakeId intake = IntakeId.of(answer.body().path("id").asString());

        IntakeProfile profile = clearance.profile(patientId(), intake).orElseThrow();

        assertThat(profile.likelyConditions().get(0)).isEqualTo(ConditionCode.HERNIATED_DISC);
        assertThat(profile.lumbarRadicularPattern()).isTrue();
        assertThat(profile.disposition()).isEqualTo(Disposition.PHYSIO_CONSULTATION);
        assertThat(clearance.profile(PatientId.random(), intake)).isEmpty();
    }
}
