package com.physiopractice.content;

import com.physiopractice.domain.access.PublicEndpoints;
import com.physiopractice.domain.access.PublicEndpoints.Endpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone may read published content. The literal paths under {@code /api/v1/content/} that are not
 * slugs (recommendations, review-due, items) still need a signed-in caller: their controllers take
 * a {@code Caller}, which an anonymous request cannot supply.
 */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    @Bean
    PublicEndpoints contentPublicEndpoints() {
        return PublicEndpoints.of(Endpoint.get("/api/v1/content"), Endpoint.get("/api/v1/content/{slug}"));
    }
}
