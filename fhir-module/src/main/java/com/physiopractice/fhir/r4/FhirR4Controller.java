package com.physiopractice.fhir.r4;

import com.physiopractice.identity.access.Caller;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * FHIR R4 reads and searches. FHIR is its own contract (the CapabilityStatement at
 * {@code /fhir/r4/metadata} describes it), so it stays out of the OpenAPI document.
 */
@Hidden
@RestController
@RequestMapping(path = FhirR4Controller.BASE, produces = {"application/fhir+json", "application/json"})
class FhirR4Controller {

    static final String BASE = "/fhir/r4";

    private final FhirReads reads;
    private final Capabilities capabilities;
    private final FhirJson json;

    FhirR4Controller(FhirReads reads, Capabilities capabilities, FhirJson json) {
        this.reads = reads;
        this.capabilities = capabilities;
        this.json = json;
    }

    @GetMapping("/metadata")
    ResponseEntity<String> metadata() {
        return json.ok(capabilities.statement(base()));
    }

    @GetMapping("/Organization/{id}")
    ResponseEntity<String> organization(@PathVariable String id) {
        return json.ok(reads.organization(id));
    }

    @GetMapping("/Practitioner/{id}")
    ResponseEntity<String> practitioner(@PathVariable String id) {
        return json.ok(reads.practitioner(id));
    }

    @GetMapping("/Practitioner")
    ResponseEntity<String> practitioners() {
        return json.ok(searchset(reads.practitioners()));
    }

    @GetMapping("/PractitionerRole/{id}")
    ResponseEntity<String> practitionerRole(@PathVariable String id) {
        return json.ok(reads.practitionerRole(id));
    }

    @GetMapping("/Schedule/{id}")
    ResponseEntity<String> schedule(@PathVariable String id) {
        return json.ok(reads.schedule(id));
    }

    @GetMapping("/Schedule")
    ResponseEntity<String> schedules() {
        return json.ok(searchset(reads.schedules()));
    }

    @GetMapping("/Slot")
    ResponseEntity<String> slots(@RequestParam String schedule, @RequestParam(required = false) List<String> start,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(name = "service-type", required = false) @Nullable String serviceType) {
        return json.ok(searchset(reads.freeSlots(schedule, SearchDates.parse("start", start), status, serviceType)));
    }

    @GetMapping("/Patient/{id}")
    ResponseEntity<String> patient(Caller caller, @PathVariable String id) {
        return json.ok(reads.patient(caller, id));
    }

    @GetMapping("/Patient/{id}/$everything")
    ResponseEntity<String> everything(Caller caller, @PathVariable String id) {
        return json.ok(searchset(reads.everything(caller, id)));
    }

    @GetMapping("/Appointment/{id}")
    ResponseEntity<String> appointment(Caller caller, @PathVariable String id) {
        return json.ok(reads.appointment(caller, id));
    }

    @GetMapping("/Appointment")
    ResponseEntity<String> appointments(Caller caller, @RequestParam String patient,
            @RequestParam(required = false) List<String> date) {
        return json.ok(searchset(reads.appointments(caller, patient, SearchDates.parse("date", date))));
    }

    @GetMapping("/Encounter/{id}")
    ResponseEntity<String> encounter(Caller caller, @PathVariable String id) {
        return json.ok(reads.encounter(caller, id));
    }

    @GetMapping("/Encounter")
    ResponseEntity<String> encounters(Caller caller, @RequestParam String patient) {
        return json.ok(searchset(reads.encounters(caller, patient)));
    }

    @GetMapping("/Questionnaire/{id}")
    ResponseEntity<String> questionnaire(@PathVariable String id) {
        return json.ok(reads.questionnaire(id));
    }

    @GetMapping("/Questionnaire")
    ResponseEntity<String> questionnaires() {
        return json.ok(searchset(reads.questionnaires()));
    }

    /** A signed note's Provenance comes with it, as an included entry. */
    @GetMapping("/{type:Condition|Observation|QuestionnaireResponse|CarePlan|Composition|Flag}")
    ResponseEntity<String> clinical(Caller caller, @PathVariable String type, @RequestParam String patient,
            @RequestParam(required = false) @Nullable String code) {
        return json.ok(searchset(reads.clinical(caller, type, patient, code)));
    }

    /** Anything else under the base: not something this server does (the CapabilityStatement lists what it does). */
    @RequestMapping("/**")
    ResponseEntity<String> unsupported() {
        throw new NotSupported();
    }

    static final class NotSupported extends RuntimeException {
        NotSupported() {
            super("This server reads and searches only what its CapabilityStatement (/fhir/r4/metadata) lists.");
        }
    }

    private Bundle searchset(List<Resource> found) {
        String base = base();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(found.size());
        bundle.addLink().setRelation("self").setUrl(ServletUriComponentsBuilder.fromCurrentRequest().toUriString());
        found.forEach(resource -> bundle.addEntry()
                .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdPart())
                .setResource(resource).getSearch().setMode(resource.fhirType().equals("Provenance")
                        ? Bundle.SearchEntryMode.INCLUDE : Bundle.SearchEntryMode.MATCH));
        return bundle;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(BASE).toUriString();
    }
}
