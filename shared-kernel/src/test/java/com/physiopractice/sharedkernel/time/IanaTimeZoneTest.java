package com.physiopractice.sharedkernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IanaTimeZoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"America/New_York", "Asia/Kolkata", "Asia/Kathmandu", "Europe/London", "UTC"})
    void acceptsIanaRegionNames(String name) {
        assertThat(IanaTimeZone.parse(name)).isEqualTo(ZoneId.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+05:30", "GMT+2", "America/Atlantis", "", "new york"})
    void refusesOffsetsAndUnknownNames(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> IanaTimeZone.parse(name));
    }
}
