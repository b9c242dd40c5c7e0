/**
 * The clinical record: episodes of care, the therapist's signed consultation notes with their
 * addenda, outcome measures over time, and home exercise programmes with the patient's log.
 * <p>
 * API: {@link com.physiopractice.records.CareEpisodes} (episodes and notes),
 * {@link com.physiopractice.records.OutcomeMeasures}, {@link com.physiopractice.records.HomeExercises},
 * their ids and views. Events: {@link com.physiopractice.records.OutcomeMeasureRequested},
 * {@link com.physiopractice.records.ExerciseReminderDue}, {@link com.physiopractice.records.ClinicalNoteSigned}.
 * Tables: {@code records_episode}, {@code records_note}, {@code records_addendum}, {@code records_measure},
 * {@code records_programme}, {@code records_prescription}, {@code records_exercise_session}.
 */
@ApplicationModule(displayName = "Clinical record",
        allowedDependencies = {"sharedkernel", "platform", "identity::access", "audit", "people", "triage", "booking", "content"})
@NullMarked
package com.physiopractice.records;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
