package com.physiopractice.notification.mail;

/**
 * One email to one person.
 *
 * @param dedupeKey what caused it and for whom (e.g. {@code booked:<appointment>:patient-<id>}); an
 *        email with a key already sent is never sent again
 * @param calendar an RFC 5545 file to attach, or {@code null}
 */
public record Email(String dedupeKey, String kind, String to, String subject, String text, String html,
        CalendarAttachment calendar) {

    /** @param method the iTIP method inside the file (REQUEST or CANCEL), repeated in the MIME type as mail clients expect */
    public record CalendarAttachment(String method, String content) {
    }
}
