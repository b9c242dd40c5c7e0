package com.physiopractice.notification;

import com.physiopractice.booking.AppointmentCancelled;
import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.identity.PatientAccountClosed;
import com.physiopractice.notification.mail.ClosedAccountsForgotten;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.platform.LogSafe;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A patient who closes her account is told so at the address she had, with the usual cancellation
 * email (and its calendar cancellation) for each consultation cancelled with it. The usual emails
 * cannot reach her: they are written after the change commits, from the event registry, when her
 * address is already erased, and the registry may not keep it to write them with. So the
 * consultations cancelled in the closing transaction are noted as they are cancelled; once it
 * commits, the emails go to the address the closing event carries, and the records of them are
 * then left without it. Best effort: one that fails is not retried, as nothing keeps her address.
 */
@Component
class ClosingNotices {

    private static final Logger log = LoggerFactory.getLogger(ClosingNotices.class);

    /** The key of this transaction's cancellations among its bound resources. */
    private static final Object CANCELLED_HERE = ClosingNotices.class.getName() + ".cancelled";

    private final AppointmentLookup appointments;
    private final AppointmentMailer mailer;
    private final Mailer mail;
    private final PatientDirectory patients;
    private final NotificationSettings settings;
    private final ClosedAccountsForgotten forgotten;

    ClosingNotices(AppointmentLookup appointments, AppointmentMailer mailer, Mailer mail, PatientDirectory patients,
            NotificationSettings settings, ClosedAccountsForgotten forgotten) {
        this.appointments = appointments;
        this.mailer = mailer;
        this.mail = mail;
        this.patients = patients;
        this.settings = settings;
        this.forgotten = forgotten;
    }

    @EventListener
    void on(AppointmentCancelled cancelled) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            cancelledInThisTransaction().add(cancelled);
        }
    }

    @EventListener
    void on(PatientAccountClosed closed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        List<AppointmentCancelled> hers = cancelledInThisTransaction().stream()
                .filter(cancelled -> cancelled.patient().equals(closed.patient())).toList();
        String formerAddress = closed.formerEmail();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tell(closed, formerAddress, hers);
            }
        });
    }

    private void tell(PatientAccountClosed closed, String formerAddress, List<AppointmentCancelled> cancelled) {
        ZoneId zone = patients.find(closed.patient()).map(profile -> profile.timeZone()).orElse(ZoneOffset.UTC);
        // Her name is a pseudonym by now: the letters greet her without it.
        Recipient her = new Recipient("patient-" + closed.patient(), "", formerAddress, zone);
        List<AppointmentView> views = cancelled.stream().map(event -> appointments.find(event.appointment()))
                .flatMap(Optional::stream).toList();
        List<Email> emails = new ArrayList<>();
        emails.add(confirmation(her, closed, views));
        views.forEach(view -> emails.add(mailer.cancellationTo(her, view)));
        try {
            emails.forEach(mail::send);
        } catch (RuntimeException failed) {
            log.warn("The closing notices of account {} were not all sent: {}", closed.account(), LogSafe.summary(failed));
        } finally {
            forgotten.forget(formerAddress);
        }
    }

    private Email confirmation(Recipient her, PatientAccountClosed closed, List<AppointmentView> cancelled) {
        String subject = "Your account is closed";
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("As you asked, your account with " + settings.practiceName() + " is closed: you can no longer "
                + "sign in, and your address, sign-in and the record of the emails we sent you are erased.");
        if (!cancelled.isEmpty()) {
            paragraphs.add("We cancelled your " + (cancelled.size() == 1 ? "consultation" : cancelled.size()
                    + " consultations") + " still to come: " + String.join("; ", cancelled.stream()
                            .map(view -> Letter.when(view.start(), her.zone())).toList())
                    + ". A separate email for each takes it out of your calendar.");
        }
        paragraphs.add("Your clinical record (notes, questionnaires, scores and exercise programmes) is kept under a "
                + "pseudonym for the period the law requires after your last consultation, then deleted. If you did "
                + "not ask for this, contact the practice.");
        paragraphs.add("This is the last email we send to this address.");
        Letter letter = new Letter(subject, "Hello,", paragraphs, null, null, "— " + settings.practiceName());
        return new Email("account-closed:" + closed.account(), "account-closed", her.email(), subject, letter.text(),
                letter.html(), null);
    }

    @SuppressWarnings("unchecked")
    private static List<AppointmentCancelled> cancelledInThisTransaction() {
        List<AppointmentCancelled> cancelled = (List<AppointmentCancelled>) TransactionSynchronizationManager
                .getResource(CANCELLED_HERE);
        if (cancelled == null) {
            List<AppointmentCancelled> fresh = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(CANCELLED_HERE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CANCELLED_HERE);
                }
            });
            return fresh;
        }
        return cancelled;
    }
}
