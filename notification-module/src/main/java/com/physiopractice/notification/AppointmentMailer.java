package com.physiopractice.notification;

import com.physiopractice.booking.AppointmentBooked;
import com.physiopractice.booking.AppointmentCalendar;
import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentRescheduled;
import com.physiopractice.booking.AppointmentStatus;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.TriageClearance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the patient and the therapist about each booking, reschedule and cancellation, each with
 * a calendar invitation that updates one entry in place (same UID, rising SEQUENCE, CANCEL at the
 * end). Runs after the change has committed, from the event publication registry; an email that
 * fails is retried with the event, and one already sent is not sent again.
 * <p>
 * The listeners run after commit on their own thread without a transaction around them (unlike
 * {@code @ApplicationModuleListener}, which would open one): the look-ups share one short read-only
 * transaction, then each delivery record takes a connection only for its own statement, instead of
 * one connection held for the whole listener while the delivery record asks for a second.
 */
@Component
class AppointmentMailer {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMailer.class);

    private final AppointmentLookup appointments;
    private final AppointmentCalendar calendar;
    private final RecipientDirectory recipients;
    private final Mailer mailer;
    private final NotificationSettings settings;
    private final Clock clock;
    private final TransactionTemplate lookups;
    private final TriageClearance triage;

    AppointmentMailer(AppointmentLookup appointments, AppointmentCalendar calendar, RecipientDirectory recipients,
            Mailer mailer, NotificationSettings settings, Clock clock, PlatformTransactionManager transactions,
            TriageClearance triage) {
        this.triage = triage;
        this.calendar = calendar;
        this.lookups = new TransactionTemplate(transactions);
        this.lookups.setReadOnly(true);
        this.appointments = appointments;
        this.recipients = recipients;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The confirmation. A patient with leg symptoms is told the cauda equina warning signs again
     * (safety-netting); a consultation less than a day away asks for the safety check-in now,
     * since the reminder that usually asks for it will not come first.
     */
    @Async
    @TransactionalEventListener
    void on(AppointmentBooked booked) {
        sendAll(() -> current(booked.appointment()).map(now -> {
            AppointmentView asBooked = asOf(now, booked.start(), booked.end(), 0);
            if (superseded(now, asBooked)) {
                return List.<Email>of();
            }
            Optional<SafetyNet> safetyNet = now.intake() == null ? Optional.empty()
                    : triage.safetyNet(now.patient(), now.intake());
            boolean checkInNow = Duration.between(clock.instant(), asBooked.start()).compareTo(CheckIn.ASKED_BEFORE) <= 0;
            return compose("booked", asBooked, "Your online consultation is booked", "Booked: online consultation",
                    (when, other) -> {
                        List<String> paragraphs = new ArrayList<>(List.of("Your " + asBooked.typeName().toLowerCase()
                                + " with " + other + " is booked for " + when + ".", "Join the video call from a quiet, "
                                + "private place a few minutes early. The calendar invitation in this email adds it to "
                                + "your calendar."));
                        safetyNet.ifPresent(net -> paragraphs.addAll(CheckIn.safetyNetParagraphs(net)));
                        if (checkInNow) {
                            paragraphs.add(CheckIn.invitation(settings, asBooked.id()));
                        }
                        return paragraphs;
                    },
                    (when, other) -> List.of("A " + asBooked.typeName().toLowerCase() + " with " + other + " was booked for "
                            + when + "."));
        }));
    }

    @Async
    @TransactionalEventListener
    void on(AppointmentRescheduled moved) {
        sendAll(() -> current(moved.appointment()).map(now -> {
            AppointmentView asMoved = asOf(now, moved.start(), moved.end(), moved.sequence());
            if (superseded(now, asMoved)) {
                return List.<Email>of();
            }
            return compose("rescheduled-" + moved.sequence(), asMoved, "Your online consultation has moved",
                    "Moved: online consultation",
                    (when, other) -> List.of("Your consultation with " + other + " now takes place on " + when + ".",
                            "The calendar invitation in this email updates the entry you already have."),
                    (when, other) -> List.of("The consultation with " + other + " has moved to " + when + "."));
        }));
    }

    @Async
    @TransactionalEventListener
    void on(AppointmentCancelled cancelled) {
        sendAll(() -> current(cancelled.appointment()).map(now -> compose("cancelled", now, CANCELLED_SUBJECT,
                "Cancelled: online consultation", (when, other) -> cancelledWords(cancelled.status(), when, other),
                (when, other) -> List.of("The consultation with " + other + " on " + when + " is cancelled. The time is free again."))));
    }

    private static final String CANCELLED_SUBJECT = "Your online consultation is cancelled";

    private static List<String> cancelledWords(AppointmentStatus status, String when, String therapist) {
        return List.of("Your consultation with " + therapist + " on " + when + " is cancelled"
                + (status == AppointmentStatus.LATE_CANCELLED ? " (less than 24 hours before its start)." : ".")
                + " You can book another time online whenever it suits you.");
    }

    /**
     * The patient's cancellation email, with its calendar cancellation, to a recipient given here:
     * for a patient whose account closed with the cancellation ({@link ClosingNotices}), whose
     * address the usual look-up no longer finds.
     */
    Email cancellationTo(Recipient to, AppointmentView cancelled) {
        return email("cancelled", cancelled, to, CANCELLED_SUBJECT, cancelledWords(cancelled.status(),
                Letter.when(cancelled.start(), to.zone()), recipients.therapistName(cancelled.therapist())));
    }

    /**
     * Reads everything the emails need in one short read-only transaction (one connection, released
     * before any email is claimed or sent), then sends them one by one.
     */
    private void sendAll(Supplier<Optional<List<Email>>> composed) {
        lookups.execute(status -> composed.get()).orElse(List.of()).forEach(mailer::send);
    }

    private interface Words {
        List<String> paragraphs(String when, String otherPerson);
    }

    private List<Email> compose(String what, AppointmentView appointment, String patientSubject,
            String therapistSubject, Words forPatient, Words forTherapist) {
        Optional<Recipient> patient = recipients.patient(appointment.patient());
        Optional<Recipient> therapist = recipients.therapist(appointment.therapist());
        String therapistName = therapist.map(Recipient::name)
                .orElseGet(() -> recipients.therapistName(appointment.therapist()));
        List<Email> emails = new ArrayList<>();
        patient.ifPresent(to -> emails.add(email(what, appointment, to, patientSubject,
                forPatient.paragraphs(Letter.when(appointment.start(), to.zone()), therapistName))));
        therapist.ifPresent(to -> emails.add(email(what, appointment, to, therapistSubject,
                forTherapist.paragraphs(Letter.when(appointment.start(), to.zone()),
                        patient.map(Recipient::name).orElse("a patient")))));
        return emails;
    }

    private Email email(String what, AppointmentView appointment, Recipient to, String subject, List<String> paragraphs) {
        boolean active = appointment.isActive();
        Letter letter = new Letter(subject, "Hello " + to.name() + ",", paragraphs, active ? "Video room" : null,
                active ? appointment.videoLink() : null, "— " + settings.practiceName());
        String invitation = calendar.invitation(appointment,
                new AppointmentCalendar.Party(settings.practiceName(), fromAddress()),
                new AppointmentCalendar.Party(to.name(), to.email()), clock.instant());
        return new Email(what + ":" + appointment.id() + ":" + to.key(), "appointment-" + what.replaceAll("-\\d+$", ""),
                to.email(), subject, letter.text(), letter.html(),
                new Email.CalendarAttachment(active ? "REQUEST" : "CANCEL", invitation));
    }

    private Optional<AppointmentView> current(AppointmentId id) {
        Optional<AppointmentView> found = appointments.find(id);
        if (found.isEmpty()) {
            log.warn("Appointment {} not found; nothing to send", id);
        }
        return found;
    }

    /** The appointment as the event left it: its time and sequence then, its room and names now. */
    private static AppointmentView asOf(AppointmentView now, Instant start, Instant end, int sequence) {
        return new AppointmentView(now.id(), now.therapist(), now.patient(), now.type(), now.typeName(),
                AppointmentStatus.CONFIRMED, start, end, now.intake(), now.bookedAt(), now.rescheduleCount(), sequence,
                null, now.videoLink(), now.history(), now.hold());
    }

    /**
     * An invitation a later change has replaced (delivered late, e.g. after a mail outage) is not
     * sent: the email about the later change carries the current state, and the calendar would
     * ignore the older sequence anyway.
     */
    private static boolean superseded(AppointmentView now, AppointmentView event) {
        boolean superseded = now.calendarSequence() > event.calendarSequence() || !now.isActive();
        if (superseded) {
            log.info("Not sending the outdated invitation {} of {}", event.calendarSequence(), event.id());
        }
        return superseded;
    }

    /** The bare address of the configured sender ("Name <address>" or just the address). */
    private String fromAddress() {
        try {
            return new InternetAddress(settings.from()).getAddress();
        } catch (AddressException invalid) {
            throw new IllegalStateException("practice.notification.from is not an email address: " + settings.from(), invalid);
        }
    }
}
