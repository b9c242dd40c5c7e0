package com.physiopractice.booking.slots;

import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.domain.time.TimeWindow;
import java.time.ZoneId;
import java.util.List;

/**
 * What is known of a therapist's calendar around the time in question: her zone and weekly hours,
 * her time off, and the windows existing appointments occupy (buffer included).
 */
public record Schedule(ZoneId zone, WeeklyHours weeklyHours, List<TimeWindow> timeOff, List<TimeWindow> occupied) {

    public Schedule {
        timeOff = List.copyOf(timeOff);
        occupied = List.copyOf(occupied);
    }
}
