package com.physiopractice.booking;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A therapist's working hours and time off. Her own to change: callers have made sure of that
 * (the endpoints' access rules, or the practice setting her up).
 */
public interface Availability {

    WeeklyHours weeklyHoursOf(TherapistId therapist);

    /** Replaces the therapist's whole week; appointments already booked are not touched. */
    WeeklyHours replaceWeeklyHours(TherapistId therapist, WeeklyHours hours);

    TimeOffAdded addTimeOff(TherapistId therapist, TimeWindow window, @Nullable String reason);

    /**
     * The booked appointments a time off in {@code window} would collide with, without adding it:
     * what she is shown before she decides (adding it never moves or cancels them).
     */
    List<AppointmentId> collisionsWith(TherapistId therapist, TimeWindow window);

    /** Time off that has not ended yet, soonest first. */
    List<TimeOffPeriod> upcomingTimeOff(TherapistId therapist);

    /** Her time off overlapping [{@code from}, {@code to}), past or not, soonest first: what her calendar shows. */
    List<TimeOffPeriod> timeOffBetween(TherapistId therapist, Instant from, Instant to);

    void removeTimeOff(TherapistId therapist, UUID timeOff);
}
