package com.physiopractice.booking;

import com.physiopractice.booking.availability.WeeklySchedule;
import com.physiopractice.booking.availability.WeeklyScheduleRepository;
import com.physiopractice.domain.TherapistId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's working hours, as the booking module keeps them. */
@Service
public class Availability {

    private final WeeklyScheduleRepository schedules;

    Availability(WeeklyScheduleRepository schedules) {
        this.schedules = schedules;
    }

    @Transactional(readOnly = true)
    public WeeklyHours weeklyHoursOf(TherapistId therapist) {
        return schedules.findById(therapist.value()).map(WeeklySchedule::hours).orElseGet(WeeklyHours::none);
    }

    /** Replaces the therapist's whole week; appointments already booked are not touched. */
    @Transactional
    public WeeklyHours replaceWeeklyHours(TherapistId therapist, WeeklyHours hours) {
        WeeklySchedule schedule = schedules.findById(therapist.value())
                .orElseGet(() -> new WeeklySchedule(therapist));
        schedule.replace(hours);
        return schedules.save(schedule).hours();
    }
}
