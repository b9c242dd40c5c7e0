package com.physiopractice.triage;

import com.physiopractice.domain.access.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anyone may read the questionnaire; everything else about intakes needs a signed-in patient or therapist. */
@Configuration(proxyBeanMethods = false)
class TriageConfiguration {

    @Bean
    PublicEndpoints triagePublicEndpoints() {
        return PublicEndpoints.of(PublicEndpoints.Endpoint.get("/api/v1/triage/questionnaire"));
    }
}
