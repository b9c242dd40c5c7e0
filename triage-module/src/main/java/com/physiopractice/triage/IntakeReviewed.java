package com.physiopractice.triage;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** The therapist reviewed an intake; {@code disposition} is the one that now applies. */
public record IntakeReviewed(IntakeId intake, PatientId patient, TherapistId therapist, Disposition disposition,
        boolean overridden, Instant occurredAt) implements DomainEvent {
}
