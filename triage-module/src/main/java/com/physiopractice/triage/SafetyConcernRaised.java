package com.physiopractice.triage;

import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Emergency or urgent signs that reached the practice other than in a stored intake: in an intake
 * form refused for another bad answer, or as new signs in the check-in before a consultation. The
 * therapists are alerted once per event; booking holds the appointment of a check-in. Carries the
 * disposition and rule codes, never the answers (they stay behind sign-in).
 *
 * @param appointment the consultation whose check-in raised it; absent for an intake form
 */
public record SafetyConcernRaised(SafetyEventId event, PatientId patient, Disposition disposition, List<String> rules,
        @Nullable AppointmentId appointment, Instant occurredAt) implements DomainEvent {

    public SafetyConcernRaised {
        rules = List.copyOf(rules);
    }

    public boolean fromCheckIn() {
        return appointment != null;
    }
}
