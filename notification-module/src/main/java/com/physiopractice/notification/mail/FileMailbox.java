package com.physiopractice.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail "server" for the dev run: each email is written to a folder as an .eml file that any mail
 * program opens, so confirmations, invitations and reminders can be seen without a mail server.
 */
public class FileMailbox extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(FileMailbox.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Path folder;

    public FileMailbox(Path folder) {
        this.folder = folder;
        setSession(Session.getInstance(new Properties()));
    }

    public Path folder() {
        return folder;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
        for (MimeMessage message : messages) {
            try {
                Files.createDirectories(folder);
                message.saveChanges();
                Path file = folder.resolve(STAMP.format(LocalDateTime.now()) + "-" + SEQUENCE.incrementAndGet() + ".eml");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    message.writeTo(out);
                }
                log.info("Email '{}' written to {}", message.getSubject(), file.toAbsolutePath());
            } catch (IOException | MessagingException e) {
                throw new MailSendException("could not write the email to " + folder, e);
            }
        }
    }
}
