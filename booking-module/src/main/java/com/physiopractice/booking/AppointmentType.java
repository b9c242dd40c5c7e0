package com.physiopractice.booking;

import java.time.Duration;
import java.util.Objects;

/**
 * A kind of consultation the practice offers.
 *
 * @param code stable, upper-snake (INITIAL_CONSULTATION)
 * @param mode how it takes place (ONLINE_VIDEO)
 */
public record AppointmentType(String code, String name, Duration duration, String mode) {

    public AppointmentType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(mode, "mode");
        if (!code.matches("[A-Z]+(_[A-Z]+)*")) {
            throw new IllegalArgumentException("appointment type codes are UPPER_SNAKE: " + code);
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("an appointment takes some time: " + code);
        }
    }
}
