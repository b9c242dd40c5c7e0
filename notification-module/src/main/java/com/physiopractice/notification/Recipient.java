package com.physiopractice.notification;

import java.time.ZoneId;

/** Someone the practice writes to, with the zone their times are shown in. */
record Recipient(String key, String name, String email, ZoneId zone) {
}
