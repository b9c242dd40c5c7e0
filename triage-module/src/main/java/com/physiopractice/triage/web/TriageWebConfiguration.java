package com.physiopractice.triage.web;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.RateLimits;
import com.physiopractice.identity.access.Role;
import com.physiopractice.triage.intake.TriageSettings;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may read the questionnaire. Patients submit intakes, therapists review them, and both read
 * them (a patient her own only, which the intakes decide). A patient checks in before her own
 * consultations, which her therapist sees too; the safety events are the therapists'.
 */
@Configuration(proxyBeanMethods = false)
class TriageWebConfiguration {

    /**
     * Intake forms and check-ins per patient and per client address: each emergency form alerts
     * every therapist, so throwaway accounts must not be able to send them without end.
     */
    @Bean
    RateLimits triageRateLimits(TriageSettings settings) {
        return RateLimits.of(
                new RateLimits.Limit("intakes-per-patient", HttpMethod.POST, "/api/v1/triage/intakes",
                        RateLimits.Per.ACCOUNT, settings.intakesPerPatientPerDay(), Duration.ofDays(1)),
                new RateLimits.Limit("intakes-per-address", HttpMethod.POST, "/api/v1/triage/intakes",
                        RateLimits.Per.CLIENT_ADDRESS, settings.intakesPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("check-ins-per-patient", HttpMethod.POST, "/api/v1/triage/appointments/*/check-in",
                        RateLimits.Per.ACCOUNT, settings.intakesPerPatientPerDay(), Duration.ofDays(1)));
    }

    @Bean
    EndpointAccess triageEndpointAccess() {
        return EndpointAccess.of(
                Rule.anyone(HttpMethod.GET, "/api/v1/triage/questionnaire"),
                Rule.verified(HttpMethod.POST, "/api/v1/triage/intakes", Role.PATIENT),
                Rule.roles(HttpMethod.POST, "/api/v1/triage/intakes/*/review", Role.THERAPIST),
                Rule.roles("/api/v1/triage/intakes/**", Role.PATIENT, Role.THERAPIST),
                Rule.verified(HttpMethod.POST, "/api/v1/triage/appointments/*/check-in", Role.PATIENT),
                Rule.roles(HttpMethod.GET, "/api/v1/triage/appointments/*/check-in", Role.PATIENT, Role.THERAPIST),
                Rule.roles("/api/v1/triage/safety-events/**", Role.THERAPIST));
    }
}
