package com.physiopractice.platform.openapi;

import com.physiopractice.domain.access.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: every endpoint, with bearer-token security. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // The signed-in caller comes from the access token, never from a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI practiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Physio practice API").version("v1")
                        .description("Online physiotherapy for lower back and hip pain: registration, intake triage, "
                                + "booking of video consultations and patient education. Errors are "
                                + "application/problem+json (RFC 9457).")
                        .license(new License().name("Proprietary")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
