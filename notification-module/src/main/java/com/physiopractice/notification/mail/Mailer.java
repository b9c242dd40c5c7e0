package com.physiopractice.notification.mail;

import com.physiopractice.notification.NotificationSettings;
import com.physiopractice.platform.LogSafe;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends an email at most once per dedupe key. A failure is thrown to the caller (the event
 * listener), so the event stays incomplete in the publication registry and is retried.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    /** How long the record of a sent email waits for the database to come back. */
    private static final Duration RECORD_SENT_PATIENCE = Duration.ofSeconds(30);

    private final JavaMailSender sender;
    private final DeliveryLedger deliveries;
    private final NotificationSettings settings;

    Mailer(ObjectProvider<JavaMailSender> sender, DeliveryLedger deliveries, NotificationSettings settings) {
        this.sender = sender.getIfAvailable(() -> {
            throw new IllegalStateException("No mail server configured: set spring.mail.host (and port, username, "
                    + "password) so the practice can send confirmations and reminders.");
        });
        this.deliveries = deliveries;
        this.settings = settings;
    }

    /** Another node is sending the same email right now; the event is retried later. */
    public static class DeliveryInProgress extends MailException {
        DeliveryInProgress(String key) {
            super("another node is sending " + key);
        }
    }

    /**
     * Whether the email with this key went out already: for an email whose content is made for
     * that one sending (a single-use link), so that a redelivered event does not make a new one.
     */
    public boolean alreadySent(String dedupeKey) {
        return deliveries.wasSent(dedupeKey);
    }

    public void send(Email email) {
        switch (deliveries.claim(email)) {
            case ALREADY_SENT -> {
                log.debug("Not sending {} again", email.dedupeKey());
                return;
            }
            case IN_PROGRESS -> throw new DeliveryInProgress(email.dedupeKey());
            case CLAIMED -> {
                // go on
            }
        }
        try {
            sender.send(message(email));
        } catch (MailException | MessagingException failed) {
            deliveries.failed(email, failed.getMessage());
            throw failed instanceof MailException mail ? mail
                    : new org.springframework.mail.MailPreparationException(failed.getMessage(), failed);
        }
        recordSent(email);
        log.info("Sent {} ({})", email.kind(), email.dedupeKey());
    }

    /**
     * The email has gone: it is recorded as sent even across a short database outage, for
     * otherwise it would go again once its claim's lease ran out (seen in ops/chaos: every email
     * in flight while the database restarted was sent twice, two minutes apart).
     */
    private void recordSent(Email email) {
        long deadline = System.nanoTime() + RECORD_SENT_PATIENCE.toNanos();
        while (true) {
            try {
                deliveries.sent(email);
                return;
            } catch (DataAccessException unavailable) {
                if (System.nanoTime() > deadline) {
                    throw unavailable;
                }
                log.warn("Sent {} but could not record it yet: {}", email.dedupeKey(), LogSafe.summary(unavailable));
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw unavailable;
                }
            }
        }
    }

    private MimeMessage message(Email email) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.text(), email.html());
        if (email.calendar() != null) {
            String type = "text/calendar; charset=UTF-8; method=" + email.calendar().method();
            helper.addAttachment(email.calendar().method().equals("CANCEL") ? "cancel.ics" : "invite.ics",
                    new ByteArrayDataSource(email.calendar().content().getBytes(StandardCharsets.UTF_8), type));
        }
        message.setHeader("X-Practice-Notification", email.kind());
        // The delivery record's key (ids only, no names): support, and a receiving end that counts
        // duplicates (ops/chaos), can tell which email this is and whether it came twice.
        message.setHeader("X-Practice-Delivery", email.dedupeKey());
        return message;
    }
}
