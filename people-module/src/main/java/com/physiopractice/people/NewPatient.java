package com.physiopractice.people;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** What a person gives about herself to become a patient. */
public record NewPatient(@Nullable String fullName, @Nullable LocalDate dateOfBirth, ZoneId timeZone,
        @Nullable String phone) {
}
