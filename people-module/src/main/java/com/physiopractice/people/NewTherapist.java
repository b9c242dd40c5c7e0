package com.physiopractice.people;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A therapist joining the practice. */
public record NewTherapist(@Nullable String fullName, @Nullable String title, ZoneId timeZone) {
}
