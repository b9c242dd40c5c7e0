package com.physiopractice.notification;

import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import com.physiopractice.platform.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds patients before their consultations (24 h and 1 h before, by default). Runs on one node
 * at a time (ShedLock), at start-up and then every {@code reminder-check}. It looks at what is
 * due now rather than at what it did last, so after downtime it catches up: an appointment still
 * ahead gets the reminder that applies now (only the nearest one, not every missed one); an
 * appointment that has passed, was cancelled or moved away gets none. A reminder is keyed by the
 * appointment's current start, so a moved appointment is reminded of its new time.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final AppointmentLookup appointments;
    private final RecipientDirectory recipients;
    private final Mailer mailer;
    private final NotificationSettings settings;
    private final Clock clock;

    ReminderJob(AppointmentLookup appointments, RecipientDirectory recipients, Mailer mailer, NotificationSettings settings, Clock clock) {
        this.appointments = appointments;
        this.recipients = recipients;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${practice.notification.reminder-check:60s}")
    @SchedulerLock(name = "notification-reminders", lockAtMostFor = "PT10M")
    public void sendDue() {
        Instant now = clock.instant();
        Duration longest = settings.reminderLeads().stream().max(Comparator.naturalOrder()).orElseThrow();
        int sent = 0;
        for (AppointmentView appointment : appointments.confirmedStartingBetween(now, now.plus(longest))) {
            Optional<Duration> lead = dueLead(settings.reminderLeads(), Duration.between(now, appointment.start()));
            if (lead.isPresent()) {
                try {
                    if (remind(appointment, lead.get())) {
                        sent++;
                    }
                } catch (RuntimeException failed) {
                    // The next run tries again (the reminder is still due, and still not sent).
                    log.warn("Reminder for {} not sent: {}", appointment.id(), LogSafe.summary(failed));
                }
            }
        }
        if (sent > 0) {
            log.info("Reminders: {} due reminder(s) handled", sent);
        }
    }

    /** The nearest reminder that applies when the start is {@code untilStart} away: the smallest lead not shorter than it. */
    static Optional<Duration> dueLead(List<Duration> leads, Duration untilStart) {
        if (untilStart.isNegative() || untilStart.isZero()) {
            return Optional.empty();
        }
        return leads.stream().filter(lead -> lead.compareTo(untilStart) >= 0).min(Comparator.naturalOrder());
    }

    private boolean remind(AppointmentView appointment, Duration lead) {
        Optional<Recipient> patient = recipients.patient(appointment.patient());
        if (patient.isEmpty()) {
            return false;
        }
        Recipient to = patient.get();
        String therapist = recipients.therapistName(appointment.therapist());
        String subject = lead.toHours() >= 2 ? "Reminder: your online consultation tomorrow"
                : "Reminder: your online consultation starts soon";
        List<String> paragraphs = new java.util.ArrayList<>(List.of(
                "This is a reminder of your " + appointment.typeName().toLowerCase() + " with " + therapist + " on "
                        + Letter.when(appointment.start(), to.zone()) + ".",
                "Please join from a quiet, private place with a little room to move, a few minutes before the start. "
                        + "If you can no longer make it, cancel or move it online so someone else can have the time."));
        // The day-before reminder asks for the safety check-in; the last one only reminds.
        if (lead.compareTo(CheckIn.ASKED_BEFORE) >= 0) {
            paragraphs.add(appointment.intake() == null ? CheckIn.intakeInvitation(settings)
                    : CheckIn.invitation(settings, appointment.id()));
        }
        Letter letter = new Letter(subject, "Hello " + to.name() + ",", paragraphs,
                "Video room", appointment.videoLink(), "— " + settings.practiceName());
        mailer.send(new Email("reminder-" + lead.toMinutes() + "m:" + appointment.id() + ":" + appointment.start().getEpochSecond()
                + ":" + to.key(), "reminder", to.email(), subject, letter.text(), letter.html(), null));
        return true;
    }
}
