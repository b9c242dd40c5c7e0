package com.physiopractice.booking.slots;

import com.physiopractice.booking.WeeklyHours;
import com.physiopractice.sharedkernel.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * What is known of a therapist's calendar around the time in question: her zone and weekly hours,
 * her time off, and the windows existing appointments occupy (buffer included). The windows are
 * kept sorted and indexed, because a month of slots asks "is this free?" for every grid time: a
 * binary search instead of a scan of every appointment made the slot list several times cheaper.
 */
public final class Schedule {

    private final ZoneId zone;
    private final WeeklyHours weeklyHours;
    private final Windows timeOff;
    private final Windows occupied;

    public Schedule(ZoneId zone, WeeklyHours weeklyHours, List<TimeWindow> timeOff, List<TimeWindow> occupied) {
        this.zone = zone;
        this.weeklyHours = weeklyHours;
        this.timeOff = new Windows(timeOff);
        this.occupied = new Windows(occupied);
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklyHours weeklyHours() {
        return weeklyHours;
    }

    boolean isDuringTimeOff(TimeWindow window) {
        return timeOff.overlapsAny(window);
    }

    boolean isTaken(TimeWindow window) {
        return occupied.overlapsAny(window);
    }

    /**
     * Windows sorted by start, with the latest end among each prefix: a window overlaps one of
     * them exactly when, among those starting before it ends, the latest end is after its start.
     * Correct whether or not the windows overlap each other.
     */
    private static final class Windows {

        private final Instant[] starts;
        private final Instant[] latestEnds;

        Windows(List<TimeWindow> unsorted) {
            List<TimeWindow> windows = unsorted.stream().sorted(Comparator.comparing(TimeWindow::start)).toList();
            starts = new Instant[windows.size()];
            latestEnds = new Instant[windows.size()];
            Instant latest = Instant.MIN;
            for (int i = 0; i < windows.size(); i++) {
                starts[i] = windows.get(i).start();
                latest = windows.get(i).end().isAfter(latest) ? windows.get(i).end() : latest;
                latestEnds[i] = latest;
            }
        }

        boolean overlapsAny(TimeWindow window) {
            int startingBefore = firstNotBefore(window.end());
            return startingBefore > 0 && latestEnds[startingBefore - 1].isAfter(window.start());
        }

        /** How many windows start before {@code instant}. */
        private int firstNotBefore(Instant instant) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (starts[middle].isBefore(instant)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
