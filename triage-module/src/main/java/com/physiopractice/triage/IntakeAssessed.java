package com.physiopractice.triage;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/**
 * A patient submitted an intake and triage assessed it. Listeners alert the therapist at once for
 * EMERGENCY and URGENT_MEDICAL. Carries no clinical detail beyond the disposition.
 */
public record IntakeAssessed(IntakeId intake, PatientId patient, Disposition disposition, Instant occurredAt)
        implements DomainEvent {
}
