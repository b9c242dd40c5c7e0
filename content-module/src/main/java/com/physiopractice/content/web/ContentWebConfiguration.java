package com.physiopractice.content.web;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Anyone may read published content. The therapist writes, reviews and publishes it; a patient reads
 * what is recommended for her own intake. The literal paths come before {@code /{slug}}, which
 * would otherwise take them for slugs (the editor refuses them as slugs too).
 */
@Configuration(proxyBeanMethods = false)
class ContentWebConfiguration {

    @Bean
    EndpointAccess contentEndpointAccess() {
        return EndpointAccess.of(
                Rule.roles("/api/v1/content/items/**", Role.THERAPIST),
                Rule.roles(HttpMethod.GET, "/api/v1/content/review-due", Role.THERAPIST),
                Rule.roles(HttpMethod.GET, "/api/v1/content/recommendations", Role.PATIENT),
                Rule.anyone(HttpMethod.GET, "/api/v1/content"),
                Rule.anyone(HttpMethod.GET, "/api/v1/content/{slug}"));
    }
}
