package com.physiopractice.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.modulith.test.AggregateTestUtils.eventsOf;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentCompleted;
import com.physiopractice.booking.AppointmentMissed;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentType;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import com.physiopractice.triage.IntakeId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;


/** The appointment's states: CONFIRMED until it is completed, missed or cancelled, with who may do what, when. */
class AppointmentTest {

    private static final AppointmentType FOLLOW_UP = new AppointmentType("FOLLOW_UP", "Follow-up", Duration.ofMinutes(30),
            "ONLINE_VIDEO");
    private static final Duration CHANGE_WINDOW = Duration.ofHours(24);
    private static final Instant BOOKED_AT = Instant.parse("2027-01-12T14:00:00Z");
    private static final Instant START = Instant.parse("2027-01-20T15:00:00Z");

    private static Appointment booked() {
        return Appointment.book(TherapistId.random(), PatientId.random(), FOLLOW_UP, START, IntakeId.random(),
                "https://meet.example/room", BOOKED_AT);
    }

    @Test
    void aBookingIsConfirmedForItsLengthAndRecordsThatItWasBooked() {
        Appointment appointment = booked();

        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CONFIRMED);
        assertThat(appointment.time().end()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(appointment.changes()).extracting(AppointmentChange::kind).containsExactly("BOOKED");
        assertThat(eventsOf(appointment).ofType(AppointmentBooked.class).matching(event -> event.start().equals(START))
                ).hasSize(1);
    }

    @Test
    void aPatientCancellingInsideTheChangeWindowIsALateCancellation() {
        Appointment early = booked();
        early.cancel(ChangedBy.PATIENT, "feeling better", START.minus(Duration.ofDays(2)), CHANGE_WINDOW);
        Appointment late = booked();
        late.cancel(ChangedBy.PATIENT, null, START.minus(Duration.ofHours(3)), CHANGE_WINDOW);
        Appointment byTherapist = booked();
        byTherapist.cancel(ChangedBy.THERAPIST, null, START.minus(Duration.ofHours(3)), CHANGE_WINDOW);

        assertThat(early.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(early.endReason()).isEqualTo("feeling better");
        assertThat(late.status()).isEqualTo(AppointmentStatus.LATE_CANCELLED);
        assertThat(byTherapist.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(eventsOf(late).ofType(AppointmentCancelled.class)
                .matching(event -> event.status() == AppointmentStatus.LATE_CANCELLED)).hasSize(1);
    }

    @Test
    void aPatientCannotCancelOnceItHasStartedButTheTherapistCan() {
        Appointment appointment = booked();

        assertThatThrownBy(() -> appointment.cancel(ChangedBy.PATIENT, null, START, CHANGE_WINDOW))
                .isInstanceOf(RuleViolationException.class);
        appointment.cancel(ChangedBy.THERAPIST, "connection lost", START.plusSeconds(60), CHANGE_WINDOW);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void rescheduleKeepsTheAppointmentRaisesItsSequenceAndRecordsBothTimes() {
        Appointment appointment = booked();
        Instant later = START.plus(Duration.ofDays(1));

        appointment.reschedule(ChangedBy.PATIENT, later, FOLLOW_UP.duration(), START.minus(Duration.ofDays(3)),
                CHANGE_WINDOW);

        assertThat(appointment.time().start()).isEqualTo(later);
        assertThat(appointment.calendarSequence()).isOne();
        assertThat(appointment.changes()).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("RESCHEDULED");
            assertThat(change.oldStart()).isEqualTo(START);
            assertThat(change.newStart()).isEqualTo(later);
            assertThat(change.actorRole()).isEqualTo("PATIENT");
        });
        assertThat(eventsOf(appointment).ofType(AppointmentRescheduled.class)
                .matching(event -> event.previousStart().equals(START) && event.sequence() == 1)
                ).hasSize(1);
    }

    @Test
    void aPatientCannotRescheduleInsideTheChangeWindowButTheTherapistCan() {
        Appointment appointment = booked();
        Instant threeHoursBefore = START.minus(Duration.ofHours(3));

        assertThatThrownBy(() -> appointment.reschedule(ChangedBy.PATIENT, START.plus(Duration.ofDays(1)),
                FOLLOW_UP.duration(), threeHoursBefore, CHANGE_WINDOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(refused -> assertThat(((RuleViolationException) refused).code()).isEqualTo("change-window-passed"));
        appointment.reschedule(ChangedBy.THERAPIST, START.plus(Duration.ofDays(1)), FOLLOW_UP.duration(),
                threeHoursBefore, CHANGE_WINDOW);
        assertThat(appointment.changes()).last().extracting(AppointmentChange::actorRole).isEqualTo("THERAPIST");
    }

    @Test
    void completedOrMissedOnlyOnceItHasStarted() {
        Appointment completed = booked();
        assertThatThrownBy(() -> completed.complete(START.minusSeconds(1))).isInstanceOf(RuleViolationException.class);
        completed.complete(START.plus(Duration.ofMinutes(31)));
        Appointment missed = booked();
        missed.markNoShow(START.plus(Duration.ofMinutes(10)));

        assertThat(completed.status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(missed.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(eventsOf(completed).ofType(AppointmentCompleted.class)).hasSize(1);
        assertThat(eventsOf(missed).ofType(AppointmentMissed.class)).hasSize(1);
    }

    @Test
    void anAppointmentThatEndedCannotChangeAgainAndItsCalendarEntryIsReplacedOnce() {
        Appointment appointment = booked();
        appointment.cancel(ChangedBy.THERAPIST, null, BOOKED_AT, CHANGE_WINDOW);

        for (Runnable change : List.<Runnable>of(
                () -> appointment.cancel(ChangedBy.PATIENT, null, BOOKED_AT, CHANGE_WINDOW),
                () -> appointment.reschedule(ChangedBy.THERAPIST, START.plus(Duration.ofDays(1)), FOLLOW_UP.duration(),
                        BOOKED_AT, CHANGE_WINDOW),
                () -> appointment.complete(START.plusSeconds(60)),
                () -> appointment.markNoShow(START.plusSeconds(60)))) {
            assertThatThrownBy(change::run).isInstanceOf(ConflictException.class)
                    .satisfies(refused -> assertThat(((ConflictException) refused).code())
                            .isEqualTo("appointment-not-changeable"));
        }
        // A cancellation carries the next SEQUENCE, so calendars replace the last invitation with it.
        assertThat(appointment.calendarSequence()).isOne();
    }
}
