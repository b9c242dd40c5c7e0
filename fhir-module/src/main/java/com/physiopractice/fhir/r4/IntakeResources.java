package com.physiopractice.fhir.r4;

import com.physiopractice.booking.AppointmentView;
import com.physiopractice.triage.CheckInSchedule;
import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.triage.IntakeReviews.AnsweredQuestion;
import com.physiopractice.triage.IntakeReviews.Flag;
import com.physiopractice.triage.IntakeReviews.IntakeRecord;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.stereotype.Component;

/**
 * The intake form as FHIR: the questionnaire of each version (sections as groups), each submitted
 * intake a QuestionnaireResponse, and each red flag its rules found a Flag on the patient.
 */
@Component
class IntakeResources {

    static final String INTAKE_URL = RecordResources.BASE + "/Questionnaire/intake";
    static final String INTAKE_ANSWERS = RecordResources.BASE + "/CodeSystem/intake-answer";
    static final String RED_FLAG_RULES = RecordResources.BASE + "/CodeSystem/triage-rule";
    private static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    static final String CHECK_INS = RecordResources.BASE + "/CodeSystem/check-in";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    static String questionnaireId(String version) {
        return "intake-" + version.replaceAll("[^A-Za-z0-9.]", "-");
    }

    Questionnaire questionnaire(IntakeQuestionnaire intake) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(questionnaireId(intake.version()));
        questionnaire.setUrl(INTAKE_URL);
        questionnaire.setVersion(intake.version());
        questionnaire.setName("Intake");
        questionnaire.setTitle(intake.title());
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription("Lower back and hip pain intake; triage ruleset " + intake.rulesetVersion());
        for (IntakeQuestionnaire.Section section : intake.sections()) {
            Questionnaire.QuestionnaireItemComponent group = questionnaire.addItem().setLinkId(section.code())
                    .setText(section.title()).setType(Questionnaire.QuestionnaireItemType.GROUP);
            for (IntakeQuestionnaire.Question question : section.questions()) {
                Questionnaire.QuestionnaireItemComponent item = group.addItem().setLinkId(question.field())
                        .setText(question.text()).setRequired(question.required());
                switch (question.type()) {
                    case "INTEGER" -> item.setType(Questionnaire.QuestionnaireItemType.INTEGER);
                    case "YES_NO" -> item.setType(Questionnaire.QuestionnaireItemType.BOOLEAN);
                    case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> {
                        item.setType(Questionnaire.QuestionnaireItemType.CHOICE);
                        item.setRepeats(question.type().equals("MULTIPLE_CHOICE"));
                        question.options().forEach(option -> item.addAnswerOption()
                                .setValue(new Coding(INTAKE_ANSWERS, option.code(), option.label())));
                    }
                    default -> item.setType(Questionnaire.QuestionnaireItemType.STRING);
                }
            }
        }
        return questionnaire;
    }

    QuestionnaireResponse response(IntakeRecord intake, IntakeQuestionnaire current) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(intake.id().toString());
        response.setQuestionnaire(INTAKE_URL + "|" + intake.questionnaireVersion());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("Patient/" + intake.patient()));
        response.setSource(new Reference("Patient/" + intake.patient()));
        response.setAuthored(Date.from(intake.submittedAt()));
        intake.sections().forEach(section -> {
            List<AnsweredQuestion> answered = section.questions().stream()
                    .filter(question -> !question.answer().isEmpty()).toList();
            if (answered.isEmpty()) {
                return;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent group = response.addItem()
                    .setLinkId(section.code()).setText(section.title());
            answered.forEach(question -> {
                QuestionnaireResponse.QuestionnaireResponseItemComponent item = group.addItem()
                        .setLinkId(question.field()).setText(question.text());
                Optional<IntakeQuestionnaire.Question> asked = asked(current, question.field());
                question.answer().forEach(label -> item.addAnswer().setValue(value(asked, label)));
            });
        });
        return response;
    }

    /** A red flag, active while the intake is the patient's latest; its rule and the answers that raised it. */
    List<org.hl7.fhir.r4.model.Flag> flags(IntakeRecord intake, boolean latest) {
        List<org.hl7.fhir.r4.model.Flag> flags = new ArrayList<>();
        for (int i = 0; i < intake.redFlags().size(); i++) {
            Flag red = intake.redFlags().get(i);
            org.hl7.fhir.r4.model.Flag flag = new org.hl7.fhir.r4.model.Flag();
            flag.setId(intake.id() + "-" + i);
            flag.setStatus(latest ? org.hl7.fhir.r4.model.Flag.FlagStatus.ACTIVE
                    : org.hl7.fhir.r4.model.Flag.FlagStatus.INACTIVE);
            flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORY, "clinical", "Clinical")));
            flag.setCode(new CodeableConcept(new Coding(RED_FLAG_RULES, red.rule(), red.category()))
                    .setText(red.category() + ": " + String.join("; ", red.questions())));
            flag.setSubject(new Reference("Patient/" + intake.patient()));
            flag.setPeriod(new Period().setStart(Date.from(intake.submittedAt())));
            flags.add(flag);
        }
        return flags;
    }

    /**
     * A safety check-in she answered before a consultation, as a survey Observation about the
     * appointment: what was new since her intake form (nothing, or the signs and what they mean).
     *
     * @param number which of the appointment's check-ins, from 1
     */
    org.hl7.fhir.r4.model.Observation checkIn(AppointmentView appointment, CheckInSchedule.Answered answered,
            int number) {
        org.hl7.fhir.r4.model.Observation observation = new org.hl7.fhir.r4.model.Observation();
        observation.setId(appointment.id() + "-check-in-" + number);
        observation.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        observation.setCode(new CodeableConcept(new Coding(CHECK_INS, "safety-check-in", CHECK_IN_TITLE))
                .setText(CHECK_IN_TITLE));
        observation.setSubject(new Reference("Patient/" + appointment.patient()));
        observation.addFocus(new Reference("Appointment/" + appointment.id()));
        observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(Date.from(answered.answeredAt())));
        observation.setIssued(Date.from(answered.answeredAt()));
        observation.setValue(new StringType(checkInFinding(answered)));
        return observation;
    }

    static final String CHECK_IN_TITLE = "Safety check-in before a consultation";

    /** "Nothing new since the intake form", or the new signs in words and the disposition they give. */
    static String checkInFinding(CheckInSchedule.Answered answered) {
        if (answered.newSigns().isEmpty()) {
            return "Nothing new since the intake form";
        }
        String signs = String.join(", ", answered.newSigns().stream()
                .map(sign -> sign.replaceFirst("^[a-z]+:", "").replace('_', ' ').toLowerCase(java.util.Locale.ROOT))
                .toList());
        return "New since the intake form: " + signs + (answered.disposition() == null ? ""
                : " (" + answered.disposition().name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ": "
                        + String.join(", ", answered.rules()) + ")");
    }

    private static Optional<IntakeQuestionnaire.Question> asked(IntakeQuestionnaire questionnaire, String field) {
        return questionnaire.sections().stream().flatMap(section -> section.questions().stream())
                .filter(question -> question.field().equals(field)).findFirst();
    }

    /** The answer as its question's type: a coded option where the label is one, else its words. */
    private static org.hl7.fhir.r4.model.Type value(Optional<IntakeQuestionnaire.Question> asked, String label) {
        if (asked.isPresent()) {
            IntakeQuestionnaire.Question question = asked.get();
            if (question.type().equals("INTEGER") && label.matches("-?\\d{1,9}")) {
                return new IntegerType(Integer.parseInt(label));
            }
            if (question.type().equals("YES_NO")) {
                return new org.hl7.fhir.r4.model.BooleanType(label.equals("Yes"));
            }
            Optional<IntakeQuestionnaire.Option> option = question.options().stream()
                    .filter(candidate -> candidate.label().equals(label)).findFirst();
            if (option.isPresent()) {
                return new Coding(INTAKE_ANSWERS, option.get().code(), option.get().label());
            }
        }
        return new StringType(label);
    }
}
