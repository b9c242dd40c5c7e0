package com.physiopractice.booking.availability;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.booking.Availability;
import com.physiopractice.booking.TimeOffAdded;
import com.physiopractice.booking.TimeOffPeriod;
import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.time.TimeWindow;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's working hours and time off, as the booking module keeps them. */
@Service
class AvailabilityService implements Availability {

    private final WeeklySchedules schedules;
    private final TimeOffs timeOff;
    private final ConflictingAppointmentFinder conflicts;
    private final CalendarRevisionCounter revisions;
    private final Clock clock;

    static final AuditAction WEEKLY_HOURS_CHANGED = AuditAction.of("WEEKLY_HOURS_CHANGED");
    static final AuditAction TIME_OFF_ADDED = AuditAction.of("TIME_OFF_ADDED");
    static final AuditAction TIME_OFF_REMOVED = AuditAction.of("TIME_OFF_REMOVED");

    private final AuditTrail audit;

    AvailabilityService(WeeklySchedules schedules, TimeOffs timeOff, ConflictingAppointmentFinder conflicts,
            CalendarRevisionCounter revisions, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.schedules = schedules;
        this.timeOff = timeOff;
        this.conflicts = conflicts;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public WeeklyHours weeklyHoursOf(TherapistId therapist) {
        return new WeeklyHours(schedules.workingPeriodsOf(therapist.value()));
    }

    @Override
    @Transactional
    public WeeklyHours replaceWeeklyHours(TherapistId therapist, WeeklyHours hours) {
        WeeklySchedule schedule = schedules.findById(therapist.value())
                .orElseGet(() -> new WeeklySchedule(therapist));
        schedule.replace(hours);
        WeeklyHours saved = schedules.save(schedule).hours();
        revisions.changed(therapist);
        audit.recordWithChange(WEEKLY_HOURS_CHANGED, "THERAPIST", therapist);
        return saved;
    }

    @Override
    @Transactional
    public TimeOffAdded addTimeOff(TherapistId therapist, TimeWindow window, @Nullable String reason) {
        TimeOff added = timeOff.save(new TimeOff(therapist, window, reason, clock.instant()));
        List<AppointmentId> colliding = conflicts.confirmedOverlapping(therapist, window);
        revisions.changed(therapist);
        audit.recordWithChange(TIME_OFF_ADDED, "TIME_OFF", added.period().id());
        return new TimeOffAdded(added.period(), colliding);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AppointmentId> collisionsWith(TherapistId therapist, TimeWindow window) {
        return conflicts.confirmedOverlapping(therapist, window);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimeOffPeriod> upcomingTimeOff(TherapistId therapist) {
        return timeOff.findEndingAfter(therapist.value(), clock.instant()).stream().map(TimeOff::period).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimeOffPeriod> timeOffBetween(TherapistId therapist, Instant from, Instant to) {
        return timeOff.findOverlapping(therapist.value(), from, to).stream().map(TimeOff::period).toList();
    }

    @Override
    @Transactional
    public void removeTimeOff(TherapistId therapist, UUID id) {
        TimeOff found = timeOff.findById(id).filter(candidate -> candidate.therapist().equals(therapist))
                .orElseThrow(() -> new NotFoundException("The time off"));
        timeOff.delete(found);
        revisions.changed(therapist);
        audit.recordWithChange(TIME_OFF_REMOVED, "TIME_OFF", id);
    }
}
