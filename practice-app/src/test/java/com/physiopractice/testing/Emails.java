package com.physiopractice.testing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/** Reading what the practice sent: the plain text and the attached calendar, parsed back with ical4j. */
public final class Emails {

    private Emails() {
    }

    public static String text(MimeMessage message) {
        return find(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return find(message, "text/html");
    }

    public static Calendar calendar(MimeMessage message) {
        String ics = find(message, "text/calendar");
        if (ics == null) {
            throw new AssertionError("no calendar attached");
        }
        return parse(ics);
    }

    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not a valid calendar: " + e.getMessage() + "\n" + ics, e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) {
        try {
            if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(type)) {
                Object content = part.getContent();
                return content instanceof String text ? text
                        : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = find(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
