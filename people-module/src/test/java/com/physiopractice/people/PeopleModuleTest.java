package com.physiopractice.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The people module on its own, through its published API, against its own database. */
@ModuleTest
class PeopleModuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    PatientDirectory patients;

    @Autowired
    TherapistDirectory therapists;

    @Autowired
    AdjustableClock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NEW_YORK));
    }

    @Test
    void registersAPatientAndFindsHerAgainWithHerInitials() {
        PatientProfile registered = patients.register(new NewPatient("  Sam Rivera ", today().minusYears(38), NEW_YORK,
                "+1 (212) 555-0100"));

        PatientProfile found = patients.find(registered.id()).orElseThrow();
        assertThat(found.fullName()).isEqualTo("Sam Rivera");
        assertThat(found.initials()).isEqualTo("S. R.");
        assertThat(found.phone()).isEqualTo("+12125550100");
        assertThat(found.ageOn(today())).isEqualTo(38);
        assertThat(found.registeredAt()).isEqualTo(registered.registeredAt().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void namesEveryBadDetailOfARegistrationAtOnceAndStoresNothing() {
        NewPatient minor = new NewPatient(" ", today().minusYears(17), NEW_YORK, "call me");

        assertThat(patients.problemsWith(minor)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("fullName", "dateOfBirth", "phone");
        assertThatThrownBy(() -> patients.register(minor)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPatientChangesHerContactDetailsButNotHerDateOfBirth() {
        PatientProfile sam = patients.register(new NewPatient("Sam Rivera", today().minusYears(30), NEW_YORK, null));

        PatientProfile changed = patients.changeContactDetails(sam.id(), "Sam Rivera-Lee", null, ZoneId.of("Europe/London"));

        assertThat(changed.fullName()).isEqualTo("Sam Rivera-Lee");
        assertThat(changed.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(changed.dateOfBirth()).isEqualTo(sam.dateOfBirth());
        assertThatThrownBy(() -> patients.changeContactDetails(sam.id(), null, "12", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTherapistWhoMovesToAnotherZoneIsAnnouncedSoHerSlotsMoveWithHer(Scenario scenario) {
        TherapistProfile olivia = therapists.add(new NewTherapist("Olivia Patel", "Dr.", NEW_YORK));
        assertThat(olivia.displayName()).isEqualTo("Dr. Olivia Patel");
        assertThat(therapists.active()).extracting(TherapistProfile::id).contains(olivia.id());

        scenario.stimulate(() -> therapists.moveTo(olivia.id(), ZoneId.of("Asia/Kolkata")))
                .andWaitForEventOfType(TherapistMoved.class)
                .matching(moved -> moved.therapist().equals(olivia.id()))
                .toArriveAndVerify(moved -> assertThat(moved.timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata")));
        assertThat(therapists.find(olivia.id()).orElseThrow().timeZone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void stayingInTheSameZoneIsNoMove(Scenario scenario) {
        TherapistProfile olivia = therapists.add(new NewTherapist("Olivia Patel", "", NEW_YORK));

        scenario.stimulate(() -> therapists.moveTo(olivia.id(), NEW_YORK))
                .andWaitAtMost(java.time.Duration.ofMillis(300))
                .forStateChange(() -> therapists.find(olivia.id()).orElseThrow().timeZone())
                .andVerifyEvents(events -> assertThat(events.ofType(TherapistMoved.class)).isEmpty());
    }

    @Test
    void aTherapistWhoLeavesIsOffTheListAndAnnouncedOnce(Scenario scenario) {
        TherapistProfile olivia = therapists.add(new NewTherapist("Olivia Patel", "Dr.", NEW_YORK));

        scenario.stimulate(() -> therapists.stopTakingPatients(olivia.id()))
                .andWaitForEventOfType(TherapistLeft.class)
                .matching(left -> left.therapist().equals(olivia.id()))
                .toArriveAndVerify(left -> assertThat(therapists.active()).extracting(TherapistProfile::id)
                        .doesNotContain(olivia.id()));
        assertThat(therapists.find(olivia.id()).orElseThrow().active()).isFalse();

        scenario.stimulate(() -> therapists.stopTakingPatients(olivia.id()))
                .andWaitAtMost(java.time.Duration.ofMillis(300))
                .forStateChange(() -> therapists.find(olivia.id()).orElseThrow())
                .andVerifyEvents(events -> assertThat(events.ofType(TherapistLeft.class)).as("only the first time").hasSize(1));
    }
}
