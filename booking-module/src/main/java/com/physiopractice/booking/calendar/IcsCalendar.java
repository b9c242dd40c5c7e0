package com.physiopractice.booking.calendar;

import com.physiopractice.booking.AppointmentCalendar;
import com.physiopractice.booking.AppointmentView;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * RFC 5545 calendar files for appointments, built with ical4j. Times are written in UTC; calendars
 * show them in their owner's zone.
 */
@Component
class IcsCalendar implements AppointmentCalendar {

    private static final String PRODUCT = "-//Physio Practice//Online consultations//EN";

    @Override
    public String invitation(AppointmentView appointment, Party organizer, Party attendee, Instant now) {
        Method method = appointment.isActive() ? ImmutableMethod.REQUEST : ImmutableMethod.CANCEL;
        VEvent event = event(appointment, appointment.typeName(), describe(appointment), true, now);
        event.add(new Organizer(new ParameterList(List.of(new Cn(oneLine(organizer.name())))),
                "mailto:" + organizer.email()));
        event.add(new Attendee(new ParameterList(List.of(new Cn(oneLine(attendee.name())),
                Role.REQ_PARTICIPANT, appointment.isActive() ? PartStat.ACCEPTED : PartStat.DECLINED)),
                "mailto:" + attendee.email()));
        return calendar(method, List.of(event));
    }

    /** A file to add the appointment to one's own calendar (METHOD:PUBLISH), with the same UID as the emails. */
    static String download(AppointmentView appointment, String summary, String description, Instant now) {
        return calendar(ImmutableMethod.PUBLISH, List.of(event(appointment, summary, description, true, now)));
    }

    /** A subscribed feed: every listed appointment as one event. */
    static String feed(List<FeedEntry> entries, Instant now) {
        return calendar(ImmutableMethod.PUBLISH, entries.stream()
                .map(entry -> event(entry.appointment(), entry.summary(), entry.description(), entry.withVideoLink(), now))
                .toList());
    }

    /** What an appointment's calendar entry says: how to join, from where. */
    static String describe(AppointmentView appointment) {
        if (!appointment.isActive()) {
            return "This online consultation was cancelled.";
        }
        return "Join the video call at " + appointment.videoLink() + " a few minutes before the start, from a quiet, "
                + "private place with room to move. Wear comfortable clothes.";
    }

    /** @param withVideoLink whether the event carries the video room (LOCATION, URL) */
    record FeedEntry(AppointmentView appointment, String summary, String description, boolean withVideoLink) {
    }

    /**
     * A name or summary on one line: control characters become spaces. Names are refused with them
     * since they were checked at entry, but one stored earlier must still not break a calendar line
     * (a bare CR ends a line for some readers, and a parameter value cannot hold one at all).
     */
    static String oneLine(String text) {
        return text.codePoints().map(c -> Character.getType(c) == Character.CONTROL ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static VEvent event(AppointmentView appointment, String summary, String description, boolean withVideoLink,
            Instant now) {
        VEvent event = new VEvent(appointment.start(), appointment.end(), oneLine(summary));
        event.add(new Uid(appointment.calendarUid()));
        event.add(new Sequence(appointment.calendarSequence()));
        // The constructor stamps the event with the wall clock; RFC 5545 allows one DTSTAMP: ours.
        event.replace(new DtStamp(now));
        event.add(appointment.isActive() ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_CANCELLED));
        event.add(new Description(description));
        if (withVideoLink && appointment.videoLink() != null && appointment.isActive()) {
            event.add(new Location(appointment.videoLink()));
            event.add(new Url(URI.create(appointment.videoLink())));
        }
        return event;
    }

    private static String calendar(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(method);
        events.forEach(calendar::add);
        return calendar.toString();
    }
}
