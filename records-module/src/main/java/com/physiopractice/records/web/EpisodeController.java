package com.physiopractice.records.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.records.CareEpisodes.NewEpisode;
import com.physiopractice.records.CareEpisodes.NoteView;
import com.physiopractice.records.CareEpisodes.UnsignedNote;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteId;
import com.physiopractice.records.NoteKind;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "Clinical record", description = "Episodes of care and signed consultation notes")
class EpisodeController {

    private final CareEpisodes episodes;

    EpisodeController(CareEpisodes episodes) {
        this.episodes = episodes;
    }

    @Operation(summary = "A patient's episodes of care", description = "The patient: her own, with signed notes only. "
            + "A therapist: those she treats the patient in; 404 when she neither treats nor has seen the patient.")
    @GetMapping("/patients/{patientId}/episodes")
    List<EpisodeView> episodes(Caller caller, @PathVariable PatientId patientId) {
        return episodes.ofPatient(caller, patientId);
    }

    @Operation(summary = "Open an episode (therapists)", description = "At one of her consultations with the patient, "
            + "whose intake becomes the episode's; asks the first outcome measures of the region.")
    @PostMapping("/patients/{patientId}/episodes")
    ResponseEntity<EpisodeView> open(Caller caller, @PathVariable PatientId patientId, @RequestBody NewEpisode episode) {
        EpisodeView opened = episodes.open(caller, patientId, episode);
        return ResponseEntity.created(URI.create("/api/v1/records/episodes/" + opened.id())).body(opened);
    }

    @Operation(summary = "One episode with its notes", description = "Its patient (signed notes only) or a treating "
            + "therapist; anyone else gets 404.")
    @GetMapping("/episodes/{id}")
    EpisodeView episode(Caller caller, @PathVariable EpisodeId id) {
        return episodes.read(caller, id);
    }

    record Discharge(String summary) {
    }

    @Operation(summary = "Discharge an episode (therapists)", description = "Closes it with its summary and asks the "
            + "discharge measures; a discharged episode takes no new note (409).")
    @PostMapping("/episodes/{id}/discharge")
    EpisodeView discharge(Caller caller, @PathVariable EpisodeId id, @RequestBody Discharge discharge) {
        return episodes.discharge(caller, id, discharge.summary());
    }

    /** @param consultation the consultation it records; its start is the note's treatment time */
    record NewNote(NoteKind kind, @Nullable AppointmentId consultation, @Nullable NoteContent content) {
    }

    @Operation(summary = "Start a note (therapists)", description = "A draft of an initial assessment, follow-up or "
            + "discharge note. It is due signed by the end of the consultation's day in her zone.")
    @PostMapping("/episodes/{id}/notes")
    ResponseEntity<NoteView> startNote(Caller caller, @PathVariable EpisodeId id, @RequestBody NewNote note) {
        NoteView started = episodes.startNote(caller, id, note.kind(), note.consultation(),
                note.content() == null ? NoteContent.EMPTY : note.content());
        return ResponseEntity.created(URI.create("/api/v1/records/notes/" + started.id())).body(started);
    }

    @Operation(summary = "One note", description = "Its treating therapists; its patient once it is signed.")
    @GetMapping("/notes/{id}")
    NoteView note(Caller caller, @PathVariable NoteId id) {
        return episodes.note(caller, id);
    }

    /** @param version the version read; a save over a newer one is refused (412) */
    record Revision(NoteContent content, @Nullable Long version) {
    }

    @Operation(summary = "Save a draft note (its author)", description = "A signed note is locked: 409, nothing changes. "
            + "Every bad field is named (400).")
    @PutMapping("/notes/{id}")
    NoteView revise(Caller caller, @PathVariable NoteId id, @RequestBody Revision revision) {
        return episodes.revise(caller, id, revision.content(), revision.version());
    }

    @Operation(summary = "Sign a note (its author)", description = "Locks it; 400 names what its kind still needs "
            + "(consent and a working diagnosis for an initial assessment).")
    @PostMapping("/notes/{id}/sign")
    NoteView sign(Caller caller, @PathVariable NoteId id) {
        return episodes.sign(caller, id);
    }

    record NewAddendum(String text) {
    }

    @Operation(summary = "Add a dated addendum to a signed note (its author)", description = "The note stays as it "
            + "was signed; the addendum is listed under it with its author and time. A draft is refused (409): edit it instead.")
    @PostMapping("/notes/{id}/addenda")
    ResponseEntity<NoteView> addendum(Caller caller, @PathVariable NoteId id, @RequestBody NewAddendum addendum) {
        NoteView note = episodes.addAddendum(caller, id, addendum.text());
        return ResponseEntity.created(URI.create("/api/v1/records/notes/" + id)).body(note);
    }

    @Operation(summary = "Her notes still unsigned after their consultation's day (therapists)", description = "By the "
            + "practice clock: a note is due signed by the end of its consultation's day in her zone. Oldest first.")
    @GetMapping("/notes/unsigned")
    List<UnsignedNote> unsigned(Caller caller) {
        return episodes.unsignedPastDue(caller);
    }
}
