package com.physiopractice.web.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.physiopractice.audit.AuditTrail;
import com.physiopractice.audit.AuditedPath;
import com.physiopractice.identity.BrowserAccounts;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The pages' own filter chain: everything that is not the API, the actuator or the API docs
 * (identity's chains keep those). The public pages are open to everyone; the portal needs a
 * signed-in session, kept as described in {@link PageSession}. Forms carry CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurityConfiguration {

    /**
     * Scripts, styles and images from the site itself only, no inline script or style, no
     * plugins, forms posting only here, never framed. JSON-LD blocks are data, not script.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Where a refused page request is forwarded to be answered with the 403 page. */
    static final String FORBIDDEN_PAGE = "/problems/forbidden";

    /** What identity's chains answer for. */
    static final RequestMatcher NOT_PAGES = new OrRequestMatcher(withDefaults().matcher("/api/**"),
            withDefaults().matcher("/fhir/**"),
            withDefaults().matcher("/actuator/**"), withDefaults().matcher("/v3/api-docs/**"),
            withDefaults().matcher("/v3/api-docs"), withDefaults().matcher("/swagger-ui/**"),
            withDefaults().matcher("/swagger-ui.html"), withDefaults().matcher("/error"));

    @Bean
    @Order(0)
    SecurityFilterChain pages(HttpSecurity http, BrowserAccounts accounts, AuditTrail audit) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(NOT_PAGES))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/portal", "/portal/**", "/book/questionnaire", "/book/times", "/book/confirm")
                        .authenticated()
                        // The workspace is the therapist's; a patient is refused (403), a visitor signs in first.
                        .requestMatchers("/practice", "/practice/**").hasRole("THERAPIST")
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        // An unknown address is the 404 page, not a refusal.
                        .anyRequest().permitAll())
                // Who is signed in comes from the tokens kept in the HTTP session, each request anew.
                .addFilterBefore(new PageSession(accounts), AnonymousAuthenticationFilter.class)
                .securityContext(context -> context.requireExplicitSave(true))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        // The refusal as a page in the site's design (the /error path answers problem+json).
                        .accessDeniedHandler((request, response, denied) -> {
                            // On the trail as the API's refusals are: who asked for what.
                            audit.record(AuditedPath.ACCESS_DENIED, "PATH", AuditedPath.of(request.getRequestURI()));
                            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                            request.getRequestDispatcher(FORBIDDEN_PAGE).forward(request, response);
                        }))
                .headers(headers -> headers
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                                .includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        // Public pages say how they may be cached (revalidated with an ETag); personal
                        // pages will say no-store themselves.
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable));
        return http.build();
    }
}
