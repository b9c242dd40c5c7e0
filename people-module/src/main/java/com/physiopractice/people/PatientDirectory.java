package com.physiopractice.people;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The practice's patients. */
public interface PatientDirectory {

    /**
     * Everything wrong with these details, field by field ({@code fullName}, {@code dateOfBirth},
     * {@code phone}), so that a registration can name all its bad fields at once; empty when they
     * make a patient. The practice treats adults only.
     */
    List<FieldProblem> problemsWith(NewPatient patient);

    /**
     * Whether these details are refused only because the person is too young for the practice
     * (under 18 on today's date in their own time zone).
     */
    boolean isUnderMinimumAge(NewPatient patient);

    /** Registers a new patient; refuses details {@link #problemsWith} finds wrong. */
    PatientProfile register(NewPatient patient);

    Optional<PatientProfile> find(PatientId id);

    /** What a patient may change about herself; the date of birth is not among it. */
    PatientProfile changeContactDetails(PatientId id, @Nullable String fullName, @Nullable String phone,
            @Nullable ZoneId timeZone);

    /**
     * She closed her account: her name becomes a pseudonym, her phone number is erased; what the
     * clinical record needs (date of birth, zone) stays until it is purged.
     */
    PatientProfile pseudonymise(PatientId id);
}
