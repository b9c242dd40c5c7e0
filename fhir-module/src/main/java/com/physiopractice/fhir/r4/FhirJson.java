package com.physiopractice.fhir.r4;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Writes resources as {@code application/fhir+json} with HAPI's parser. */
@Component
class FhirJson {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

    /** Building a context reads the whole R4 model: once per application. */
    private final FhirContext context = FhirContext.forR4Cached();

    ResponseEntity<String> ok(IBaseResource resource) {
        return answer(HttpStatus.OK, resource);
    }

    ResponseEntity<String> answer(HttpStatusCode status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON)
                .body(context.newJsonParser().encodeResourceToString(resource));
    }
}
