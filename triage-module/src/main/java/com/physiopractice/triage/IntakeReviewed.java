package com.physiopractice.triage;

import com.physiopractice.domain.PatientId;
import com.physiopractice.domain.TherapistId;
import com.physiopractice.domain.events.DomainEvent;
import java.time.Instant;

/** The therapist reviewed an intake; {@code disposition} is the one that now applies. */
public record IntakeReviewed(IntakeId intake, PatientId patient, TherapistId therapist, Disposition disposition,
        boolean overridden, Instant occurredAt) implements DomainEvent {
}
