package com.physiopractice.booking;

import com.physiopractice.booking.appointment.AppointmentRepository;
import com.physiopractice.booking.availability.CalendarRevisions;
import com.physiopractice.booking.availability.TimeOff;
import com.physiopractice.booking.availability.TimeOffRepository;
import com.physiopractice.booking.availability.WeeklySchedule;
import com.physiopractice.booking.availability.WeeklyScheduleRepository;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.problems.DomainProblem;
import com.physiopractice.domain.time.TimeWindow;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's working hours and time off, as the booking module keeps them. */
@Service
public class Availability {

    private final WeeklyScheduleRepository schedules;
    private final TimeOffRepository timeOff;
    private final AppointmentRepository appointments;
    private final CalendarRevisions revisions;
    private final Clock clock;

    Availability(WeeklyScheduleRepository schedules, TimeOffRepository timeOff, AppointmentRepository appointments,
            CalendarRevisions revisions, Clock clock) {
        this.schedules = schedules;
        this.timeOff = timeOff;
        this.appointments = appointments;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WeeklyHours weeklyHoursOf(TherapistId therapist) {
        return new WeeklyHours(schedules.workingPeriodsOf(therapist.value()));
    }

    /** Replaces the therapist's whole week; appointments already booked are not touched. */
    @Transactional
    public WeeklyHours replaceWeeklyHours(TherapistId therapist, WeeklyHours hours) {
        WeeklySchedule schedule = schedules.findById(therapist.value())
                .orElseGet(() -> new WeeklySchedule(therapist));
        schedule.replace(hours);
        WeeklyHours saved = schedules.save(schedule).hours();
        revisions.changed(therapist);
        return saved;
    }

    /** A period off, with the appointments it overlaps: reported for the therapist to handle, never deleted. */
    public record TimeOffAdded(TimeOffPeriod timeOff, List<AppointmentId> conflictingAppointments) {
    }

    public record TimeOffPeriod(UUID id, TimeWindow window, String reason) {

        static TimeOffPeriod of(TimeOff timeOff) {
            return new TimeOffPeriod(timeOff.id(), timeOff.window(), timeOff.reason());
        }
    }

    @Transactional
    public TimeOffAdded addTimeOff(TherapistId therapist, TimeWindow window, String reason) {
        TimeOff added = timeOff.save(new TimeOff(therapist, window, reason, clock.instant()));
        List<AppointmentId> conflicts = appointments.findActiveOverlapping(therapist.value(), window.start(), window.end())
                .stream().map(appointment -> appointment.id()).toList();
        revisions.changed(therapist);
        return new TimeOffAdded(TimeOffPeriod.of(added), conflicts);
    }

    /** Time off that has not ended yet, soonest first. */
    @Transactional(readOnly = true)
    public List<TimeOffPeriod> upcomingTimeOff(TherapistId therapist) {
        return timeOff.findEndingAfter(therapist.value(), clock.instant()).stream().map(TimeOffPeriod::of).toList();
    }

    @Transactional
    public void removeTimeOff(TherapistId therapist, UUID id) {
        TimeOff found = timeOff.findById(id).filter(candidate -> candidate.therapist().equals(therapist))
                .orElseThrow(() -> DomainProblem.notFound("The time off"));
        timeOff.delete(found);
        revisions.changed(therapist);
    }
}
