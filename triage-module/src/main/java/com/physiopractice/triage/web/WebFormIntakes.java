package com.physiopractice.triage.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import com.physiopractice.triage.Disposition;
import com.physiopractice.triage.IntakeId;
import com.physiopractice.triage.IntakeForms;
import com.physiopractice.triage.IntakeQuestionnaire;
import com.physiopractice.triage.SafetyNet;
import com.physiopractice.triage.intake.Guidance;
import com.physiopractice.triage.intake.Intake;
import com.physiopractice.triage.intake.IntakeService;
import com.physiopractice.triage.intake.SafetyAdvice;
import com.physiopractice.triage.intake.TriageSettings;
import com.physiopractice.triage.rules.Assessment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Intake answers from a web form: each field's text values become the JSON the questionnaire
 * defines (choices, lists, numbers, yes and no), then the form is submitted exactly as through
 * the API. Text that is not a number stays text, so the form reader names it as it would in JSON.
 */
@Service
class WebFormIntakes implements IntakeForms {

    /** {@code odi[3]} or {@code startBack.agrees[0]}: a place in a list. */
    private static final Pattern INDEXED = Pattern.compile("(.+)\\[(\\d+)]");

    private final IntakeService intakes;
    private final TriageSettings settings;
    private final JsonMapper json;

    WebFormIntakes(IntakeService intakes, TriageSettings settings, JsonMapper json) {
        this.intakes = intakes;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public IntakeQuestionnaire questionnaire() {
        return QuestionnaireDefinition.of(settings.ruleset());
    }

    @Override
    public Submission submit(PatientId patient, Map<String, List<String>> fields) {
        try {
            return assessed(intakes.submit(patient, form(questionnaire(), fields)));
        } catch (InvalidInputException refused) {
            return refused(refused);
        }
    }

    @Override
    public Submission.Refused check(PatientId patient, Map<String, List<String>> fields) {
        return intakes.check(patient, form(questionnaire(), fields)).map(WebFormIntakes::refused)
                .orElseGet(() -> new Submission.Refused(List.of(), null, null));
    }

    private static Submission.Refused refused(InvalidInputException refused) {
        Object safety = refused.details().get("safety");
        Object emergency = refused.details().get("emergencyAdvice");
        return new Submission.Refused(refused.problems(),
                safety instanceof SafetyAdvice found ? advice(found.guidance()) : null,
                emergency instanceof EmergencyAdvice advice ? advice : null);
    }

    @Override
    public List<PastIntake> mine(PatientId patient) {
        // A patient answers a handful at most; the newest fifty are all of them in practice.
        return intakes.ownIntakes(patient, PageRequest.of(0, 50)).stream()
                .map(intake -> new PastIntake(intake.id(), intake.submittedAt(), intake.currentDisposition())).toList();
    }

    @Override
    public Optional<Submission.Assessed> result(Caller patient, IntakeId id) {
        try {
            return Optional.of(assessed(intakes.read(patient, id)));
        } catch (NotFoundException notHers) {
            return Optional.empty();
        }
    }

    private static Submission.Assessed assessed(Intake intake) {
        Assessment assessment = intake.assessment();
        Disposition disposition = intake.currentDisposition();
        Guidance guidance = Guidance.forAssessment(disposition, assessment);
        return new Submission.Assessed(intake.id(), disposition,
                disposition != Disposition.EMERGENCY && disposition != Disposition.URGENT_MEDICAL,
                advice(guidance), assessment.explanation(), assessment.safetyNet() == null ? null
                        : SafetyNet.forLegSymptoms(assessment.safetyNet().triggeredBy()));
    }

    private static Advice advice(Guidance guidance) {
        return new Advice(guidance.headline(), guidance.advice(), guidance.bookingAdvice());
    }

    /** The JSON form the questionnaire describes, from what the page sent. */
    JsonNode form(IntakeQuestionnaire questionnaire, Map<String, List<String>> fields) {
        ObjectNode form = json.createObjectNode();
        for (IntakeQuestionnaire.Section section : questionnaire.sections()) {
            for (IntakeQuestionnaire.Question question : section.questions()) {
                List<String> values = fields.getOrDefault(question.field(), List.of()).stream()
                        .filter(value -> !value.isBlank()).toList();
                if (question.type().equals("MULTIPLE_CHOICE")) {
                    ArrayNode chosen = json.createArrayNode();
                    values.forEach(chosen::add);
                    put(form, question.field(), chosen);
                } else if (!values.isEmpty()) {
                    put(form, question.field(), value(question.type(), values.get(0).strip()));
                }
            }
        }
        padLists(questionnaire, form);
        return form;
    }

    /** A scored instrument answered in part is sent whole, its unanswered items as nulls, as the API expects. */
    private static void padLists(IntakeQuestionnaire questionnaire, ObjectNode form) {
        Map<String, Integer> lengths = new java.util.HashMap<>();
        questionnaire.sections().forEach(section -> section.questions().forEach(question -> {
            Matcher indexed = INDEXED.matcher(question.field());
            if (indexed.matches()) {
                lengths.merge(indexed.group(1), 1, Integer::sum);
            }
        }));
        lengths.forEach((field, length) -> {
            String[] path = field.split("\\.");
            JsonNode node = form;
            for (String step : path) {
                node = node == null ? null : node.get(step);
            }
            if (node instanceof ArrayNode list) {
                while (list.size() < length) {
                    list.addNull();
                }
            }
        });
    }

    private JsonNode value(String type, String text) {
        return switch (type) {
            case "INTEGER", "SCALE_0_TO_5" -> text.matches("-?\\d{1,9}") ? json.getNodeFactory().numberNode(
                    Integer.parseInt(text)) : json.getNodeFactory().stringNode(text);
            case "YES_NO", "AGREE_DISAGREE" -> text.equals("true") || text.equals("false")
                    ? json.getNodeFactory().booleanNode(Boolean.parseBoolean(text)) : json.getNodeFactory().stringNode(text);
            default -> json.getNodeFactory().stringNode(text);
        };
    }

    /** Puts a value at a dotted, possibly indexed place ({@code startBack.agrees[2]}), making the objects and lists on the way. */
    private void put(ObjectNode form, String field, JsonNode value) {
        String[] path = field.split("\\.");
        ObjectNode parent = form;
        for (int i = 0; i < path.length - 1; i++) {
            JsonNode child = parent.get(path[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(path[i]);
        }
        String last = path[path.length - 1];
        Matcher indexed = INDEXED.matcher(last);
        if (indexed.matches()) {
            JsonNode existing = parent.get(indexed.group(1));
            ArrayNode list = existing instanceof ArrayNode array ? array : parent.putArray(indexed.group(1));
            int index = Integer.parseInt(indexed.group(2));
            while (list.size() <= index) {
                list.addNull();
            }
            list.set(index, value);
        } else {
            parent.set(last, value);
        }
    }
}
