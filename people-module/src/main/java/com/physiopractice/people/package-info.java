/**
 * The people the practice deals with: patients (name, date of birth, time zone, phone) and
 * therapists (name, title, time zone, whether she takes patients). Sign-in accounts are kept apart,
 * by the identity module, so that clinical modules only ever handle a
 * {@link com.physiopractice.sharedkernel.PatientId} or
 * {@link com.physiopractice.sharedkernel.TherapistId}, never credentials.
 * <p>
 * API: {@link com.physiopractice.people.PatientDirectory} and
 * {@link com.physiopractice.people.TherapistDirectory}, with their profiles. Events:
 * {@link com.physiopractice.people.TherapistMoved}. Tables: {@code people_patient},
 * {@code people_therapist}.
 */
@ApplicationModule(displayName = "People", allowedDependencies = "sharedkernel")
@NullMarked
package com.physiopractice.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
