package com.physiopractice.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read access to appointments for the rest of the application (notifications, reminders). */
public interface Appointments {

    Optional<AppointmentDetails> find(AppointmentId id);

    /** CONFIRMED appointments whose start is in {@code [from, to)}, soonest first. */
    List<AppointmentDetails> confirmedStartingBetween(Instant from, Instant to);
}
