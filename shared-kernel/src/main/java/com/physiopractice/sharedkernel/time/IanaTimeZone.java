package com.physiopractice.sharedkernel.time;

import com.physiopractice.sharedkernel.problems.InvalidValueException;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Time zones as the API speaks them: IANA region names such as {@code America/New_York}.
 * Fixed offsets like {@code +05:30} are refused because they silently ignore daylight
 * saving time, which is exactly where scheduling goes wrong.
 */
public final class IanaTimeZone {

    /** What a client is told when it sends anything else. */
    public static final String EXPECTED = "must be an IANA time zone name such as America/New_York";

    private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

    private IanaTimeZone() {
    }

    public static boolean isName(@Nullable String name) {
        return name != null && REGIONS.contains(name);
    }

    /** The zone with this IANA name; refuses offsets and unknown names. */
    public static ZoneId parse(@Nullable String name) {
        if (name == null || !isName(name)) {
            throw new InvalidValueException("the time zone " + EXPECTED);
        }
        return ZoneId.of(name);
    }
}
