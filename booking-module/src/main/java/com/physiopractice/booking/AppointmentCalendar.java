package com.physiopractice.booking;

import java.time.Instant;

/**
 * Appointments as RFC 5545 calendar files. Every file about one appointment carries the same UID and
 * its current SEQUENCE, so an emailed invitation, a reschedule, a download and a cancellation all
 * update one calendar entry in place.
 */
public interface AppointmentCalendar {

    /** Someone named in an invitation. */
    record Party(String name, String email) {
    }

    /**
     * The file to attach to an email about the appointment: METHOD:REQUEST while it stands (a new or
     * moved invitation), METHOD:CANCEL once it has ended.
     */
    String invitation(AppointmentView appointment, Party organizer, Party attendee, Instant now);
}
