package com.physiopractice.sharedkernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant NINE = Instant.parse("2026-12-01T14:00:00Z");

    @Test
    void refusesAWindowThatEndsBeforeOrWhenItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(NINE, NINE));
        assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(NINE, NINE.minusSeconds(1)));
    }

    @Test
    void backToBackWindowsDoNotOverlap() {
        TimeWindow first = TimeWindow.of(NINE, Duration.ofMinutes(60));
        TimeWindow second = TimeWindow.of(first.end(), Duration.ofMinutes(30));

        assertThat(first.overlaps(second)).isFalse();
        assertThat(second.overlaps(first)).isFalse();
    }

    @Test
    void windowsOfDifferentLengthsThatShareAMinuteOverlap() {
        TimeWindow hour = TimeWindow.of(NINE, Duration.ofMinutes(60));
        TimeWindow halfHourInside = TimeWindow.of(NINE.plus(Duration.ofMinutes(59)), Duration.ofMinutes(30));

        assertThat(hour.overlaps(halfHourInside)).isTrue();
        assertThat(halfHourInside.overlaps(hour)).isTrue();
    }

    @Test
    void aBufferExtendsTheWindowSoTheNextStartInsideItOverlaps() {
        TimeWindow withBuffer = TimeWindow.of(NINE, Duration.ofMinutes(60)).extendedBy(Duration.ofMinutes(10));
        TimeWindow startsInBuffer = TimeWindow.of(NINE.plus(Duration.ofMinutes(65)), Duration.ofMinutes(30));

        assertThat(withBuffer.overlaps(startsInBuffer)).isTrue();
        assertThat(withBuffer.length()).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void containsItsStartButNotItsEnd() {
        TimeWindow window = TimeWindow.of(NINE, Duration.ofMinutes(30));

        assertThat(window.contains(NINE)).isTrue();
        assertThat(window.contains(window.end())).isFalse();
        assertThat(window.encloses(TimeWindow.of(NINE, Duration.ofMinutes(30)))).isTrue();
        assertThat(window.encloses(TimeWindow.of(NINE, Duration.ofMinutes(31)))).isFalse();
    }
}
