package com.physiopractice.fhir.r4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The export as one page a person can read, print or keep: what the Bundle holds, in plain words
 * and sections, with times in UTC (said so). Self-contained (its style inline, nothing loaded), so
 * it reads the same saved on her computer; every value is escaped.
 */
final class ReadableRecord {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final StringBuilder html = new StringBuilder();
    private final Map<String, String> practitioners = new HashMap<>();
    private final Map<String, String> signatures = new HashMap<>();

    private ReadableRecord() {
    }

    static String render(String practice, Bundle bundle, Instant at) {
        return new ReadableRecord().page(practice, bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .toList(), at);
    }

    private String page(String practice, List<Resource> resources, Instant at) {
        resources.stream().filter(Practitioner.class::isInstance).map(Practitioner.class::cast)
                .forEach(practitioner -> practitioners.put("Practitioner/" + practitioner.getIdPart(),
                        practitioner.getNameFirstRep().getText()));
        resources.stream().filter(Provenance.class::isInstance).map(Provenance.class::cast)
                .forEach(provenance -> signatures.put(provenance.getTargetFirstRep().getReference(),
                        "Signed by " + practitioner(provenance.getAgentFirstRep().getWho().getReference()) + " on "
                                + when(provenance.getRecorded())));
        html.append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Your health record from ").append(escape(practice)).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;")
                .append("line-height:1.5;color:#1a1a1a}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #999}")
                .append("dt{font-weight:600}dd{margin:0 0 .5rem 0}article{margin-bottom:1.25rem}")
                .append("</style></head><body><main>")
                .append("<h1>Your health record</h1><p>Everything ").append(escape(practice))
                .append(" holds about you, as of ").append(when(Date.from(at)))
                .append(". The same record is available as a FHIR file that another practice's system can read.</p>");
        resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast).forEach(this::aboutYou);
        section("Consultations", resources, Appointment.class, this::appointment);
        section("Problems your physiotherapist is treating", resources, Condition.class, this::condition);
        section("Consultation notes", resources, Composition.class, this::note);
        section("Questionnaires you answered", resources, QuestionnaireResponse.class, this::response);
        section("Scores", resources.stream().filter(resource -> resource instanceof Observation observation
                && observation.hasValueQuantity()).toList(), Observation.class, this::score);
        section("Safety check-ins before your consultations", resources.stream().filter(resource ->
                resource instanceof Observation observation && observation.hasValueStringType()).toList(),
                Observation.class, this::checkIn);
        section("Home exercise programmes", resources, CarePlan.class, this::programme);
        html.append("</main></body></html>");
        return html.toString();
    }

    private void aboutYou(Patient patient) {
        html.append("<h2>About you</h2><dl>");
        item("Name", patient.getNameFirstRep().getText());
        item("Date of birth", patient.getBirthDateElement().getValueAsString());
        patient.getTelecom().forEach(contact -> item("Phone", contact.getValue()));
        html.append("</dl>");
    }

    private <T extends Resource> void section(String title, List<Resource> resources, Class<T> type,
            java.util.function.Consumer<T> each) {
        List<T> found = resources.stream().filter(type::isInstance).map(type::cast).toList();
        html.append("<h2>").append(escape(title)).append("</h2>");
        if (found.isEmpty()) {
            html.append("<p>None.</p>");
        }
        found.forEach(resource -> {
            html.append("<article>");
            each.accept(resource);
            html.append("</article>");
        });
    }

    private void appointment(Appointment appointment) {
        heading(appointment.getServiceTypeFirstRep().getText() + ", " + when(appointment.getStart()));
        html.append("<dl>");
        item("Status", appointment.getStatus().getDisplay());
        appointment.getParticipant().stream().map(participant -> participant.getActor().getReference())
                .filter(reference -> reference.startsWith("Practitioner/"))
                .forEach(reference -> item("With", practitioner(reference)));
        if (appointment.hasCancelationReason()) {
            item("Reason for cancelling", appointment.getCancelationReason().getText());
        }
        html.append("</dl>");
    }

    private void condition(Condition condition) {
        heading(condition.getCode().getText());
        html.append("<dl>");
        if (condition.getCode().hasCoding()) {
            item("Working diagnosis", condition.getCode().getCodingFirstRep().getDisplay());
        }
        item("Where", condition.getBodySiteFirstRep().getText());
        item("Since", day(condition.getRecordedDate()));
        item("Status", condition.getClinicalStatus().getCodingFirstRep().getDisplay());
        html.append("</dl>");
    }

    private void note(Composition note) {
        heading(note.getTitle());
        String signature = signatures.get("Composition/" + note.getIdPart());
        if (signature != null) {
            html.append("<p>").append(escape(signature)).append("</p>");
        }
        html.append("<dl>");
        note.getSection().forEach(section -> item(section.getTitle(), section.getText().getDiv().allText()));
        html.append("</dl>");
    }

    private void response(QuestionnaireResponse response) {
        heading(response.getQuestionnaire().replaceFirst(".*/Questionnaire/", "").replace('|', ' ').toUpperCase(Locale.ROOT)
                + ", " + when(response.getAuthored()));
        html.append("<dl>");
        answers(response.getItem());
        html.append("</dl>");
    }

    /** Each answered question, those inside a section's group too. */
    private void answers(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items) {
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
            item.getAnswer().forEach(answer -> item(item.getText(), answer.hasValueCoding()
                    ? answer.getValueCoding().getDisplay() : answer.getValue().primitiveValue()));
            answers(item.getItem());
        }
    }

    private void score(Observation score) {
        heading(score.getCode().getText() + ", " + when(score.getEffectiveDateTimeType().getValue()));
        html.append("<dl>");
        item("Score", score.getValueQuantity().getValue().stripTrailingZeros().toPlainString());
        if (score.hasInterpretation()) {
            item("What it means", score.getInterpretationFirstRep().getText());
        }
        html.append("</dl>");
    }

    private void checkIn(Observation checkIn) {
        heading(when(checkIn.getEffectiveDateTimeType().getValue()));
        html.append("<dl>");
        item("What you told us", checkIn.getValueStringType().getValue());
        html.append("</dl>");
    }

    private void programme(CarePlan plan) {
        heading(plan.getTitle() + " (" + plan.getStatus().getDisplay().toLowerCase(Locale.ROOT) + ")");
        html.append("<dl>");
        plan.getActivity().forEach(activity -> item(activity.getDetail().getCode().getText(),
                activity.getDetail().getDescription()));
        html.append("</dl>");
    }

    private void heading(@Nullable String text) {
        html.append("<h3>").append(escape(text)).append("</h3>");
    }

    private void item(@Nullable String term, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        html.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    private String practitioner(String reference) {
        return practitioners.getOrDefault(reference, "your physiotherapist");
    }

    private static String when(@Nullable Date date) {
        return date == null ? "" : WHEN.format(date.toInstant());
    }

    private static String day(@Nullable Date date) {
        return date == null ? "" : DAY.format(date.toInstant());
    }

    private static String escape(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
