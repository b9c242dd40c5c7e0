package com.physiopractice.records;

import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.sharedkernel.events.DomainEvent;
import java.time.Instant;

/** A note was signed and is locked from now on. Ids only. */
public record ClinicalNoteSigned(NoteId note, EpisodeId episode, PatientId patient, TherapistId author, NoteKind kind,
        Instant occurredAt) implements DomainEvent {
}
