package com.physiopractice.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of one email, rendered the same way as plain text and as simple HTML. Every value
 * put into the HTML is escaped.
 *
 * @param link an address the reader may need (the video room, the intake to review), or null
 */
record Letter(String subject, String greeting, List<String> paragraphs, String linkLabel, String link, String signature) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** A time as the reader lives it: their own zone, with the zone named (e.g. "... at 09:00 (America/New_York)"). */
    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + " time)";
    }

    String text() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(paragraph -> text.append(paragraph).append("\n\n"));
        if (link != null) {
            text.append(linkLabel).append(": ").append(link).append("\n\n");
        }
        return text.append(signature).append('\n').toString();
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        html.append("<p>").append(HtmlUtils.htmlEscape(greeting)).append("</p>");
        paragraphs.forEach(paragraph -> html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>"));
        if (link != null) {
            html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">").append(HtmlUtils.htmlEscape(linkLabel))
                    .append("</a></p>");
        }
        return html.append("<p>").append(HtmlUtils.htmlEscape(signature)).append("</p></body></html>").toString();
    }
}
