package com.physiopractice.people;

import com.physiopractice.sharedkernel.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * A patient as the other modules see her.
 *
 * @param phone optional
 * @param initials such as "S. R.": enough to recognise her where her full name should not be written
 */
public record PatientProfile(PatientId id, String fullName, String initials, LocalDate dateOfBirth, ZoneId timeZone,
        @Nullable String phone, Instant registeredAt) {

    /** Whole years of age on the given date, as the triage rules count them. */
    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
