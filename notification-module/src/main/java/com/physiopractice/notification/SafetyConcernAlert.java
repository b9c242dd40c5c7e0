package com.physiopractice.notification;

import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import com.physiopractice.triage.SafetyConcernRaised;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Alerts every active therapist at once to emergency or urgent signs that came with a refused
 * intake form or a check-in before a consultation, once per safety event however often the event
 * is delivered. Like the intake alert, it names only the disposition and rule codes and links to
 * the practice app; the answers stay behind sign-in.
 */
@Component
class SafetyConcernAlert {

    private final RecipientDirectory recipients;
    private final AppointmentLookup appointments;
    private final Mailer mailer;
    private final NotificationSettings settings;

    SafetyConcernAlert(RecipientDirectory recipients, AppointmentLookup appointments, Mailer mailer,
            NotificationSettings settings) {
        this.recipients = recipients;
        this.appointments = appointments;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Async
    @TransactionalEventListener
    void on(SafetyConcernRaised concern) {
        String base = settings.appBaseUrl().replaceAll("/+$", "");
        Optional<AppointmentView> appointment = concern.appointment() == null ? Optional.empty()
                : appointments.find(concern.appointment());
        String subject = (concern.fromCheckIn() ? "Check-in needs your attention: " : "Intake form needs your attention: ")
                + concern.disposition();
        String link = appointment.map(found -> base + "/therapist/appointments/" + found.id())
                .orElse(base + "/therapist/safety-events/" + concern.event());
        for (Recipient therapist : recipients.activeTherapists()) {
            String when = Letter.when(concern.occurredAt(), therapist.zone());
            String what = appointment.map(found -> "The safety check-in of " + when + " before the consultation on "
                            + Letter.when(found.start(), therapist.zone()) + " shows new signs: ")
                    .orElse("An intake form sent " + when + " could not be accepted because of another answer, but the "
                            + "answers that could be read show ");
            String then = appointment.isPresent()
                    ? "The appointment is on hold until you clear it. The patient was shown advice to get medical care."
                    : "The patient was shown advice to get medical care and asked to correct the form.";
            Letter letter = new Letter(subject, "Hello " + therapist.name() + ",", List.of(
                    what + concern.disposition() + " (" + String.join(", ", concern.rules()) + ").", then,
                    "Please review it and contact the patient if needed. The details are in the practice app."),
                    "Review it", link, "— " + settings.practiceName());
            mailer.send(new Email("safety-alert:" + concern.event() + ":" + therapist.key(), "safety-alert",
                    therapist.email(), subject, letter.text(), letter.html(), null));
        }
    }
}
