package com.physiopractice.records;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.TherapistId;
import com.physiopractice.triage.IntakeId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Episodes of care and their consultation notes. Only the patient's treating therapists (the
 * episode's therapist and anyone who wrote in it) read them, and the patient her own episodes with
 * their signed notes; anyone else is answered as if nothing existed. Every read and write is audited.
 */
public interface CareEpisodes {

    /** @param firstConsultation the consultation it opens at; its intake becomes the episode's */
    record NewEpisode(AppointmentId firstConsultation, String problem, BodyRegion region) {
    }

    /**
     * @param intake the intake form that led to it
     * @param notes oldest first; a patient gets only the signed ones
     * @param measures what it asks at each review
     */
    record EpisodeView(EpisodeId id, PatientId patient, TherapistId therapist, String problem, BodyRegion region,
            @Nullable IntakeId intake, @Nullable AppointmentId firstConsultation, EpisodeStatus status, Instant openedAt,
            @Nullable Instant dischargedAt, @Nullable String dischargeSummary, List<Instrument> measures,
            List<NoteView> notes) {
    }

    /**
     * @param treatedAt when the consultation took place (its start)
     * @param writtenAt when the note was first saved
     * @param dueBy the end of the consultation's day in the author's zone: unsigned after it, it is listed to her
     * @param version rises with each save; send it back to refuse a save over someone else's
     */
    record NoteView(NoteId id, EpisodeId episode, PatientId patient, NoteKind kind, NoteStatus status,
            TherapistId author, @Nullable AppointmentId consultation, Instant treatedAt, Instant writtenAt,
            Instant updatedAt, @Nullable Instant signedAt, Instant dueBy, NoteContent content, List<Addendum> addenda,
            long version) {
    }

    /** A dated correction or addition to a signed note, by its author. */
    record Addendum(TherapistId author, Instant writtenAt, String text) {
    }

    /** Episodes of one patient: hers, or those the calling therapist treats her in. */
    List<EpisodeView> ofPatient(Caller caller, PatientId patient);

    /** Opens an episode at one of the therapist's consultations with the patient; asks the first measures. */
    EpisodeView open(Caller therapist, PatientId patient, NewEpisode episode);

    EpisodeView read(Caller caller, EpisodeId episode);

    /** Closes the episode with its summary; asks the discharge measures; its notes and programme stay. */
    EpisodeView discharge(Caller therapist, EpisodeId episode, String summary);

    /** A new draft note; {@code consultation} may be absent for a note not tied to a booked consultation. */
    NoteView startNote(Caller therapist, EpisodeId episode, NoteKind kind, @Nullable AppointmentId consultation,
            NoteContent content);

    NoteView note(Caller caller, NoteId note);

    /** Saves a draft; a signed note is refused (409). @param expectedVersion refuse (412) when it has moved on */
    NoteView revise(Caller therapist, NoteId note, NoteContent content, @Nullable Long expectedVersion);

    /** Locks the note, by its author only, once it says what its kind needs. */
    NoteView sign(Caller therapist, NoteId note);

    /** Adds a dated addendum to a signed note, by its author. */
    NoteView addAddendum(Caller therapist, NoteId note, String text);

    /** A draft note past the end of its consultation's day. */
    record UnsignedNote(NoteId note, EpisodeId episode, PatientId patient, NoteKind kind, Instant treatedAt, Instant dueBy) {
    }

    /** Her notes still unsigned after the end of their consultation's day, by the practice clock; oldest first. */
    List<UnsignedNote> unsignedPastDue(Caller therapist);
}
