package com.physiopractice.fhir.r4;

import com.physiopractice.records.CareEpisodes.EpisodeView;
import com.physiopractice.records.CareEpisodes.NoteView;
import com.physiopractice.records.EpisodeStatus;
import com.physiopractice.records.HomeExercises.PrescribedExercise;
import com.physiopractice.records.HomeExercises.ProgrammeView;
import com.physiopractice.records.Instrument;
import com.physiopractice.records.NoteContent;
import com.physiopractice.records.NoteStatus;
import com.physiopractice.records.OutcomeMeasures.MeasureForm;
import com.physiopractice.records.OutcomeMeasures.MeasureStatus;
import com.physiopractice.records.OutcomeMeasures.MeasureView;
import com.physiopractice.records.OutcomeMeasures.Question;
import com.physiopractice.triage.ConditionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Signature;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The clinical record as FHIR R4: an episode of care's working diagnosis is a Condition, each outcome
 * measure's form a Questionnaire (one per instrument and version), each answered one a
 * QuestionnaireResponse and its score an Observation derived from it, a home exercise programme a
 * CarePlan, and a signed note a Composition with a Provenance for the signature.
 */
@Component
class RecordResources {

    static final String BASE = "https://physio-practice.example/fhir";
    static final String INSTRUMENTS = BASE + "/CodeSystem/outcome-measure";
    static final String CONDITIONS = BASE + "/CodeSystem/condition";

    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    private static final String SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013";

    /** One Questionnaire per instrument and version: {@code odi-2.1a}. */
    static String questionnaireId(Instrument instrument, String version) {
        return instrument.name().toLowerCase(Locale.ROOT) + "-" + version.replaceAll("[^A-Za-z0-9.]", "-");
    }

    Questionnaire questionnaire(MeasureForm form, String version) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(questionnaireId(form.instrument(), version));
        questionnaire.setUrl(BASE + "/Questionnaire/" + form.instrument().name().toLowerCase(Locale.ROOT));
        questionnaire.setVersion(version);
        questionnaire.setName(form.instrument().name());
        questionnaire.setTitle(form.title());
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription(form.instructions());
        if (form.copyright() != null) {
            questionnaire.setCopyright(form.copyright());
        }
        questionnaire.addCode(new Coding(INSTRUMENTS, form.instrument().name(), form.instrument().title()));
        for (Question question : form.questions()) {
            Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem().setLinkId(question.field())
                    .setText(question.text()).setRequired(question.required());
            switch (question.type()) {
                case "CHOICE" -> {
                    item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
                    question.options().forEach(option -> item.addAnswerOption()
                            .setValue(new Coding(INSTRUMENTS + "/" + form.instrument().name().toLowerCase(Locale.ROOT),
                                    option.code(), option.label())));
                }
                case "SCALE" -> item.setType(Questionnaire.QuestionnaireItemType.INTEGER);
                default -> item.setType(Questionnaire.QuestionnaireItemType.STRING);
            }
        }
        return questionnaire;
    }

    QuestionnaireResponse questionnaireResponse(MeasureView measure, @Nullable MeasureForm form) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(measure.id().toString());
        response.setQuestionnaire(BASE + "/Questionnaire/" + measure.instrument().name().toLowerCase(Locale.ROOT) + "|"
                + measure.instrumentVersion());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient(measure.patient().toString()));
        response.setSource(patient(measure.patient().toString()));
        if (measure.answeredAt() != null) {
            response.setAuthored(Date.from(measure.answeredAt()));
        }
        Map<String, String> answers = measure.answers();
        List<Question> questions = form == null ? List.of() : form.questions();
        for (Question question : questions) {
            String answer = answers.get(question.field());
            if (answer == null || answer.isBlank()) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent item = response.addItem()
                    .setLinkId(question.field()).setText(question.text());
            switch (question.type()) {
                case "CHOICE" -> question.options().stream().filter(option -> option.code().equals(answer)).findFirst()
                        .ifPresent(option -> item.addAnswer().setValue(new Coding(INSTRUMENTS + "/"
                                + measure.instrument().name().toLowerCase(Locale.ROOT), option.code(), option.label())));
                case "SCALE" -> item.addAnswer().setValue(new IntegerType(Integer.parseInt(answer.trim())));
                default -> item.addAnswer().setValue(new StringType(answer));
            }
        }
        return response;
    }

    Observation observation(MeasureView measure) {
        if (measure.status() != MeasureStatus.ANSWERED || measure.score() == null || measure.answeredAt() == null) {
            throw new IllegalArgumentException("only a scored measure is an observation");
        }
        Observation observation = new Observation();
        observation.setId(measure.id().toString());
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setCode(instrumentCode(measure.instrument()));
        observation.setSubject(patient(measure.patient().toString()));
        observation.setEffective(new DateTimeType(Date.from(measure.answeredAt())));
        observation.setIssued(Date.from(measure.answeredAt()));
        observation.setValue(new Quantity().setValue(measure.score()).setUnit("score"));
        if (measure.interpretation() != null) {
            observation.addInterpretation().setText(measure.interpretation());
        }
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + measure.id()));
        observation.addNote().setText(measure.instrument().title() + " " + measure.instrumentVersion() + ", "
                + measure.occasion().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return observation;
    }

    /** The episode's problem, with the latest signed note's working diagnosis when there is one. */
    Condition condition(EpisodeView episode) {
        Condition condition = new Condition();
        condition.setId(episode.id().toString());
        boolean open = episode.status() == EpisodeStatus.OPEN;
        condition.setClinicalStatus(new CodeableConcept(new Coding(CONDITION_CLINICAL, open ? "active" : "resolved",
                open ? "Active" : "Resolved")));
        condition.setVerificationStatus(new CodeableConcept(new Coding(CONDITION_VERIFICATION, "provisional",
                "Provisional")));
        condition.addCategory(new CodeableConcept(new Coding(CONDITION_CATEGORY, "problem-list-item",
                "Problem List Item")));
        CodeableConcept code = new CodeableConcept().setText(episode.problem());
        workingDiagnosis(episode).ifPresent(diagnosis -> code.addCoding(new Coding(CONDITIONS, diagnosis.name(),
                named(diagnosis))));
        condition.setCode(code);
        condition.addBodySite().setText(humane(episode.region().name()));
        condition.setSubject(patient(episode.patient().toString()));
        condition.setRecordedDate(Date.from(episode.openedAt()));
        condition.setRecorder(new Reference("Practitioner/" + episode.therapist()));
        condition.setOnset(new DateTimeType(Date.from(episode.openedAt())));
        if (episode.dischargedAt() != null) {
            condition.setAbatement(new DateTimeType(Date.from(episode.dischargedAt())));
        }
        return condition;
    }

    private static java.util.Optional<ConditionCode> workingDiagnosis(EpisodeView episode) {
        return episode.notes().stream().filter(note -> note.status() != NoteStatus.DRAFT && note.signedAt() != null)
                .sorted(Comparator.comparing(NoteView::signedAt).reversed())
                .map(note -> note.content().assessment().workingDiagnosis()).filter(java.util.Objects::nonNull)
                .findFirst();
    }

    CarePlan carePlan(ProgrammeView programme, EpisodeView episode, LocalDate today) {
        CarePlan plan = new CarePlan();
        plan.setId(programme.id().toString());
        plan.setStatus(programme.open() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Home exercise programme");
        plan.setSubject(patient(programme.patient().toString()));
        plan.setAuthor(new Reference("Practitioner/" + episode.therapist()));
        plan.addAddresses(new Reference("Condition/" + episode.id()));
        plan.setCreated(Date.from(programme.updatedAt()));
        for (PrescribedExercise exercise : programme.exercises()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setKind(CarePlan.CarePlanActivityKind.TASK);
            detail.getCode().setText(exercise.title());
            detail.setStatus(exercise.stoppedOn() != null ? CarePlan.CarePlanActivityStatus.STOPPED
                    : !programme.open() || (exercise.endsOn() != null && exercise.endsOn().isBefore(today))
                            ? CarePlan.CarePlanActivityStatus.COMPLETED : CarePlan.CarePlanActivityStatus.INPROGRESS);
            detail.setDescription(exercise.sets() + " sets of " + exercise.repetitions() + " repetitions"
                    + (exercise.holdSeconds() > 0 ? ", holding " + exercise.holdSeconds() + " s" : "") + ", "
                    + exercise.timesPerDay() + " times a day, " + exercise.daysPerWeek() + " days a week"
                    + (exercise.notes() == null ? "" : ". " + exercise.notes()));
            Period period = new Period().setStartElement(new DateTimeType(exercise.startsOn().toString()));
            if (exercise.endsOn() != null) {
                period.setEndElement(new DateTimeType(exercise.endsOn().toString()));
            }
            detail.setScheduled(period);
        }
        return plan;
    }

    /** A signed note: the document, its sections in plain words. */
    Composition composition(NoteView note) {
        if (note.signedAt() == null) {
            throw new IllegalArgumentException("only a signed note is a document");
        }
        Composition composition = new Composition();
        composition.setId(note.id().toString());
        composition.setStatus(Composition.CompositionStatus.FINAL);
        composition.setType(new CodeableConcept().setText("Physiotherapy " + humane(note.kind().name()) + " note"));
        composition.setSubject(patient(note.patient().toString()));
        if (note.consultation() != null) {
            composition.setEncounter(new Reference("Encounter/" + note.consultation()));
        }
        composition.setDate(Date.from(note.signedAt()));
        composition.addAuthor(new Reference("Practitioner/" + note.author()));
        composition.setTitle("Physiotherapy note, " + note.treatedAt().toString().substring(0, 10));
        NoteContent content = note.content();
        section(composition, "Subjective", lines(content.subjective().history(), content.subjective().function(),
                content.subjective().patientGoals(),
                content.subjective().painNow() == null ? null : "Pain now: " + content.subjective().painNow() + "/10"));
        section(composition, "Objective", lines(content.objective().rangeOfMovement(),
                content.objective().straightLegRaise(), content.objective().slump(), content.objective().myotomes(),
                content.objective().dermatomes(), content.objective().reflexes(), content.objective().faber()));
        section(composition, "Assessment", lines(content.assessment().workingDiagnosis() == null ? null
                : "Working diagnosis: " + named(content.assessment().workingDiagnosis()),
                content.assessment().reasoning()));
        section(composition, "Plan", lines(content.plan().interventions(), content.plan().exercises(),
                content.plan().nextReview() == null ? null : "Next review: " + content.plan().nextReview()));
        section(composition, "Notes", lines(content.freeText()));
        note.addenda().forEach(addendum -> section(composition, "Addendum " + addendum.writtenAt().toString()
                .substring(0, 10), lines(addendum.text())));
        if (composition.getSection().isEmpty()) {
            section(composition, "Note", List.of("Signed without further text."));
        }
        return composition;
    }

    /** Who signed the note, and when. */
    Provenance provenance(NoteView note) {
        if (note.signedAt() == null) {
            throw new IllegalArgumentException("only a signed note has a signature");
        }
        Provenance provenance = new Provenance();
        provenance.setId(note.id().toString());
        provenance.addTarget(new Reference("Composition/" + note.id()));
        provenance.setRecorded(Date.from(note.signedAt()));
        provenance.addAgent().setWho(new Reference("Practitioner/" + note.author()));
        Signature signature = new Signature();
        signature.addType(new Coding(SIGNATURE_TYPE, "1.2.840.10065.1.12.1.1", "Author's Signature"));
        signature.setWhen(Date.from(note.signedAt()));
        signature.setWho(new Reference("Practitioner/" + note.author()));
        provenance.addSignature(signature);
        return provenance;
    }

    private static void section(Composition composition, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        lines.forEach(line -> div.addTag("p").addText(line));
        composition.addSection().setTitle(title).setText(new Narrative()
                .setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div));
    }

    private static List<String> lines(@Nullable String... texts) {
        List<String> lines = new ArrayList<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static CodeableConcept instrumentCode(Instrument instrument) {
        return new CodeableConcept(new Coding(INSTRUMENTS, instrument.name(), instrument.title()))
                .setText(instrument.title());
    }

    private static Reference patient(String id) {
        return new Reference("Patient/" + id);
    }

    /** The working diagnosis in the words the therapist chose it by on her pages. */
    static String named(ConditionCode condition) {
        return switch (condition) {
            case SPRAIN_STRAIN -> "Sprain or strain";
            case HERNIATED_DISC -> "Herniated disc";
            case TIGHT_HIP_FLEXORS -> "Tight hip flexors";
            case OSTEOARTHRITIS -> "Osteoarthritis";
            case SI_JOINT_DYSFUNCTION -> "Sacroiliac joint dysfunction";
            case PAGETS_DISEASE -> "Paget's disease";
            case ANKYLOSING_SPONDYLITIS -> "Ankylosing spondylitis";
        };
    }

    private static String humane(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
