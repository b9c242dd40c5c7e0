package com.physiopractice.records.web;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Therapists write the record; patients answer their measures and log their exercises; both read
 * (a patient her own record, a therapist those she treats, which the module decides and answers 404).
 */
@Configuration(proxyBeanMethods = false)
class RecordsWebConfiguration {

    @Bean
    EndpointAccess recordsEndpointAccess() {
        return EndpointAccess.of(
                Rule.roles(HttpMethod.POST, "/api/v1/records/patients/*/episodes", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/records/episodes/*/discharge", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/records/episodes/*/notes", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/records/episodes/*/measures", Role.THERAPIST),
                Rule.roles(HttpMethod.PUT, "/api/v1/records/episodes/*/programme", Role.THERAPIST),
                Rule.roles(HttpMethod.GET, "/api/v1/records/episodes/*/exercise-cards", Role.THERAPIST),
                Rule.roles(HttpMethod.PUT, "/api/v1/records/notes/*", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/records/notes/**", Role.THERAPIST),
                Rule.roles(HttpMethod.GET, "/api/v1/records/notes/unsigned", Role.THERAPIST),
                Rule.verified(HttpMethod.POST, "/api/v1/records/measures/*/responses", Role.PATIENT),
                Rule.verified(HttpMethod.POST, "/api/v1/records/programmes/*/sessions", Role.PATIENT),
                Rule.roles(HttpMethod.PUT, "/api/v1/records/programmes/*/reminder", Role.PATIENT),
                Rule.roles(HttpMethod.GET, "/api/v1/records/me/**", Role.PATIENT),
                Rule.roles("/api/v1/records/**", Role.PATIENT, Role.THERAPIST));
    }
}
