package com.physiopractice.fhir.r4;

import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.records.CareEpisodes;
import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.records.HomeExercises;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.NoteStatus;
import com.physiopractice.records.OutcomeMeasures;
import com.physiopractice.records.OutcomeMeasures.MeasureStatus;
import com.physiopractice.records.OutcomeMeasures.MeasureView;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.triage.IntakeReviews;
import com.physiopractice.triage.IntakeReviews.IntakeRecord;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The clinical record through FHIR, read with the records module's own access rules (a patient her
 * own, a therapist those she treats): what the caller may not read is not found. Reads audited.
 */
@Service
class RecordReads {

    private final CareEpisodes episodes;
    private final OutcomeMeasures measures;
    private final HomeExercises exercises;
    private final RecordResources resources;
    private final AuditTrail audit;
    private final Clock clock;
    private final IntakeReviews intakes;
    private final IntakeForms intakeForms;
    private final IntakeResources intakeResources;

    RecordReads(CareEpisodes episodes, OutcomeMeasures measures, HomeExercises exercises, RecordResources resources,
            AuditTrail audit, Clock clock, IntakeReviews intakes, IntakeForms intakeForms,
            IntakeResources intakeResources) {
        this.intakes = intakes;
        this.intakeForms = intakeForms;
        this.intakeResources = intakeResources;
        this.episodes = episodes;
        this.measures = measures;
        this.exercises = exercises;
        this.resources = resources;
        this.audit = audit;
        this.clock = clock;
    }

    /** A published questionnaire: the intake form ({@code intake-2}) or an outcome measure's ({@code odi-2.1a}). */
    Resource questionnaire(String id) {
        IntakeQuestionnaire intake = intakeForms.questionnaire();
        if (IntakeResources.questionnaireId(intake.version()).equals(id)) {
            return intakeResources.questionnaire(intake);
        }
        for (Instrument instrument : Instrument.values()) {
            if (RecordResources.questionnaireId(instrument, instrument.version()).equals(id)) {
                return resources.questionnaire(measures.blankForm(instrument), instrument.version());
            }
        }
        throw new NotFoundException("The questionnaire");
    }

    List<Resource> questionnaires() {
        List<Resource> all = new ArrayList<>();
        all.add(intakeResources.questionnaire(intakeForms.questionnaire()));
        for (Instrument instrument : Instrument.values()) {
            all.add(resources.questionnaire(measures.blankForm(instrument), instrument.version()));
        }
        return all;
    }

    List<Resource> conditions(Caller caller, PatientId patient) {
        return conditions(episodesOf(caller, patient));
    }

    /** Each scored measure, optionally of one instrument ({@code code=ODI} or {@code system|ODI}). */
    List<Resource> observations(Caller caller, PatientId patient, @Nullable String code) {
        return observations(answered(caller, episodesOf(caller, patient)), code);
    }

    /** Her intake forms and her answered outcome measures. */
    List<Resource> questionnaireResponses(Caller caller, PatientId patient) {
        return questionnaireResponses(caller, intakes.answeredBy(caller, patient),
                answered(caller, episodesOf(caller, patient)));
    }

    List<Resource> flags(Caller caller, PatientId patient) {
        return flags(intakes.answeredBy(caller, patient));
    }

    List<Resource> carePlans(Caller caller, PatientId patient) {
        return carePlans(caller, episodesOf(caller, patient));
    }

    List<Resource> signedNotes(Caller caller, PatientId patient) {
        return signedNotes(episodesOf(caller, patient));
    }

    /**
     * All of the above for one patient, the questionnaires her answers refer to included; her
     * episodes, intakes and measures read once for all of them.
     */
    List<Resource> everything(Caller caller, PatientId patient) {
        List<EpisodeView> episodes = episodesOf(caller, patient);
        List<IntakeRecord> intakesAnswered = intakes.answeredBy(caller, patient);
        List<MeasureView> answered = answered(caller, episodes);
        List<Resource> all = new ArrayList<>();
        all.addAll(conditions(episodes));
        all.addAll(flags(intakesAnswered));
        Map<String, Resource> questionnaires = new LinkedHashMap<>();
        IntakeQuestionnaire intake = intakeForms.questionnaire();
        questionnaires.put(IntakeResources.questionnaireId(intake.version()), intakeResources.questionnaire(intake));
        answered.forEach(measure -> questionnaires.computeIfAbsent(
                RecordResources.questionnaireId(measure.instrument(), measure.instrumentVersion()),
                id -> resources.questionnaire(measures.blankForm(measure.instrument()), measure.instrumentVersion())));
        all.addAll(questionnaires.values());
        all.addAll(questionnaireResponses(caller, intakesAnswered, answered));
        all.addAll(observations(answered, null));
        all.addAll(carePlans(caller, episodes));
        all.addAll(signedNotes(episodes));
        return all;
    }

    private List<Resource> conditions(List<EpisodeView> episodes) {
        audit.recordEach(FhirReads.FHIR_READ, "Condition", episodes.stream().map(EpisodeView::id).toList());
        return episodes.stream().map(resources::condition).map(Resource.class::cast).toList();
    }

    private List<Resource> observations(List<MeasureView> answered, @Nullable String code) {
        List<MeasureView> scored = answered.stream().filter(measure -> measure.score() != null)
                .filter(measure -> code == null || code.equals(measure.instrument().name())
                        || code.equals(RecordResources.INSTRUMENTS + "|" + measure.instrument().name()))
                .toList();
        audit.recordEach(FhirReads.FHIR_READ, "Observation", scored.stream().map(MeasureView::id).toList());
        return scored.stream().map(resources::observation).map(Resource.class::cast).toList();
    }

    private List<Resource> questionnaireResponses(Caller caller, List<IntakeRecord> intakesAnswered,
            List<MeasureView> answered) {
        IntakeQuestionnaire current = intakeForms.questionnaire();
        List<Resource> responses = new ArrayList<>(intakesAnswered.stream()
                .map(intake -> intakeResources.response(intake, current)).toList());
        audit.recordEach(FhirReads.FHIR_READ, "QuestionnaireResponse", answered.stream().map(MeasureView::id).toList());
        answered.forEach(measure -> responses.add(resources.questionnaireResponse(measure, measures.form(caller,
                measure.id()))));
        return responses;
    }

    /** The red flags her intakes raised (newest first); those of her latest intake are active. */
    private List<Resource> flags(List<IntakeRecord> intakesAnswered) {
        List<Resource> flags = new ArrayList<>();
        for (int i = 0; i < intakesAnswered.size(); i++) {
            flags.addAll(intakeResources.flags(intakesAnswered.get(i), i == 0));
        }
        return flags;
    }

    private List<Resource> carePlans(Caller caller, List<EpisodeView> episodes) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Resource> plans = new ArrayList<>();
        for (EpisodeView episode : episodes) {
            exercises.ofEpisode(caller, episode.id()).ifPresent(programme -> {
                plans.add(resources.carePlan(programme, episode, today));
                audit.record(FhirReads.FHIR_READ, "CarePlan", programme.id());
            });
        }
        return plans;
    }

    /** Each signed note as a Composition followed by the Provenance of its signature. */
    private List<Resource> signedNotes(List<EpisodeView> episodes) {
        List<Resource> documents = new ArrayList<>();
        for (EpisodeView episode : episodes) {
            episode.notes().stream().filter(note -> note.status() == NoteStatus.SIGNED).forEach(note -> {
                documents.add(resources.composition(note));
                documents.add(resources.provenance(note));
                audit.record(FhirReads.FHIR_READ, "Composition", note.id());
            });
        }
        return documents;
    }

    private List<EpisodeView> episodesOf(Caller caller, PatientId patient) {
        try {
            return episodes.ofPatient(caller, patient);
        } catch (NotFoundException notTheirs) {
            return List.of();
        }
    }

    private List<MeasureView> answered(Caller caller, List<EpisodeView> episodes) {
        List<MeasureView> answered = new ArrayList<>();
        for (EpisodeView episode : episodes) {
            measures.ofEpisode(caller, episode.id()).stream()
                    .filter(measure -> measure.status() == MeasureStatus.ANSWERED && measure.answeredAt() != null)
                    .forEach(answered::add);
        }
        return answered;
    }
}
