package com.physiopractice.fhir.r4;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.springframework.stereotype.Component;

/** Exactly what this server answers: the resource types, their reads and searches, and $everything. */
@Component
class Capabilities {

    /** When this build started answering: the statement's date. */
    private final Date since = Date.from(Instant.now());

    private final FhirSettings settings;

    Capabilities(FhirSettings settings) {
        this.settings = settings;
    }

    CapabilityStatement statement(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(since);
        statement.setPublisher(settings.practiceName());
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("json");
        statement.getSoftware().setName("Physio practice");
        statement.getImplementation().setDescription(settings.practiceName() + ": read and search").setUrl(base);
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER)
                .setDocumentation("Read-only. Patient, Appointment and Encounter need an access token from "
                        + "/api/v1/auth/token (Authorization: Bearer); a patient reads her own, a therapist those "
                        + "of the patients she sees. The practice, its practitioners and their free slots are public.");
        rest.getSecurity().addService().setText("Bearer access token");
        resource(rest, "Organization", true, false);
        resource(rest, "Practitioner", true, true);
        resource(rest, "PractitionerRole", true, false);
        resource(rest, "Schedule", true, true);
        CapabilityStatementRestResourceComponent slot = resource(rest, "Slot", false, true);
        slot.addSearchParam().setName("schedule").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("required: the therapist's schedule");
        slot.addSearchParam().setName("start").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("ge/gt/lt/le/eq; at most " + settings.maxSlotSearchDays() + " days; default the next 14");
        slot.addSearchParam().setName("status").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("only free slots are published");
        slot.addSearchParam().setName("service-type").setType(Enumerations.SearchParamType.TOKEN)
                .setDocumentation("the kind of consultation, " + PracticeResources.APPOINTMENT_TYPES);
        CapabilityStatementRestResourceComponent patient = resource(rest, "Patient", true, false);
        patient.addOperation().setName("everything")
                .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
        CapabilityStatementRestResourceComponent appointment = resource(rest, "Appointment", true, true);
        appointment.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("required");
        appointment.addSearchParam().setName("date").setType(Enumerations.SearchParamType.DATE)
                .setDocumentation("the appointment's start");
        resource(rest, "Encounter", true, true).addSearchParam().setName("patient")
                .setType(Enumerations.SearchParamType.REFERENCE).setDocumentation("required");
        resource(rest, "Questionnaire", true, true).setDocumentation("the intake form (id: intake-version) and "
                + "the outcome measures' forms, one per instrument and version (id: instrument-version)");
        bySubject(resource(rest, "QuestionnaireResponse", false, true));
        bySubject(resource(rest, "Observation", false, true)).addSearchParam().setName("code")
                .setType(Enumerations.SearchParamType.TOKEN).setDocumentation("the instrument, " + RecordResources.INSTRUMENTS);
        bySubject(resource(rest, "Condition", false, true)).setDocumentation("an episode of care's working diagnosis");
        bySubject(resource(rest, "Flag", false, true)).setDocumentation("red flags her intake forms raised; "
                + "those of her latest intake are active");
        bySubject(resource(rest, "CarePlan", false, true)).setDocumentation("home exercise programmes");
        bySubject(resource(rest, "Composition", false, true)).setDocumentation("signed notes; each comes with the "
                + "Provenance of its signature as an included entry");
        resource(rest, "Provenance", false, false).setDocumentation("a signed note's signature: with Composition "
                + "searches and in Patient/$everything");
        return statement;
    }

    private static CapabilityStatementRestResourceComponent bySubject(CapabilityStatementRestResourceComponent resource) {
        resource.addSearchParam().setName("patient").setType(Enumerations.SearchParamType.REFERENCE)
                .setDocumentation("required");
        return resource;
    }

    private static CapabilityStatementRestResourceComponent resource(
            CapabilityStatement.CapabilityStatementRestComponent rest, String type, boolean read, boolean search) {
        CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        if (read) {
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
        }
        if (search) {
            resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        return resource;
    }
}
