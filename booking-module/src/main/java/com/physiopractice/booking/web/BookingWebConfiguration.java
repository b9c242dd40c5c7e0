package com.physiopractice.booking.web;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may see the therapists, the kinds of consultation and the free slots; patients book;
 * an appointment's patient and therapist read and change it (which appointment is whose, the
 * appointments decide), and only the therapist records how it went. A therapist's hours, time off
 * and calendar feed are hers alone. The feed itself is reached by its secret address: calendar
 * apps cannot sign in.
 */
@Configuration(proxyBeanMethods = false)
class BookingWebConfiguration {

    @Bean
    EndpointAccess bookingEndpointAccess() {
        return EndpointAccess.of(
                Rule.anyone(HttpMethod.GET, "/api/v1/booking/therapists"),
                Rule.anyone(HttpMethod.GET, "/api/v1/booking/appointment-types"),
                Rule.anyone(HttpMethod.GET, "/api/v1/booking/slots"),
                Rule.anyone(HttpMethod.GET, "/api/v1/booking/calendar-feed/{token}.ics"),
                Rule.own("/api/v1/booking/therapists/{therapistId}/**", Role.THERAPIST, "therapistId"),
                Rule.roles(HttpMethod.GET, "/api/v1/admin/therapists/*/upcoming-appointments", Role.ADMIN),
                Rule.verified(HttpMethod.POST, "/api/v1/booking/appointments", Role.PATIENT),
                Rule.roles(HttpMethod.POST, "/api/v1/booking/appointments/*/complete", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/booking/appointments/*/no-show", Role.THERAPIST),
                Rule.roles(HttpMethod.POST, "/api/v1/booking/appointments/*/release-hold", Role.THERAPIST),
                Rule.roles("/api/v1/booking/appointments/**", Role.PATIENT, Role.THERAPIST));
    }
}
