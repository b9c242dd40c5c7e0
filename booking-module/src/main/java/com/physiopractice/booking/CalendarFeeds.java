package com.physiopractice.booking;

import com.physiopractice.sharedkernel.TherapistId;
import java.time.Instant;
import java.util.Optional;

/**
 * The therapist's calendar subscription address, as her settings manage it: made (shown once, the
 * previous one stopping at once), turned off, and whether she has one. Her own to change: callers
 * have made sure of that.
 */
public interface CalendarFeeds {

    /** A feed address just made: its secret token is shown to the therapist once and never stored. */
    record Address(String token, Instant expiresAt) {
    }

    /** The address she has: when she made it and when it stops working. */
    record Standing(Instant madeAt, Instant expiresAt) {
    }

    Address rotate(TherapistId therapist);

    void revoke(TherapistId therapist);

    /** Her address, unless she has none or it has expired. */
    Optional<Standing> standing(TherapistId therapist);

    /** The path of the feed at this token, under the application's address. */
    static String path(String token) {
        return "/api/v1/booking/calendar-feed/" + token + ".ics";
    }
}
