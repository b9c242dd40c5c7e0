package com.physiopractice.records;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** A measure waits for the patient's answers: she is sent a link to it. No scores, no answers. */
public record OutcomeMeasureRequested(MeasureId measure, PatientId patient, Instrument instrument, Instant occurredAt)
        implements DomainEvent {
}
