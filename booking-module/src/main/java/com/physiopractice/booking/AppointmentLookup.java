package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Appointments as other modules read them (notifications, reminders), without an access check: they act for the practice. */
public interface AppointmentLookup {

    Optional<AppointmentView> find(AppointmentId id);

    /** CONFIRMED appointments whose start is in {@code [from, to)}, soonest first. */
    List<AppointmentView> confirmedStartingBetween(Instant from, Instant to);
}
