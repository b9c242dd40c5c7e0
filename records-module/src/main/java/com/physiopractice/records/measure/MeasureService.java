package com.physiopractice.records.measure;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.EpisodeId;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.MeasureId;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.records.episode.Episode;
import com.physiopractice.records.episode.EpisodeAccess;
import com.physiopractice.records.settings.RecordsSettings;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.RuleViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MeasureService implements OutcomeMeasures {

    static final String SUBJECT = "measure";
    static final AuditAction MEASURES_READ = AuditAction.of("MEASURES_READ");
    static final AuditAction MEASURE_READ = AuditAction.of("MEASURE_READ");
    static final AuditAction MEASURE_ANSWERED = AuditAction.of("MEASURE_ANSWERED");

    private final MeasureRequests requests;
    private final EpisodeAccess access;
    private final MeasurePlanner planner;
    private final MeasureForms forms;
    private final RecordsSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    MeasureService(MeasureRequests requests, EpisodeAccess access, MeasurePlanner planner, MeasureForms forms,
            RecordsSettings settings, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.access = access;
        this.planner = planner;
        this.forms = forms;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeasureView> ofEpisode(Caller caller, EpisodeId episode) {
        access.readable(caller, episode);
        List<MeasureView> measures = requests.findByEpisodeNewestFirst(episode.value()).stream().map(MeasureService::view).toList();
        audit.record(MEASURES_READ, "episode", episode);
        return measures;
    }

    @Override
    @Transactional
    public MeasureView request(Caller therapist, EpisodeId episodeId, Instrument instrument) {
        Episode episode = access.treatedBy(therapist, episodeId);
        episode.requireOpen();
        if (!settings.asks(instrument)) {
            throw new RuleViolationException("instrument-switched-off", "This measure is switched off",
                    "The practice does not ask the " + instrument.title() + " (practice.records.instruments-switched-off).");
        }
        return view(planner.ask(episode, instrument, Occasion.REQUESTED));
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureView read(Caller caller, MeasureId measure) {
        MeasureRequest request = readable(caller, measure);
        audit.record(MEASURE_READ, SUBJECT, measure);
        return view(request);
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureForm form(Caller caller, MeasureId measure) {
        MeasureRequest request = readable(caller, measure);
        return forms.of(request.instrument(), psfsActivities(request));
    }

    @Override
    public MeasureForm blankForm(Instrument instrument) {
        return forms.of(instrument, List.of());
    }

    @Override
    @Transactional
    public MeasureView answer(Caller patient, MeasureId measure, Map<String, String> answers) {
        MeasureRequest request = requests.findByIdForAnswer(measure.value())
                .filter(found -> found.isOf(patient.requirePatient())).orElseThrow(MeasureService::missing);
        Scoring.Scored scored = Scoring.score(request.instrument(), answers, psfsActivities(request));
        request.answer(scored, clock.instant());
        MeasureRequest saved = requests.save(request);
        audit.recordWithChange(MEASURE_ANSWERED, SUBJECT, measure);
        return view(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeasureView> waitingFor(Caller patient) {
        List<MeasureView> waiting = requests.findByPatientAndStatus(patient.requirePatient().value(), MeasureStatus.REQUESTED)
                .stream().map(MeasureService::view).toList();
        audit.recordEach(MEASURE_READ, SUBJECT, waiting.stream().map(MeasureView::id).toList());
        return waiting;
    }

    private MeasureRequest readable(Caller caller, MeasureId measure) {
        MeasureRequest request = requests.findById(measure.value()).orElseThrow(MeasureService::missing);
        try {
            access.readable(caller, request.episode());
        } catch (NotFoundException notTheirs) {
            throw missing();
        }
        return request;
    }

    /** The activities of the episode's first answered PSFS, which every later one rates again. */
    private List<String> psfsActivities(MeasureRequest request) {
        if (request.instrument() != Instrument.PSFS) {
            return List.of();
        }
        return requests.findAnswered(request.episode().value(), Instrument.PSFS).stream()
                .filter(first -> !first.id().equals(request.id())).findFirst()
                .map(first -> IntStream.range(0, Scoring.PSFS_MAX_ACTIVITIES)
                        .mapToObj(i -> first.answers().get("psfs[" + i + "].activity"))
                        .filter(java.util.Objects::nonNull).toList())
                .orElse(List.of());
    }

    static MeasureView view(MeasureRequest request) {
        return new MeasureView(request.id(), request.episode(), request.patient(), request.instrument(),
                request.instrumentVersion(), request.occasion(), request.status(), request.requestedAt(),
                request.answeredAt(), request.score(), request.interpretation(), request.answers());
    }

    private static NotFoundException missing() {
        return new NotFoundException("The questionnaire");
    }
}
