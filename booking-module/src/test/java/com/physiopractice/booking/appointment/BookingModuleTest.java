package com.physiopractice.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentHeld;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.Availability;
import com.physiopractice.booking.SlotSearch;
import com.physiopractice.booking.TimeOffAdded;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.booking.appointment.BookingService.BookingRequest;
import com.physiopractice.booking.availability.CalendarRevisionCounter;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.EmailLink;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.NewTherapist;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.ConflictException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.ExpectedCheckIn;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.SafetyConcernRaised;
import com.physiopractice.triage.SafetyEventId;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.TriageClearance;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * The booking module with the people and the audit trail it builds on, against its own database;
 * triage's clearance is a stand-in that clears every intake but those marked for emergency care.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
class BookingModuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<IntakeId> EMERGENCIES = ConcurrentHashMap.newKeySet();
    private static final Map<AppointmentId, ExpectedCheckIn> EXPECTED_CHECK_INS = new ConcurrentHashMap<>();
    private static final Set<AppointmentId> WITHDRAWN_CHECK_INS = ConcurrentHashMap.newKeySet();

    /** Identity's directory as booking sees it: where to reach patients, here nobody (no emails in this test). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Identity {

        @Bean
        AccountDirectory accountDirectory() {
            return new AccountDirectory() {
                @Override
                public java.util.List<ClosedPatient> closedPatientsBefore(java.time.Instant before) {
                    return java.util.List.of();
                }

                @Override
                public java.util.Optional<com.physiopractice.sharedkernel.TherapistId> therapistWithEmail(String email) {
                    return java.util.Optional.empty();
                }

                @Override
                public String normalizedEmail(String email) {
                    return email.strip().toLowerCase(java.util.Locale.ROOT);
                }

                @Override
                public java.util.Set<String> emailsInUse(java.util.Collection<String> normalizedEmails) {
                    return java.util.Set.of();
                }

                @Override
                public java.util.List<com.physiopractice.sharedkernel.PatientId> importPatients(
                        java.util.List<ImportedPatient> patients) {
                    throw new UnsupportedOperationException("not used by this module");
                }

                @Override
                public void closePatientAccount(PatientId patient) {
                    throw new UnsupportedOperationException("not in this module's tests");
                }

                @Override
                public Optional<String> emailOf(PatientId patient) {
                    return Optional.empty();
                }

                @Override
                public Optional<String> emailOf(TherapistId therapist) {
                    return Optional.empty();
                }

                @Override
                public boolean exists(String email) {
                    return false;
                }

                @Override
                public TherapistId createTherapist(String email, String password, String fullName, String title,
                        String timeZone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public PatientId registerPatient(String email, String password, String fullName,
                        java.time.LocalDate dateOfBirth, String phone, String timeZone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<EmailLink> emailVerificationLink(AccountId account) {
                    return Optional.empty();
                }

                @Override
                public Optional<EmailLink> passwordResetLink(AccountId account) {
                    return Optional.empty();
                }

                @Override
                public Optional<EmailLink> staffEnrolmentLink(AccountId account) {
                    return Optional.empty();
                }

                @Override
                public Optional<String> emailOfAccount(AccountId account) {
                    return Optional.empty();
                }
            };
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Triage {

        @Bean
        CheckInSchedule checkInSchedule() {
            return new CheckInSchedule() {
                @Override
                public void expect(ExpectedCheckIn consultation) {
                    EXPECTED_CHECK_INS.put(consultation.appointment(), consultation);
                }

                @Override
                public void withdraw(AppointmentId appointment) {
                    WITHDRAWN_CHECK_INS.add(appointment);
                }

                @Override
                public Optional<Status> statusOf(AppointmentId appointment) {
                    return Optional.empty();
                }
            };
        }

        @Bean
        TriageClearance triageClearance() {
            return new TriageClearance() {
                @Override
                public BookingClearance forBooking(PatientId patient, IntakeId intake) {
                    return EMERGENCIES.contains(intake) ? BookingClearance.EMERGENCY : BookingClearance.CLEARED;
                }

                @Override
                public Optional<IntakeProfile> profile(PatientId patient, IntakeId intake) {
                    return Optional.empty();
                }

                @Override
                public Optional<SafetyNet> safetyNet(PatientId patient, IntakeId intake) {
                    return Optional.empty();
                }
            };
        }
    }

    @Autowired
    BookingService booking;

    @Autowired
    CancellationService cancellation;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AppointmentQueryService queries;

    @Autowired
    Availability availability;

    @Autowired
    SlotSearch slots;

    @Autowired
    TherapistDirectory therapists;

    @Autowired
    CalendarRevisionCounter revisions;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TherapistId therapist;
    LocalDate inThreeDays;

    @BeforeEach
    void aTherapistWorkingNineToFive() {
        therapist = therapists.add(new NewTherapist("Olivia Patel", "Dr.", NEW_YORK)).id();
        availability.replaceWeeklyHours(therapist, WeeklyHours.on(List.of(DayOfWeek.values()), LocalTime.of(9, 0),
                LocalTime.of(17, 0)));
        inThreeDays = LocalDate.now(clock.withZone(NEW_YORK)).plusDays(3);
    }

    private Instant at(String time) {
        return ZonedDateTime.of(inThreeDays, LocalTime.parse(time), NEW_YORK).toInstant();
    }

    private List<Instant> offered(String type) {
        return slots.between(therapist, type, inThreeDays, inThreeDays, NEW_YORK).stream().map(SlotSearch.Slot::start)
                .toList();
    }

    private AppointmentView book(PatientId patient, String type, String time) {
        return booking.book(patient, new BookingRequest(therapist, type, at(time), IntakeId.random()));
    }

    @Test
    void aBookingIsAnnouncedAuditedAndTakesItsTimeOutOfTheSlotList(Scenario scenario) {
        long revisionBefore = revisions.current(therapist);
        assertThat(offered("FOLLOW_UP")).contains(at("10:00"));

        scenario.stimulate(() -> book(PatientId.random(), "FOLLOW_UP", "10:00"))
                .andWaitForEventOfType(AppointmentBooked.class)
                .matching(booked -> booked.therapist().equals(therapist))
                .toArriveAndVerify((booked, appointment) -> {
                    assertThat(booked.appointment()).isEqualTo(appointment.id());
                    assertThat(booked.start()).isEqualTo(at("10:00"));
                });

        assertThat(revisions.current(therapist)).isGreaterThan(revisionBefore);
        // The appointment and the 10-minute buffer after it.
        assertThat(offered("FOLLOW_UP")).doesNotContain(at("09:45"), at("10:00"), at("10:30")).contains(at("10:45"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event a JOIN booking_appointment b "
                + "ON a.subject_id = b.id WHERE a.action = 'APPOINTMENT_BOOKED' AND b.therapist_id = ?", Integer.class,
                therapist.toString())).isOne();
    }

    @Test
    void triageIsToldOfEveryConsultationToCheckInForAndOfItsCancellation() {
        PatientId patient = PatientId.random();
        AppointmentView booked = book(patient, "FOLLOW_UP", "13:00");

        ExpectedCheckIn expected = EXPECTED_CHECK_INS.get(booked.id());
        assertThat(expected.patient()).isEqualTo(patient);
        assertThat(expected.intake()).isEqualTo(booked.intake());
        assertThat(expected.start()).isEqualTo(at("13:00"));

        cancellation.cancel(Caller.patient(AccountId.random(), patient), booked.id(), null);
        assertThat(WITHDRAWN_CHECK_INS).contains(booked.id());
    }

    @Test
    void aNewSignInTheCheckInHoldsTheAppointmentUntilItsTherapistReleasesIt(Scenario scenario) {
        AppointmentView booked = book(PatientId.random(), "FOLLOW_UP", "16:00");

        scenario.publish(new SafetyConcernRaised(SafetyEventId.random(), booked.patient(), Disposition.URGENT_MEDICAL,
                        List.of("U-INFECTION"), booked.id(), clock.instant()))
                .andWaitForEventOfType(AppointmentHeld.class)
                .matching(held -> held.appointment().equals(booked.id()))
                .toArriveAndVerify(held -> assertThat(held.reason()).isEqualTo("URGENT_MEDICAL (U-INFECTION)"));

        AppointmentView held = queries.read(Caller.therapist(AccountId.random(), therapist), booked.id());
        assertThat(held.status()).isEqualTo(com.physiopractice.booking.AppointmentStatus.CONFIRMED);
        assertThat(held.hold()).isNotNull();
        assertThat(held.history()).extracting(AppointmentView.Change::kind).containsExactly("BOOKED", "HELD");

        AppointmentView released = attendance.releaseHold(Caller.therapist(AccountId.random(), therapist), booked.id());
        assertThat(released.hold()).isNull();
        assertThatThrownBy(() -> attendance.releaseHold(Caller.therapist(AccountId.random(), therapist), booked.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("appointment-not-held"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND action IN "
                + "('APPOINTMENT_HELD', 'APPOINTMENT_HOLD_RELEASED')", Integer.class, booked.id().toString())).isEqualTo(2);
    }

    @Test
    void overlappingAppointmentsOfDifferentLengthsAreNeverBothBooked() {
        book(PatientId.random(), "INITIAL_CONSULTATION", "10:00");

        assertThatThrownBy(() -> book(PatientId.random(), "FOLLOW_UP", "10:30"))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("slot-unavailable"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking_appointment WHERE therapist_id = ?", Integer.class,
                therapist.toString())).isOne();
    }

    @Test
    void aCancelledTimeIsBookableAgainAtOnce(Scenario scenario) {
        PatientId patient = PatientId.random();
        AppointmentView first = book(patient, "FOLLOW_UP", "11:00");

        scenario.stimulate(() -> cancellation.cancel(Caller.patient(AccountId.random(), patient), first.id(), "work"))
                .andWaitForEventOfType(AppointmentCancelled.class)
                .matching(cancelled -> cancelled.appointment().equals(first.id()))
                .toArrive();

        assertThat(offered("FOLLOW_UP")).contains(at("11:00"));
        assertThat(book(PatientId.random(), "FOLLOW_UP", "11:00").start()).isEqualTo(at("11:00"));
    }

    @Test
    void aPatientHoldsThreeUpcomingAppointmentsAtMostAndNeverOneOnAnEmergencyIntake() {
        PatientId patient = PatientId.random();
        book(patient, "FOLLOW_UP", "09:00");
        book(patient, "FOLLOW_UP", "10:00");
        book(patient, "FOLLOW_UP", "11:00");

        assertThatThrownBy(() -> book(patient, "FOLLOW_UP", "12:00"))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("booking-limit-reached"));
        IntakeId emergency = IntakeId.random();
        EMERGENCIES.add(emergency);
        assertThatThrownBy(() -> booking.book(PatientId.random(), new BookingRequest(therapist, "FOLLOW_UP", at("14:00"),
                emergency))).isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.code()).isEqualTo("medical-care-required-first"));
    }

    @Test
    void timeOffNamesTheAppointmentsItCollidesWithAndMovesNothing() {
        AppointmentView booked = book(PatientId.random(), "FOLLOW_UP", "15:00");

        TimeOffAdded added = availability.addTimeOff(therapist, TimeWindow.of(at("14:00"), at("17:00")), "training");

        assertThat(added.conflictingAppointments()).containsExactly(booked.id());
        assertThat(offered("FOLLOW_UP")).noneMatch(start -> !start.isBefore(at("14:00")));
        assertThat(jdbc.queryForObject("SELECT status FROM booking_appointment WHERE id = ?", String.class,
                booked.id().toString())).isEqualTo("CONFIRMED");
    }
}
