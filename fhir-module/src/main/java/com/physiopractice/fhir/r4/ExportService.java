package com.physiopractice.fhir.r4;

import ca.uhn.fhir.context.FhirContext;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.fhir.PatientExports;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.PatientId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The export is the patient's $everything, as a collection Bundle and as a readable page. */
@Service
class ExportService implements PatientExports {

    static final AuditAction DATA_EXPORTED = AuditAction.of("DATA_EXPORTED");

    private final FhirReads reads;
    private final AuditTrail audit;
    private final FhirSettings settings;
    private final Clock clock;
    private final FhirContext fhir = FhirContext.forR4Cached();

    ExportService(FhirReads reads, AuditTrail audit, FhirSettings settings, Clock clock) {
        this.reads = reads;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Export asBundle(Caller caller, PatientId patient) {
        Bundle bundle = bundle(caller, patient);
        audit.record(DATA_EXPORTED, "Patient", patient);
        return new Export("health-record-" + today() + ".json", "application/fhir+json",
                fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
    }

    @Override
    public Export asPage(Caller caller, PatientId patient) {
        Bundle bundle = bundle(caller, patient);
        audit.record(DATA_EXPORTED, "Patient", patient);
        return new Export("health-record-" + today() + ".html", "text/html",
                ReadableRecord.render(settings.practiceName(), bundle, clock.instant()));
    }

    private Bundle bundle(Caller caller, PatientId patient) {
        List<Resource> everything = reads.everything(caller, patient.toString());
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));
        bundle.setTimestamp(Date.from(clock.instant()));
        // Full URLs as this server answers them, so that the references inside resolve within the Bundle.
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(FhirR4Controller.BASE).toUriString();
        everything.forEach(resource -> bundle.addEntry()
                .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdPart()).setResource(resource));
        return bundle;
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
    }
}
