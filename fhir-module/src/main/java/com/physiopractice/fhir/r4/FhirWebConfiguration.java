package com.physiopractice.fhir.r4;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The practice, its practitioners and their free slots are public, as on the booking pages; a
 * person's record needs a patient's or a therapist's token (which record, FhirReads decides).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FhirSettings.class)
class FhirWebConfiguration {

    @Bean
    EndpointAccess fhirEndpointAccess() {
        return EndpointAccess.of(
                Rule.anyone(HttpMethod.GET, "/fhir/r4/metadata"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Organization/*"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Practitioner"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Practitioner/*"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/PractitionerRole/*"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Schedule"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Schedule/*"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Slot"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Questionnaire"),
                Rule.anyone(HttpMethod.GET, "/fhir/r4/Questionnaire/*"),
                Rule.roles("/fhir/r4/**", Role.PATIENT, Role.THERAPIST),
                Rule.roles(HttpMethod.GET, "/api/v1/data-rights/patients/*/export", Role.PATIENT, Role.THERAPIST),
                Rule.own("/api/v1/data-rights/patients/{id}/erasure", Role.PATIENT, "id"));
    }

    /** Ahead of Spring Security's filters (their order is -100), for the FHIR paths only. */
    @Bean
    FilterRegistrationBean<SecurityRefusalsAsOutcomes> fhirSecurityRefusals(FhirJson json) {
        FilterRegistrationBean<SecurityRefusalsAsOutcomes> registration =
                new FilterRegistrationBean<>(new SecurityRefusalsAsOutcomes(json));
        registration.addUrlPatterns(FhirR4Controller.BASE + "/*");
        registration.setOrder(-200);
        return registration;
    }
}
