package com.physiopractice.notification;

import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import com.physiopractice.records.ExerciseReminderDue;
import com.physiopractice.records.OutcomeMeasureRequested;
import java.util.List;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails from the clinical record: a questionnaire to answer (with the link to it in the portal,
 * where she signs in first) and the daily exercise reminder she asked for. Neither says anything
 * clinical: no scores, no exercises, no condition; only that there is something to open.
 */
@Component
class RecordsMailer {

    private final RecipientDirectory recipients;
    private final Mailer mailer;
    private final NotificationSettings settings;

    RecordsMailer(RecipientDirectory recipients, Mailer mailer, NotificationSettings settings) {
        this.recipients = recipients;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Async
    @TransactionalEventListener
    void on(OutcomeMeasureRequested requested) {
        String key = "measure:" + requested.measure();
        if (mailer.alreadySent(key)) {
            return;
        }
        recipients.patient(requested.patient()).ifPresent(patient -> {
            String subject = "A short questionnaire from your physiotherapist";
            Letter letter = new Letter(subject, "Hello " + patient.name() + ",", List.of(
                    "Your physiotherapist would like to know how you are doing. The questionnaire takes a few "
                            + "minutes; your answers help her see how your treatment is working.",
                    "Sign in to answer it. If anything about your symptoms worries you, do not wait for the "
                            + "questionnaire: contact the practice, or call 999 in an emergency."),
                    "Answer the questionnaire", base() + "/portal/measures/" + requested.measure(),
                    "— " + settings.practiceName());
            mailer.send(new Email(key, "outcome-measure", patient.email(), subject, letter.text(), letter.html(), null));
        });
    }

    @Async
    @TransactionalEventListener
    void on(ExerciseReminderDue due) {
        String key = "exercise-reminder:" + due.programme() + ":" + due.day();
        if (mailer.alreadySent(key)) {
            return;
        }
        recipients.patient(due.patient()).ifPresent(patient -> {
            String subject = "Your exercises for today";
            Letter letter = new Letter(subject, "Hello " + patient.name() + ",", List.of(
                    "This is the reminder you asked for: " + (due.exercisesToday() == 1 ? "one exercise is"
                            : due.exercisesToday() + " exercises are") + " set for today. Mark each one done in your "
                            + "portal and say how it felt; your physiotherapist sees it before your next consultation.",
                    "Stop an exercise that makes your pain much worse, and tell the practice. You can change or turn "
                            + "off this reminder on the same page."),
                    "Open today's exercises", base() + "/portal/exercises", "— " + settings.practiceName());
            mailer.send(new Email(key, "exercise-reminder", patient.email(), subject, letter.text(), letter.html(), null));
        });
    }

    private String base() {
        return settings.appBaseUrl().replaceAll("/+$", "");
    }
}
