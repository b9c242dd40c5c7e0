package com.physiopractice.records;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;
import java.time.LocalDate;

/** Her daily exercise reminder time has come (once a day at most). */
public record ExerciseReminderDue(ProgrammeId programme, PatientId patient, LocalDate day, int exercisesToday,
        Instant occurredAt) implements DomainEvent {
}
