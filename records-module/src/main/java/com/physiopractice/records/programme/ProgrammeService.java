package com.physiopractice.records.programme;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.content.ContentType;
import com.physiopractice.content.EducationLibrary;
import com.physiopractice.content.PieceSummary;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.people.PatientDirectory;
import com.physiopractice.people.PatientProfile;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.PrescriptionId;
import com.physiopractice.records.ProgrammeId;
import com.physiopractice.records.episode.Episode;
import com.physiopractice.records.episode.EpisodeAccess;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.triage.IntakeProfile;
import com.physiopractice.triage.TriageClearance;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProgrammeService implements HomeExercises {

    static final String SUBJECT = "programme";
    static final AuditAction PROGRAMME_READ = AuditAction.of("PROGRAMME_READ");
    static final AuditAction PROGRAMME_SET = AuditAction.of("PROGRAMME_SET");
    static final AuditAction EXERCISE_LOGGED = AuditAction.of("EXERCISE_LOGGED");
    static final AuditAction ADHERENCE_READ = AuditAction.of("ADHERENCE_READ");
    static final AuditAction REMINDER_SET = AuditAction.of("EXERCISE_REMINDER_SET");
    private static final int MAX_CARDS = 200;

    private final Programmes programmes;
    private final ExerciseSessions sessions;
    private final EpisodeAccess access;
    private final EducationLibrary library;
    private final TriageClearance triage;
    private final PatientDirectory patients;
    private final AuditTrail audit;
    private final Clock clock;

    ProgrammeService(Programmes programmes, ExerciseSessions sessions, EpisodeAccess access, EducationLibrary library,
            TriageClearance triage, PatientDirectory patients, AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.sessions = sessions;
        this.access = access;
        this.library = library;
        this.triage = triage;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgrammeView> ofEpisode(Caller caller, EpisodeId episodeId) {
        Episode episode = access.readable(caller, episodeId);
        Optional<ProgrammeView> found = programmes.findByEpisodeId(episodeId.value()).map(programme -> programme.view(
                episode.status() == EpisodeStatus.OPEN));
        found.ifPresent(programme -> audit.record(PROGRAMME_READ, SUBJECT, programme.id()));
        return found;
    }

    @Override
    @Transactional
    public ProgrammeView set(Caller therapist, EpisodeId episodeId, List<Prescribing> exercises) {
        Episode episode = access.treatedBy(therapist, episodeId);
        episode.requireOpen();
        List<PieceSummary> cards = exerciseCards();
        List<Programme.Setting> settings = check(exercises == null ? List.of() : exercises, cards,
                notAdvisedReasons(episode, cards));
        LocalDate today = today(episode.patient());
        Programme programme = programmes.findByEpisodeId(episodeId.value())
                .orElseGet(() -> new Programme(episodeId, episode.patient(), clock.instant()));
        programme.set(settings, today, clock.instant());
        Programme saved = programmes.save(programme);
        audit.recordWithChange(PROGRAMME_SET, SUBJECT, saved.id());
        return saved.view(true);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Card> cards(Caller therapist, EpisodeId episodeId) {
        Episode episode = access.treatedBy(therapist, episodeId);
        List<PieceSummary> published = exerciseCards();
        Map<String, String> notAdvised = notAdvisedReasons(episode, published);
        return published.stream().map(card -> new Card(card.slug(), card.title(), card.summary(),
                notAdvised.get(card.slug()))).toList();
    }

    @Override
    @Transactional
    public Session log(Caller patient, ProgrammeId programmeId, PrescriptionId exercise, @Nullable LocalDate doneOn,
            int pain, int difficulty) {
        Programme programme = own(patient, programmeId);
        Episode episode = access.readable(patient, programme.episode());
        LocalDate today = today(patient.requirePatient());
        ExerciseSession session = sessions.save(programme.log(exercise, doneOn == null ? today : doneOn, today, pain,
                difficulty, clock.instant(), episode.status() == EpisodeStatus.OPEN));
        audit.recordWithChange(EXERCISE_LOGGED, SUBJECT, programmeId);
        return session.view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdherenceWeek> adherence(Caller caller, ProgrammeId programmeId) {
        Programme programme = programmes.findById(programmeId.value()).orElseThrow(ProgrammeService::missing);
        readable(caller, programme);
        List<Session> logged = sessions.findByProgramme(programmeId.value()).stream().map(ExerciseSession::view).toList();
        audit.record(ADHERENCE_READ, SUBJECT, programmeId);
        return Adherence.weeks(programme.exercises(), logged, today(programme.patient()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgrammeView> mine(Caller patient) {
        List<ProgrammeView> mine = programmes.findByPatientId(patient.requirePatient().value()).stream()
                .map(programme -> programme.view(access.readable(patient, programme.episode()).status() == EpisodeStatus.OPEN))
                .sorted(java.util.Comparator.comparing(ProgrammeView::open).reversed()).toList();
        audit.recordEach(PROGRAMME_READ, SUBJECT, mine.stream().map(ProgrammeView::id).toList());
        return mine;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodaysExercise> today(Caller patient) {
        PatientId me = patient.requirePatient();
        LocalDate today = today(me);
        List<TodaysExercise> todays = new ArrayList<>();
        for (Programme programme : programmes.findByPatientId(me.value())) {
            Episode episode = access.readable(patient, programme.episode());
            if (episode.status() != EpisodeStatus.OPEN) {
                continue;
            }
            Map<PrescriptionId, Long> done = sessions.findByProgrammeAndDay(programme.id().value(), today).stream()
                    .map(ExerciseSession::view)
                    .collect(Collectors.groupingBy(Session::exercise, Collectors.counting()));
            programme.exercises().stream().filter(exercise -> exercise.activeOn(today))
                    .forEach(exercise -> todays.add(new TodaysExercise(programme.id(), exercise,
                            done.getOrDefault(exercise.id(), 0L).intValue())));
            audit.record(PROGRAMME_READ, SUBJECT, programme.id());
        }
        return todays;
    }

    @Override
    @Transactional
    public ProgrammeView remindAt(Caller patient, ProgrammeId programmeId, @Nullable LocalTime time) {
        Programme programme = own(patient, programmeId);
        Episode episode = access.readable(patient, programme.episode());
        programme.remindAt(time);
        Programme saved = programmes.save(programme);
        audit.recordWithChange(REMINDER_SET, SUBJECT, programmeId);
        return saved.view(episode.status() == EpisodeStatus.OPEN);
    }

    private Programme own(Caller patient, ProgrammeId id) {
        return programmes.findByIdForUpdate(id.value()).filter(programme -> programme.isOf(patient.requirePatient()))
                .orElseThrow(ProgrammeService::missing);
    }

    private void readable(Caller caller, Programme programme) {
        try {
            access.readable(caller, programme.episode());
        } catch (NotFoundException notTheirs) {
            throw missing();
        }
    }

    /** Every bad field of the whole list, by its place ({@code exercises[1].sets}); nothing is set unless all are good. */
    private List<Programme.Setting> check(List<Prescribing> exercises, List<PieceSummary> published,
            Map<String, String> notAdvised) {
        Map<String, PieceSummary> cards = published.stream()
                .collect(Collectors.toMap(PieceSummary::slug, Function.identity()));
        List<FieldProblem> problems = new ArrayList<>();
        List<Programme.Setting> settings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < exercises.size(); i++) {
            Prescribing exercise = exercises.get(i);
            String at = "exercises[" + i + "].";
            if (exercise == null) {
                problems.add(new FieldProblem("exercises[" + i + "]", "missing"));
                continue;
            }
            PieceSummary card = exercise.card() == null ? null : cards.get(exercise.card());
            int before = problems.size();
            if (card == null) {
                problems.add(new FieldProblem(at + "card", "not a published exercise card"));
            } else if (!seen.add(card.slug())) {
                problems.add(new FieldProblem(at + "card", "this card is in the programme already"));
            }
            range(problems, at + "sets", exercise.sets(), 1, 10);
            range(problems, at + "repetitions", exercise.repetitions(), 1, 100);
            range(problems, at + "holdSeconds", exercise.holdSeconds(), 0, 600);
            range(problems, at + "timesPerDay", exercise.timesPerDay(), 1, 5);
            range(problems, at + "daysPerWeek", exercise.daysPerWeek(), 1, 7);
            if (exercise.notes() != null && exercise.notes().length() > 1000) {
                problems.add(new FieldProblem(at + "notes", "at most 1000 characters"));
            }
            if (exercise.startsOn() == null) {
                problems.add(new FieldProblem(at + "startsOn", "the first day of the exercise"));
            } else if (exercise.endsOn() != null && exercise.endsOn().isBefore(exercise.startsOn())) {
                problems.add(new FieldProblem(at + "endsOn", "cannot be before the first day"));
            }
            String reason = card == null ? null : notAdvised.get(card.slug());
            if (reason != null && !Boolean.TRUE.equals(exercise.confirmNotAdvised())) {
                problems.add(new FieldProblem(at + "confirmNotAdvised", reason
                        + " Confirm that you prescribe it all the same."));
            }
            if (problems.size() == before && card != null) {
                String notes = exercise.notes() == null || exercise.notes().isBlank() ? null : exercise.notes().strip();
                settings.add(new Programme.Setting(card.slug(), card.title(), new Prescription.Dose(exercise.sets(),
                        exercise.repetitions(), exercise.holdSeconds(), exercise.timesPerDay(), exercise.daysPerWeek(),
                        notes, exercise.startsOn(), exercise.endsOn()), reason));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return settings;
    }

    private static void range(List<FieldProblem> problems, String field, @Nullable Integer value, int min, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "required, from " + min + " to " + max));
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, "from " + min + " to " + max));
        }
    }

    /** Why each card is not advised for the patient, by the triage profile of the intake the episode came from. */
    private Map<String, String> notAdvisedReasons(Episode episode, List<PieceSummary> cards) {
        Optional<IntakeProfile> profile = episode.intake() == null ? Optional.empty()
                : triage.profile(episode.patient(), episode.intake());
        if (profile.isEmpty()) {
            return Map.of();
        }
        Map<String, String> reasons = new HashMap<>();
        cards.forEach(card -> library.notAdvisedFor(card, profile.get())
                .ifPresent(reason -> reasons.put(card.slug(), reason)));
        return reasons;
    }

    private List<PieceSummary> exerciseCards() {
        return library.find(ContentType.EXERCISE, null, null, PageRequest.of(0, MAX_CARDS)).getContent();
    }

    private LocalDate today(PatientId patient) {
        ZoneId zone = patients.find(patient).map(PatientProfile::timeZone).orElse(ZoneId.of("UTC"));
        return LocalDate.now(clock.withZone(zone));
    }

    private static NotFoundException missing() {
        return new NotFoundException("The exercise programme");
    }
}
