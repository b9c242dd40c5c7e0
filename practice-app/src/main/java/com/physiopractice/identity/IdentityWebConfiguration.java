package com.physiopractice.identity;

import com.physiopractice.domain.access.PublicEndpoints;
import com.physiopractice.domain.access.PublicEndpoints.Endpoint;
import com.physiopractice.identity.web.CallerArgumentResolver;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Sign-in endpoints are public; every controller of every module may take the signed-in {@code Caller}. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    @Bean
    PublicEndpoints identityPublicEndpoints() {
        return PublicEndpoints.of(Endpoint.post("/api/v1/auth/register"), Endpoint.post("/api/v1/auth/token"),
                Endpoint.post("/api/v1/auth/refresh"));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
