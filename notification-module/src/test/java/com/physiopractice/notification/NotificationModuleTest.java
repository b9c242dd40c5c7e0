package com.physiopractice.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCalendar;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import com.physiopractice.notification.mail.NodeLiveness;
import com.physiopractice.identity.EmailLink;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.people.NewPatient;
import com.physiopractice.people.NewTherapist;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import com.physiopractice.triage.BookingClearance;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.SafetyConcernRaised;
import com.physiopractice.triage.SafetyEventId;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.TriageClearance;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The notification module with the people it writes to, against its own database; the appointments,
 * their calendar files and the accounts' addresses are stand-ins, and the mail server is a recorder.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
@TestPropertySource(properties = "spring.mail.host=mail.test")
class NotificationModuleTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Map<AppointmentId, AppointmentView> APPOINTMENTS = new ConcurrentHashMap<>();
    private static final Map<String, String> EMAILS = new ConcurrentHashMap<>();
    private static final List<MimeMessage> SENT = new CopyOnWriteArrayList<>();
    private static final Set<IntakeId> WITH_LEG_SYMPTOMS = ConcurrentHashMap.newKeySet();

    @TestConfiguration(proxyBeanMethods = false)
    static class Neighbours {

        @Bean
        AppointmentLookup appointmentLookup() {
            return new AppointmentLookup() {
                @Override
                public Optional<AppointmentView> find(AppointmentId id) {
                    return Optional.ofNullable(APPOINTMENTS.get(id));
                }

                @Override
                public List<AppointmentView> confirmedStartingBetween(Instant from, Instant to) {
                    return List.of();
                }
            };
        }

        @Bean
        TriageClearance triageClearance() {
            return new TriageClearance() {
                @Override
                public BookingClearance forBooking(PatientId patient, IntakeId intake) {
                    return BookingClearance.CLEARED;
                }

                @Override
                public Optional<IntakeProfile> profile(PatientId patient, IntakeId intake) {
                    return Optional.empty();
                }

                @Override
                public Optional<SafetyNet> safetyNet(PatientId patient, IntakeId intake) {
                    return WITH_LEG_SYMPTOMS.contains(intake)
                            ? Optional.of(SafetyNet.forLegSymptoms(List.of("symptoms:SHOOTING_PAIN_DOWN_LEG")))
                            : Optional.empty();
                }
            };
        }

        @Bean
        AppointmentCalendar appointmentCalendar() {
            return (appointment, organizer, attendee, now) -> "BEGIN:VCALENDAR\r\nMETHOD:"
                    + (appointment.isActive() ? "REQUEST" : "CANCEL") + "\r\nSEQUENCE:" + appointment.calendarSequence()
                    + "\r\nEND:VCALENDAR\r\n";
        }

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
                    return Optional.ofNullable(EMAILS.get(patient.toString()));
                }

                @Override
                public Optional<String> emailOf(TherapistId therapist) {
                    return Optional.ofNullable(EMAILS.get(therapist.toString()));
                }

                @Override
                public boolean exists(String email) {
                    return EMAILS.containsValue(email);
                }

                @Override
                public TherapistId createTherapist(String email, String password, String fullName, @Nullable String title,
                        String timeZone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public PatientId registerPatient(String email, String password, String fullName, LocalDate dateOfBirth,
                        @Nullable String phone, String timeZone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<EmailLink> emailVerificationLink(AccountId account) {
                    return Optional.empty();
                }

                @Override
                public Optional<String> emailOfAccount(AccountId account) {
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
            };
        }

        @Bean
        JavaMailSenderImpl recordingMailServer() {
            return new JavaMailSenderImpl() {
                @Override
                protected void doSend(MimeMessage[] messages, Object @Nullable [] originals) {
                    SENT.addAll(Arrays.asList(messages));
                }
            };
        }
    }

    @Autowired
    PatientDirectory patients;

    @Autowired
    TherapistDirectory therapists;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    PatientId patient;
    TherapistId therapist;
    String patientEmail;
    String therapistEmail;

    @BeforeEach
    void aPatientAndHerTherapist() {
        patient = patients.register(new NewPatient("Sam Rivera", LocalDate.of(1988, 4, 12), ZoneId.of("Europe/London"),
                null)).id();
        therapist = therapists.add(new NewTherapist("Olivia Patel", "Dr.", NEW_YORK)).id();
        patientEmail = "sam-" + patient + "@patient.test";
        therapistEmail = "olivia-" + therapist + "@practice.test";
        EMAILS.put(patient.toString(), patientEmail);
        EMAILS.put(therapist.toString(), therapistEmail);
    }

    private AppointmentView confirmed(Instant start, int sequence) {
        AppointmentView appointment = new AppointmentView(AppointmentId.random(), therapist, patient, "FOLLOW_UP",
                "Follow-up online consultation", AppointmentStatus.CONFIRMED, start, start.plus(Duration.ofMinutes(30)),
                IntakeId.random(), clock.instant(), sequence, sequence, null, "https://meet.example/room-1", List.of(), null);
        APPOINTMENTS.put(appointment.id(), appointment);
        return appointment;
    }

    /** Every event published so far has been handled: its publication is complete. */
    private @Nullable String allHandled() {
        Integer pending = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL",
                Integer.class);
        return pending != null && pending == 0 ? "handled" : null;
    }

    private static List<MimeMessage> sentTo(String email) {
        return SENT.stream().filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).map(Address::toString).anyMatch(email::equals);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBookingIsConfirmedToThePatientAndHerTherapistOnceEachHoweverOftenTheEventArrives(Scenario scenario) {
        AppointmentView appointment = confirmed(clock.instant().plus(Duration.ofDays(3)), 0);
        AppointmentBooked booked = new AppointmentBooked(appointment.id(), therapist, patient, "FOLLOW_UP",
                appointment.start(), appointment.end(), clock.instant());

        scenario.publish(booked).andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(patientEmail)).extracting(NotificationModuleTest::subject)
                        .containsExactly("Your online consultation is booked"));
        scenario.publish(booked).andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(patientEmail)).hasSize(1));
        assertThat(sentTo(therapistEmail)).extracting(NotificationModuleTest::subject)
                .containsExactly("Booked: online consultation");
    }

    @Test
    void aRescheduleThatALaterOneReplacedIsNotSent(Scenario scenario) {
        Instant start = clock.instant().plus(Duration.ofDays(5));
        AppointmentView movedTwice = confirmed(start, 2);

        scenario.publish(new AppointmentRescheduled(movedTwice.id(), therapist, patient, start.minusSeconds(3600),
                        start.minusSeconds(1800), start, 1, clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(patientEmail)).isEmpty());
        scenario.publish(new AppointmentRescheduled(movedTwice.id(), therapist, patient, start.minusSeconds(1800), start,
                        start.plus(Duration.ofMinutes(30)), 2, clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(patientEmail)).extracting(NotificationModuleTest::subject)
                        .containsExactly("Your online consultation has moved"));
    }

    @Test
    void anEmergencyIntakeAlertsTheTherapistsAndASelfCareOneNobody(Scenario scenario) {
        scenario.publish(new IntakeAssessed(IntakeId.random(), patient, Disposition.SELF_CARE, clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(therapistEmail)).isEmpty());
        scenario.publish(new IntakeAssessed(IntakeId.random(), patient, Disposition.EMERGENCY, clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(therapistEmail)).extracting(NotificationModuleTest::subject)
                        .containsExactly("Intake needs your attention: EMERGENCY"));
        assertThat(sentTo(patientEmail)).isEmpty();
    }

    /** The whole message as sent, soft line breaks of quoted-printable undone, to look for a phrase. */
    private static String raw(MimeMessage message) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8).replace("=\r\n", "");
        } catch (java.io.IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConfirmationTellsAPatientWithLegSymptomsTheWarningSignsAndOnlyHer(Scenario scenario) {
        AppointmentView withLegSymptoms = confirmed(clock.instant().plus(Duration.ofDays(3)), 0);
        WITH_LEG_SYMPTOMS.add(withLegSymptoms.intake());

        scenario.publish(new AppointmentBooked(withLegSymptoms.id(), therapist, patient, "FOLLOW_UP",
                        withLegSymptoms.start(), withLegSymptoms.end(), clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(raw(sentTo(patientEmail).get(0)))
                        .contains(SafetyNet.HEADLINE).contains("emergency department at once")
                        .doesNotContain("/check-in"));
        assertThat(raw(sentTo(therapistEmail).get(0))).doesNotContain(SafetyNet.HEADLINE);

        AppointmentView tomorrowWithout = confirmed(clock.instant().plus(Duration.ofHours(20)), 0);
        scenario.publish(new AppointmentBooked(tomorrowWithout.id(), therapist, patient, "FOLLOW_UP",
                        tomorrowWithout.start(), tomorrowWithout.end(), clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(raw(sentTo(patientEmail).get(1))).doesNotContain(SafetyNet.HEADLINE)
                        .as("less than a day ahead: the check-in is asked at booking")
                        .contains("/appointments/" + tomorrowWithout.id() + "/check-in"));
    }

    @Test
    void aSafetyConcernAlertsEveryTherapistOncePerEvent(Scenario scenario) {
        AppointmentView appointment = confirmed(clock.instant().plus(Duration.ofDays(1)), 0);
        SafetyConcernRaised concern = new SafetyConcernRaised(SafetyEventId.random(), patient,
                Disposition.URGENT_MEDICAL, List.of("U-INFECTION"), appointment.id(), clock.instant());

        scenario.publish(concern).andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(therapistEmail)).extracting(NotificationModuleTest::subject)
                        .containsExactly("Check-in needs your attention: URGENT_MEDICAL"));
        scenario.publish(concern).andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(therapistEmail)).hasSize(1));
        assertThat(raw(sentTo(therapistEmail).get(0))).contains("U-INFECTION").contains("on hold")
                .contains("/therapist/appointments/" + appointment.id());
        assertThat(sentTo(patientEmail)).isEmpty();

        scenario.publish(new SafetyConcernRaised(SafetyEventId.random(), patient, Disposition.EMERGENCY,
                        List.of("E-CES"), null, clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> assertThat(sentTo(therapistEmail)).extracting(NotificationModuleTest::subject)
                        .contains("Intake form needs your attention: EMERGENCY"));
    }

    @Test
    void nobodyIsWrittenToWithoutAnEnabledAccount(Scenario scenario) {
        EMAILS.remove(patient.toString());
        AppointmentView appointment = confirmed(clock.instant().plus(Duration.ofDays(3)), 0);

        scenario.publish(new AppointmentBooked(appointment.id(), therapist, patient, "FOLLOW_UP", appointment.start(),
                        appointment.end(), clock.instant()))
                .andWaitForStateChange(this::allHandled)
                .andVerify(done -> {
                    assertThat(sentTo(patientEmail)).isEmpty();
                    assertThat(sentTo(therapistEmail)).extracting(NotificationModuleTest::subject)
                            .containsExactly("Booked: online consultation");
                });
    }

    @Autowired
    Mailer mailer;

    @Autowired
    NodeLiveness nodes;

    /** A claim as a node makes it just before its mail server call. */
    private void claimedBy(String node, String dedupeKey, String to) {
        jdbc.update("""
                INSERT INTO notification_delivery (dedupe_key, kind, recipient, state, attempts, attempt_started_at, claimed_by)
                VALUES (?, 'appointment-booked', ?, 'SENDING', 1, ?, ?)""", dedupeKey, to,
                java.sql.Timestamp.from(clock.instant()), node);
    }

    private Email email(String dedupeKey, String to) {
        return new Email(dedupeKey, "appointment-booked", to, "Your online consultation is booked", "text",
                "<p>html</p>", null);
    }

    @Test
    void anEmailClaimedByANodeGoneSilentIsTakenOverAtOnceAndOneClaimedByALiveNodeIsLeftToIt() {
        String live = UUID.randomUUID().toString();
        String silent = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO notification_node VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", live);
        // Silent for a little longer than the ten seconds after which a node counts as lost.
        jdbc.update("""
                INSERT INTO notification_node VALUES
                (?, UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 11 SECOND)""", silent);
        String vanished = UUID.randomUUID().toString(); // a node whose row is already gone
        String toLive = "live-" + live + "@patient.test";
        String toSilent = "silent-" + silent + "@patient.test";
        String toVanished = "vanished-" + vanished + "@patient.test";
        claimedBy(live, "booked:" + live, toLive);
        claimedBy(silent, "booked:" + silent, toSilent);
        claimedBy(vanished, "booked:" + vanished, toVanished);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mailer.send(email("booked:" + live, toLive)))
                .isInstanceOf(Mailer.DeliveryInProgress.class);
        mailer.send(email("booked:" + silent, toSilent));
        mailer.send(email("booked:" + vanished, toVanished));
        mailer.send(email("booked:" + silent, toSilent));

        assertThat(sentTo(toLive)).isEmpty();
        assertThat(sentTo(toSilent)).hasSize(1);
        assertThat(sentTo(toVanished)).hasSize(1);
        assertThat(jdbc.queryForList("SELECT state FROM notification_delivery WHERE dedupe_key = ?", String.class,
                "booked:" + live)).containsExactly("SENDING");
    }

    @Test
    void aNodeSilentLongerThanTheSettingIsForgottenAndThisOneWhichBeatsIsKept() {
        String silent = UUID.randomUUID().toString();
        String quiet = UUID.randomUUID().toString();
        jdbc.update("""
                INSERT INTO notification_node VALUES
                (?, UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 11 SECOND)""", silent);
        jdbc.update("""
                INSERT INTO notification_node VALUES
                (?, UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 5 SECOND)""", quiet);
        nodes.beat();

        assertThat(nodes.forgetLostNodes()).isGreaterThanOrEqualTo(1);
        List<String> known = jdbc.queryForList("SELECT node_id FROM notification_node", String.class);
        assertThat(known).doesNotContain(silent).contains(quiet);
        assertThat(known).hasSizeGreaterThanOrEqualTo(2); // this node too
    }
}
