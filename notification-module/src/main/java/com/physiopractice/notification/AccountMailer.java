package com.physiopractice.notification;

import com.physiopractice.identity.AccountDirectory;
import com.physiopractice.identity.EmailLink;
import com.physiopractice.identity.EmailVerificationRequested;
import com.physiopractice.identity.PasswordResetRequested;
import com.physiopractice.identity.RegistrationForExistingAccount;
import com.physiopractice.identity.StaffInvited;
import com.physiopractice.notification.mail.Email;
import com.physiopractice.notification.mail.Mailer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Emails about an account itself: the link that verifies a new address, and, when someone
 * registers with an address that already has an account, a note to its owner instead. The link is
 * made as the email is written (only its hash is kept); each email is sent once per event.
 */
@Component
class AccountMailer {

    private final AccountDirectory accounts;
    private final Mailer mailer;
    private final NotificationSettings settings;

    AccountMailer(AccountDirectory accounts, Mailer mailer, NotificationSettings settings) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Async
    @TransactionalEventListener
    void on(EmailVerificationRequested requested) {
        String key = "verify-email:" + requested.account() + ":" + requested.occurredAt().toEpochMilli();
        if (mailer.alreadySent(key)) {
            return;
        }
        Optional<EmailLink> link = accounts.emailVerificationLink(requested.account());
        link.ifPresent(verify -> {
            String url = base() + "/verify-email?token=" + verify.token();
            String subject = "Confirm your email address";
            long hours = Math.max(1, Duration.between(requested.occurredAt(), verify.expiresAt()).toHours());
            Letter letter = new Letter(subject, "Hello " + verify.recipientName() + ",", List.of(
                    "Please confirm that this is your email address, so that we can send you your appointments and "
                            + "you can fill in your intake form and book.",
                    "The link works once, for " + hours + " hours. If you did not register with us, ignore this email: "
                            + "nothing happens without the link."),
                    "Confirm my email address", url, "— " + settings.practiceName());
            mailer.send(new Email(key, "verify-email", verify.email(), subject, letter.text(), letter.html(), null));
        });
    }

    @Async
    @TransactionalEventListener
    void on(PasswordResetRequested requested) {
        String key = "password-reset:" + requested.account() + ":" + requested.occurredAt().toEpochMilli();
        if (mailer.alreadySent(key)) {
            return;
        }
        accounts.passwordResetLink(requested.account()).ifPresent(reset -> {
            String url = base() + "/reset-password?token=" + reset.token();
            String subject = "Reset your password";
            long minutes = Math.max(1, Duration.between(requested.occurredAt(), reset.expiresAt()).toMinutes());
            Letter letter = new Letter(subject, "Hello" + (reset.recipientName().isBlank() || reset.recipientName()
                    .equals("there") ? "" : " " + reset.recipientName()) + ",", List.of(
                    "Someone (perhaps you) asked to reset the password of your account. Follow the link to choose a "
                            + "new one; it works once, for " + minutes + " minutes. Choosing a new password signs you "
                            + "out everywhere.",
                    "If it was not you, ignore this email: your password stays as it is."),
                    "Choose a new password", url, "— " + settings.practiceName());
            mailer.send(new Email(key, "password-reset", reset.email(), subject, letter.text(), letter.html(), null));
        });
    }

    @Async
    @TransactionalEventListener
    void on(StaffInvited invited) {
        String key = "staff-invitation:" + invited.account() + ":" + invited.occurredAt().toEpochMilli();
        if (mailer.alreadySent(key)) {
            return;
        }
        accounts.staffEnrolmentLink(invited.account()).ifPresent(enrol -> {
            String role = invited.role() == com.physiopractice.identity.access.Role.ADMIN ? "an administrator"
                    : "a therapist";
            String subject = "You are invited to join " + settings.practiceName();
            long days = Math.max(1, Duration.between(invited.occurredAt(), enrol.expiresAt()).toDays());
            Letter letter = new Letter(subject, "Hello " + enrol.recipientName() + ",", List.of(
                    "You have been invited to join " + settings.practiceName() + " as " + role + ". Follow the link to "
                            + "choose your password; it works once, for " + days + " days.",
                    "Nobody else knows or chooses your password. If you did not expect this, ignore this email."),
                    "Choose my password", base() + "/enrol?token=" + enrol.token(), "— " + settings.practiceName());
            mailer.send(new Email(key, "staff-invitation", enrol.email(), subject, letter.text(), letter.html(), null));
        });
    }

    @Async
    @TransactionalEventListener
    void on(RegistrationForExistingAccount repeated) {
        accounts.emailOfAccount(repeated.account()).ifPresent(address -> {
            String subject = "You already have an account with us";
            Letter letter = new Letter(subject, "Hello,", List.of(
                    "Someone (perhaps you) tried to register with this email address, which already has an account "
                            + "with us. No second account was made.",
                    "If it was you, sign in instead; if you forgot your password, you can reset it on the sign-in page. "
                            + "If it was not you, you can ignore this email: your account is unchanged."),
                    "Sign in", base() + "/sign-in", "— " + settings.practiceName());
            mailer.send(new Email("existing-account:" + repeated.account() + ":" + repeated.occurredAt().toEpochMilli(),
                    "existing-account", address, subject, letter.text(), letter.html(), null));
        });
    }

    private String base() {
        return settings.appBaseUrl().replaceAll("/+$", "");
    }
}
