package com.physiopractice.booking;

import com.physiopractice.domain.access.PublicEndpoints;
import com.physiopractice.domain.access.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone may see the therapists, the kinds of consultation and the free slots; booking needs a signed-in patient.
 * The therapist's calendar feed is reached by its secret address alone.
 */
@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    PublicEndpoints bookingPublicEndpoints() {
        return PublicEndpoints.of(Endpoint.get("/api/v1/booking/therapists"),
                Endpoint.get("/api/v1/booking/appointment-types"), Endpoint.get("/api/v1/booking/slots"),
                // the secret address is the credential: calendar apps cannot sign in
                Endpoint.get("/api/v1/booking/calendar-feed/{token}.ics"));
    }
}
