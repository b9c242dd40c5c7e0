package com.physiopractice.booking;

import com.physiopractice.sharedkernel.time.TimeWindow;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A period a therapist does not work (holiday, training), on top of her weekly hours. */
public record TimeOffPeriod(UUID id, TimeWindow window, @Nullable String reason) {
}
