package com.physiopractice.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The practice clock in tests. It starts at the same instant in every run ({@link #START}, a
 * Tuesday morning in New York, far from any daylight-saving change), ticks with real elapsed time
 * so that waits and timeouts behave, and moves forward on demand, so that windows, expiries and
 * notice periods can be crossed without waiting. No test result depends on the day it runs.
 * <p>
 * Every instance in a JVM shares the same start, so a second application instance started by a
 * test agrees with the first one about the time. Tests that move the clock reset it afterwards.
 */
public class AdjustableClock extends Clock {

    /** Tuesday 12 January 2027, 09:00 in New York, 14:00 in London. */
    public static final Instant START = Instant.parse("2027-01-12T14:00:00Z");

    private static final long STARTED_AT_NANOS = System.nanoTime();

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return START.plusNanos(System.nanoTime() - STARTED_AT_NANOS).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        AdjustableClock parent = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return parent.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return parent.withZone(other);
            }
        };
    }
}
