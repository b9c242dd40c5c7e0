package com.physiopractice.records.measure;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.OutcomeMeasures.Occasion;
import com.physiopractice.records.episode.Episode;
import com.physiopractice.records.settings.RecordsSettings;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Asks an episode's measures: the set its body region calls for, less the instruments switched off.
 * Runs inside the change that makes them due (opening, a signed follow-up, discharge, the weekly check).
 */
@Component
public class MeasurePlanner {

    static final AuditAction MEASURE_REQUESTED = AuditAction.of("MEASURE_REQUESTED");

    private final MeasureRequests requests;
    private final RecordsSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    MeasurePlanner(MeasureRequests requests, RecordsSettings settings, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Instrument> instrumentsFor(Episode episode) {
        return episode.region().measures().stream().filter(settings::asks).toList();
    }

    /** Asks the episode's set of measures now. */
    public void askAll(Episode episode, Occasion occasion) {
        instrumentsFor(episode).forEach(instrument -> ask(episode, instrument, occasion));
        episode.measuresAsked(clock.instant());
    }

    MeasureRequest ask(Episode episode, Instrument instrument, Occasion occasion) {
        MeasureRequest saved = requests.save(MeasureRequest.ask(episode.id(), episode.patient(), instrument, occasion,
                clock.instant()));
        audit.recordWithChange(MEASURE_REQUESTED, MeasureService.SUBJECT, saved.id());
        return saved;
    }

    /** Whether review measures are due for an open episode now, by the settings. */
    public boolean reviewDue(Episode episode) {
        return episode.reviewMeasuresDue(clock.instant(), settings.measuresEveryWeeks(), settings.measuresEverySessions());
    }
}
