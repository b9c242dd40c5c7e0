package com.physiopractice.domain.time;

import java.time.ZoneId;
import java.util.Set;

/**
 * Time zones as the API speaks them: IANA region names such as {@code America/New_York}.
 * Fixed offsets like {@code +05:30} are refused because they silently ignore daylight
 * saving time, which is exactly where scheduling goes wrong.
 */
public final class TimeZones {

    private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isRegion(String name) {
        return name != null && REGIONS.contains(name);
    }

    /** The zone with this IANA name; refuses offsets and unknown names. */
    public static ZoneId region(String name) {
        if (!isRegion(name)) {
            throw new IllegalArgumentException("not an IANA time zone name: " + name);
        }
        return ZoneId.of(name);
    }
}
