package com.physiopractice.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static TimeWindow window(int startMinute, int minutes) {
        return TimeWindow.of(T0.plus(Duration.ofMinutes(startMinute)), Duration.ofMinutes(minutes));
    }

    /** The indexed lookup answers exactly what comparing with every window answers, overlapping windows included. */
    @Test
    void theIndexedLookupAgreesWithCheckingEveryWindow() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<TimeWindow> windows = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                windows.add(window(random.nextInt(600), 5 + random.nextInt(120)));
            }
            Schedule schedule = new Schedule(ZoneId.of("UTC"), WeeklyHours.none(), windows, windows);
            for (int probe = 0; probe < 50; probe++) {
                TimeWindow wanted = window(random.nextInt(700) - 50, 5 + random.nextInt(90));
                boolean expected = windows.stream().anyMatch(wanted::overlaps);
                assertThat(schedule.isTaken(wanted)).as(wanted + " against " + windows).isEqualTo(expected);
                assertThat(schedule.isDuringTimeOff(wanted)).isEqualTo(expected);
            }
        }
    }

    @Test
    void touchingWindowsDoNotOverlap() {
        Schedule schedule = new Schedule(ZoneId.of("UTC"), WeeklyHours.none(), List.of(), List.of(window(60, 60)));
        assertThat(schedule.isTaken(window(0, 60))).isFalse();
        assertThat(schedule.isTaken(window(120, 30))).isFalse();
        assertThat(schedule.isTaken(window(119, 30))).isTrue();
        assertThat(schedule.isTaken(window(0, 61))).isTrue();
    }
}
