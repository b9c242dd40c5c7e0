package com.physiopractice.notification;

import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeAssessed;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Alerts every active therapist at once when an intake is EMERGENCY or URGENT_MEDICAL, so she can
 * check the patient was told to get care. The email names only the disposition and links to the
 * intake: answers and clinical detail stay behind sign-in.
 */
@Component
class UrgentIntakeAlert {

    static final Set<Disposition> ALERTING = Set.of(Disposition.EMERGENCY, Disposition.URGENT_MEDICAL);

    private final RecipientDirectory recipients;
    private final Mailer mailer;
    private final NotificationSettings settings;

    UrgentIntakeAlert(RecipientDirectory recipients, Mailer mailer, NotificationSettings settings) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Async
    @TransactionalEventListener
    void on(IntakeAssessed assessed) {
        if (!ALERTING.contains(assessed.disposition())) {
            return;
        }
        String link = settings.appBaseUrl().replaceAll("/+$", "") + "/therapist/intakes/" + assessed.intake();
        String subject = "Intake needs your attention: " + assessed.disposition();
        for (Recipient therapist : recipients.activeTherapists()) {
            Letter letter = new Letter(subject, "Hello " + therapist.name() + ",", List.of(
                    "An intake submitted " + Letter.when(assessed.occurredAt(), therapist.zone()) + " was assessed as "
                            + assessed.disposition() + ". The patient was shown advice to get medical care.",
                    "Please review it and contact the patient if needed. The details are in the practice app."),
                    "Review the intake", link, "— " + settings.practiceName());
            mailer.send(new Email("intake-alert:" + assessed.intake() + ":" + therapist.key(), "intake-alert",
                    therapist.email(), subject, letter.text(), letter.html(), null));
        }
    }
}
