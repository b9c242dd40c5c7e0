package com.physiopractice.records.episode;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.booking.AppointmentLookup;
import com.physiopractice.booking.AppointmentView;
import com.physiopractice.booking.PracticeDiary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.TherapistDirectory;
import com.physiopractice.people.TherapistProfile;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteId;
import com.physiopractice.records.NoteKind;
import com.physiopractice.records.NoteStatus;
import com.physiopractice.records.OutcomeMeasures.Occasion;
import com.physiopractice.records.measure.MeasurePlanner;
import com.physiopractice.sharedkernel.AppointmentId;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import com.physiopractice.sharedkernel.problems.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EpisodeService implements CareEpisodes {

    static final String EPISODE = "episode";
    static final String NOTE = "note";
    static final AuditAction EPISODES_LISTED = AuditAction.of("EPISODES_LISTED");
    static final AuditAction EPISODE_READ = AuditAction.of("EPISODE_READ");
    static final AuditAction EPISODE_OPENED = AuditAction.of("EPISODE_OPENED");
    static final AuditAction EPISODE_DISCHARGED = AuditAction.of("EPISODE_DISCHARGED");
    static final AuditAction NOTE_STARTED = AuditAction.of("NOTE_STARTED");
    static final AuditAction NOTE_READ = AuditAction.of("NOTE_READ");
    static final AuditAction NOTE_REVISED = AuditAction.of("NOTE_REVISED");
    static final AuditAction NOTE_SIGNED = AuditAction.of("NOTE_SIGNED");
    static final AuditAction NOTE_ADDENDUM_ADDED = AuditAction.of("NOTE_ADDENDUM_ADDED");
    static final AuditAction UNSIGNED_NOTES_LISTED = AuditAction.of("UNSIGNED_NOTES_LISTED");

    private final Episodes episodes;
    private final ClinicalNotes notes;
    private final EpisodeAccess access;
    private final AppointmentLookup appointments;
    private final PracticeDiary diary;
    private final TherapistDirectory therapists;
    private final MeasurePlanner measures;
    private final AuditTrail audit;
    private final Clock clock;

    EpisodeService(Episodes episodes, ClinicalNotes notes, EpisodeAccess access, AppointmentLookup appointments,
            PracticeDiary diary, TherapistDirectory therapists, MeasurePlanner measures, AuditTrail audit, Clock clock) {
        this.episodes = episodes;
        this.notes = notes;
        this.access = access;
        this.appointments = appointments;
        this.diary = diary;
        this.therapists = therapists;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EpisodeView> ofPatient(Caller caller, PatientId patient) {
        if (caller.isPatient() && !caller.requirePatient().equals(patient)) {
            throw new NotFoundException("The patient");
        }
        List<Episode> found = episodes.findByPatientNewestFirst(patient.value()).stream()
                .filter(episode -> access.mayRead(caller, episode)).toList();
        // A therapist who neither treats her in an episode nor has seen her in a consultation learns nothing.
        if (caller.isTherapist() && found.isEmpty() && diary.withPatient(caller, patient).isEmpty()) {
            throw new NotFoundException("The patient");
        }
        audit.recordEach(EPISODES_LISTED, EPISODE, found.stream().map(Episode::id).toList());
        return found.stream().map(episode -> view(caller, episode)).toList();
    }

    @Override
    @Transactional
    public EpisodeView open(Caller therapist, PatientId patient, NewEpisode request) {
        if (request == null || request.firstConsultation() == null) {
            throw InvalidInputException.of("firstConsultation", "name the consultation the episode opens at");
        }
        AppointmentView consultation = appointments.find(request.firstConsultation())
                .filter(found -> found.therapist().equals(therapist.requireTherapist()) && found.patient().equals(patient))
                .orElseThrow(() -> InvalidInputException.of("firstConsultation",
                        "not one of your consultations with this patient"));
        Episode episode = new Episode(EpisodeId.random(), patient, therapist.requireTherapist(), request.problem(),
                request.region(), consultation.intake(), consultation.id(), clock.instant());
        Episode saved = episodes.save(episode);
        measures.askAll(saved, Occasion.FIRST_CONSULTATION);
        audit.recordWithChange(EPISODE_OPENED, EPISODE, saved.id());
        return view(therapist, saved);
    }

    @Override
    @Transactional(readOnly = true)
    public EpisodeView read(Caller caller, EpisodeId id) {
        Episode episode = access.readable(caller, id);
        audit.record(EPISODE_READ, EPISODE, id);
        return view(caller, episode);
    }

    @Override
    @Transactional
    public EpisodeView discharge(Caller therapist, EpisodeId id, String summary) {
        access.treatedBy(therapist, id);
        Episode episode = episodes.findByIdForUpdate(id.value()).orElseThrow(EpisodeAccess::missing);
        episode.discharge(summary, clock.instant());
        measures.askAll(episode, Occasion.DISCHARGE);
        Episode saved = episodes.save(episode);
        audit.recordWithChange(EPISODE_DISCHARGED, EPISODE, id);
        return view(therapist, saved);
    }

    @Override
    @Transactional
    public NoteView startNote(Caller therapist, EpisodeId id, NoteKind kind, @Nullable AppointmentId consultation,
            NoteContent content) {
        Episode episode = access.treatedBy(therapist, id);
        episode.requireOpen();
        Instant treatedAt = clock.instant();
        if (consultation != null) {
            treatedAt = appointments.find(consultation)
                    .filter(found -> found.patient().equals(episode.patient())
                            && found.therapist().equals(therapist.requireTherapist()))
                    .orElseThrow(() -> InvalidInputException.of("consultation",
                            "not one of your consultations with this patient"))
                    .start();
            if (treatedAt.isAfter(clock.instant())) {
                throw new RuleViolationException("consultation-not-started", "The consultation has not started",
                        "A note records a consultation that has taken place; start it once the consultation begins.");
            }
        }
        ZoneId zone = therapists.find(therapist.requireTherapist()).map(TherapistProfile::timeZone).orElse(ZoneId.of("UTC"));
        Instant dueBy = endOfDay(treatedAt, zone);
        ClinicalNote saved = notes.save(new ClinicalNote(NoteId.random(), id, episode.patient(), therapist.requireTherapist(),
                kind, consultation, treatedAt, dueBy, content == null ? NoteContent.EMPTY : content, clock.instant()));
        audit.recordWithChange(NOTE_STARTED, NOTE, saved.id());
        return view(saved);
    }

    /** The first instant of the next day in the zone: a note is written on its consultation's day. */
    static Instant endOfDay(Instant treatedAt, ZoneId zone) {
        return treatedAt.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Override
    @Transactional(readOnly = true)
    public NoteView note(Caller caller, NoteId id) {
        ClinicalNote note = readable(caller, id);
        audit.record(NOTE_READ, NOTE, id);
        return view(note);
    }

    @Override
    @Transactional
    public NoteView revise(Caller therapist, NoteId id, NoteContent content, @Nullable Long expectedVersion) {
        ClinicalNote note = readable(therapist, id);
        if (expectedVersion != null && expectedVersion != note.version()) {
            throw new StaleEditException("stale-edit", "The note changed meanwhile",
                    "This note was saved elsewhere after you opened it; reload it and write your changes again.");
        }
        note.revise(therapist.requireTherapist(), content, clock.instant());
        ClinicalNote saved = notes.save(note);
        audit.recordWithChange(NOTE_REVISED, NOTE, id);
        return view(saved);
    }

    @Override
    @Transactional
    public NoteView sign(Caller therapist, NoteId id) {
        ClinicalNote note = readable(therapist, id);
        note.sign(therapist.requireTherapist(), clock.instant());
        ClinicalNote saved = notes.save(note);
        audit.recordWithChange(NOTE_SIGNED, NOTE, id);
        if (note.kind() == NoteKind.FOLLOW_UP) {
            Episode episode = episodes.findByIdForUpdate(note.episode().value()).orElseThrow(EpisodeAccess::missing);
            episode.sessionHeld();
            if (measures.reviewDue(episode)) {
                measures.askAll(episode, Occasion.REVIEW);
            }
            episodes.save(episode);
        }
        return view(saved);
    }

    @Override
    @Transactional
    public NoteView addAddendum(Caller therapist, NoteId id, String text) {
        ClinicalNote note = readable(therapist, id);
        note.addAddendum(therapist.requireTherapist(), text, clock.instant());
        ClinicalNote saved = notes.save(note);
        audit.recordWithChange(NOTE_ADDENDUM_ADDED, NOTE, id);
        return view(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnsignedNote> unsignedPastDue(Caller therapist) {
        List<UnsignedNote> due = notes.findPastDue(therapist.requireTherapist().value(), NoteStatus.DRAFT, clock.instant())
                .stream().map(note -> new UnsignedNote(note.id(), note.episode(), note.patient(), note.kind(),
                        note.treatedAt(), note.dueBy())).toList();
        audit.recordEach(UNSIGNED_NOTES_LISTED, NOTE, due.stream().map(UnsignedNote::note).toList());
        return due;
    }

    /** A note its episode lets the caller read; a patient reads only signed ones. */
    private ClinicalNote readable(Caller caller, NoteId id) {
        ClinicalNote note = notes.findById(id.value()).orElseThrow(EpisodeService::noteMissing);
        if (caller.isPatient() && !note.isSigned()) {
            throw noteMissing();
        }
        try {
            access.readable(caller, note.episode());
        } catch (NotFoundException notTheirs) {
            throw noteMissing();
        }
        return note;
    }

    private EpisodeView view(Caller caller, Episode episode) {
        List<NoteView> episodeNotes = notes.findByEpisodeOldestFirst(episode.id().value()).stream()
                .filter(note -> !caller.isPatient() || note.isSigned()).map(EpisodeService::view).toList();
        return new EpisodeView(episode.id(), episode.patient(), episode.therapist(), episode.problem(), episode.region(),
                episode.intake(), episode.firstConsultation(), episode.status(), episode.openedAt(),
                episode.dischargedAt(), episode.dischargeSummary(), measures.instrumentsFor(episode), episodeNotes);
    }

    static NoteView view(ClinicalNote note) {
        return new NoteView(note.id(), note.episode(), note.patient(), note.kind(), note.status(), note.author(),
                note.consultation(), note.treatedAt(), note.writtenAt(), note.updatedAt(), note.signedAt(), note.dueBy(),
                note.content(), note.addenda().stream()
                        .map(addendum -> new Addendum(addendum.author(), addendum.writtenAt(), addendum.text())).toList(),
                note.version());
    }

    private static NotFoundException noteMissing() {
        return new NotFoundException("The note");
    }
}
