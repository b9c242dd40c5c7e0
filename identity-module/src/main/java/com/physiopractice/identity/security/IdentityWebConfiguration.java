package com.physiopractice.identity.security;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.EndpointAccess.Rule;
import com.physiopractice.identity.access.RateLimits;
import com.physiopractice.identity.access.Role;
import java.time.Duration;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call this module's endpoints, and the signed-in {@link Caller} as an argument every
 * controller of every module may take.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
class IdentityWebConfiguration implements WebMvcConfigurer {

    static {
        // The signed-in caller comes from the access token, never from a request parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** Signing in is open to anyone; the profile and signing out need a signed-in caller of any role. */
    @Bean
    EndpointAccess identityEndpointAccess() {
        return EndpointAccess.of(
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/register"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/verify-email"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/verify-email/resend"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/password-reset"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/enrol"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/password-reset/complete"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/token"),
                Rule.anyone(HttpMethod.POST, "/api/v1/auth/refresh"),
                Rule.roles("/api/v1/admin/**", Role.ADMIN),
                Rule.roles("/api/v1/audit-events", Role.ADMIN));
    }

    /** Registrations and refreshes per client address (sign-in failures have their own throttle). */
    @Bean
    RateLimits identityRateLimits(IdentitySettings settings) {
        IdentitySettings.RequestLimits limits = settings.requestLimits();
        return RateLimits.of(
                new RateLimits.Limit("registrations", HttpMethod.POST, "/api/v1/auth/register",
                        RateLimits.Per.CLIENT_ADDRESS, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("refreshes", HttpMethod.POST, "/api/v1/auth/refresh",
                        RateLimits.Per.CLIENT_ADDRESS, limits.refreshesPerAddressPerHour(), Duration.ofHours(1)),
                // Each one sends an email: as few as registrations.
                new RateLimits.Limit("verification-resends", HttpMethod.POST, "/api/v1/auth/verify-email/resend",
                        RateLimits.Per.CLIENT_ADDRESS, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("password-reset-requests", HttpMethod.POST, "/api/v1/auth/password-reset",
                        RateLimits.Per.CLIENT_ADDRESS, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("password-resets", HttpMethod.POST, "/api/v1/auth/password-reset/complete",
                        RateLimits.Per.CLIENT_ADDRESS, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("enrolments", HttpMethod.POST, "/api/v1/auth/enrol",
                        RateLimits.Per.CLIENT_ADDRESS, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("verifications", HttpMethod.POST, "/api/v1/auth/verify-email",
                        RateLimits.Per.CLIENT_ADDRESS, limits.refreshesPerAddressPerHour(), Duration.ofHours(1)),
                // These check the current password: a stolen access token must not become a password oracle.
                new RateLimits.Limit("password-checks", HttpMethod.POST, "/api/v1/me/password",
                        RateLimits.Per.ACCOUNT, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("password-checks", HttpMethod.POST, "/api/v1/me/second-factor",
                        RateLimits.Per.ACCOUNT, limits.registrationsPerAddressPerHour(), Duration.ofHours(1)),
                new RateLimits.Limit("second-factor-confirmations", HttpMethod.POST,
                        "/api/v1/me/second-factor/confirm", RateLimits.Per.ACCOUNT,
                        limits.registrationsPerAddressPerHour(), Duration.ofHours(1)));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
