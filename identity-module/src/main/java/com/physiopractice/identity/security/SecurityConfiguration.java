package com.physiopractice.identity.security;

import com.physiopractice.identity.access.EndpointAccess;
import com.physiopractice.identity.access.RateLimits;
import com.physiopractice.identity.throttle.RequestCounter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.authorization.AuthorizationDeniedException;
import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.audit.AuditedPath;
import com.physiopractice.platform.ProblemType;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.identity.token.AccessTokenFormat;
import com.physiopractice.platform.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Deny by default: a request needs a valid access token unless it is a health probe, the API
 * documentation (outside production) or an endpoint a module declares open to anyone. Which roles
 * may call an endpoint is decided here, from every module's {@link EndpointAccess}, before anything
 * reads the request body; nowhere else. Every refusal is a problem+json answer, and every refusal of
 * a presented token or of a signed-in user lands in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final AuditAction ACCESS_TOKEN_REJECTED = AuditAction.of("ACCESS_TOKEN_REJECTED");

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** The API serves JSON only: nothing may be framed, scripted or loaded from anywhere. */
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Swagger UI is a page: it may load its own scripts and styles, nothing else. */
    private static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    PasswordEncoder passwordEncoder(IdentitySettings settings) {
        // Argon2id, by default with 19 MiB of memory and 2 iterations (OWASP); bcrypt kept readable for imports.
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, settings.passwordHashing().memoryKib(),
                settings.passwordHashing().iterations());
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2id",
                Map.of("argon2id", argon2, "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentation(HttpSecurity http,
            @Value("${practice.api-docs.public:true}") boolean publicDocs, AuthenticationEntryPoint problemEntryPoint,
            AccessDeniedHandler problemAccessDenied) throws Exception {
        http.securityMatcher(API_DOCS)
                .authorizeHttpRequests(auth -> {
                    if (publicDocs) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole("ADMIN");
                    }
                })
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // In production the documents are for administrators, who send their access token.
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint(problemEntryPoint))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemAccessDenied))
                .headers(headers -> commonHeaders(headers, DOCS_CSP));
        return http.build();
    }

    /** A request that came in on {@code management.server.port}, when that is a port of its own. */
    static RequestMatcher onManagementPort(Environment environment) {
        Integer management = environment.getProperty("management.server.port", Integer.class);
        Integer server = environment.getProperty("server.port", Integer.class, 8080);
        if (management == null || management <= 0 || management.equals(server)) {
            return request -> false;
        }
        return request -> request.getLocalPort() == management;
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, List<EndpointAccess> endpointAccess, List<RateLimits> rateLimits,
            RequestCounter requestCounter, ProblemWriter problems, IdentitySettings settings,
            AuthenticationEntryPoint problemEntryPoint,
            AccessDeniedHandler problemAccessDenied, Environment environment) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll();
            // Prometheus scrapes without a token, on the management port only: that port is kept on
            // the internal network (docs/operations.md). On the public port the metrics are the
            // administrators', like every other actuator endpoint.
            auth.requestMatchers(new AndRequestMatcher(EndpointRequest.to("prometheus"), onManagementPort(environment)))
                    .permitAll();
            auth.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN");
            auth.requestMatchers("/error").permitAll();
            endpointAccess.stream().flatMap(declared -> declared.rules().stream()).forEach(rule -> {
                var matched = auth.requestMatchers(PathPatternRequestMatcher.withDefaults()
                        .matcher(rule.method(), rule.pathPattern()));
                if (rule.anyone()) {
                    matched.permitAll();
                } else if (rule.ownIdVariable() != null) {
                    matched.access(ownPath(rule.roles().iterator().next(), rule.ownIdVariable()));
                } else if (rule.verifiedEmail()) {
                    matched.access(verifiedEmail(rule.roles()));
                } else {
                    matched.hasAnyRole(rule.roles().stream().map(Role::name).sorted().toArray(String[]::new));
                }
            });
            auth.anyRequest().authenticated();
        })
                // Bearer tokens in a header, no cookies: there is no session for CSRF to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(cors -> {
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemAccessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemEntryPoint)
                        .accessDeniedHandler(problemAccessDenied))
                .headers(headers -> commonHeaders(headers, API_CSP))
                .addFilterAfter(new RateLimitFilter(rateLimits, requestCounter, problems),
                        BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorGate(settings.secondFactorRequiredForStaff(), problems),
                        RateLimitFilter.class);
        return http.build();
    }

    /** The signed-in patient or therapist whose own id is the path's {@code idVariable}. */
    private static AuthorizationManager<RequestAuthorizationContext> ownPath(Role role, String idVariable) {
        return (authentication, context) -> {
            if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
                return new AuthorizationDecision(false);
            }
            Caller caller = AccessTokenFormat.callerOf(token.getToken());
            Object own = role == Role.PATIENT ? caller.patient() : caller.therapist();
            return new AuthorizationDecision(caller.role() == role && own != null
                    && own.toString().equals(context.getVariables().get(idVariable)));
        };
    }

    /** Refused because the caller's address is not verified yet: the answer says what to do. */
    static final class EmailNotVerified extends AuthorizationDecision {
        EmailNotVerified() {
            super(false);
        }
    }

    /** One of the roles, with an email address verified when the access token was issued. */
    private static AuthorizationManager<RequestAuthorizationContext> verifiedEmail(java.util.Set<Role> roles) {
        return (authentication, context) -> {
            if (!(authentication.get() instanceof JwtAuthenticationToken token)) {
                return new AuthorizationDecision(false);
            }
            Caller caller = AccessTokenFormat.callerOf(token.getToken());
            if (!roles.contains(caller.role())) {
                return new AuthorizationDecision(false);
            }
            return Boolean.TRUE.equals(token.getToken().getClaimAsBoolean(AccessTokenFormat.EMAIL_VERIFIED))
                    ? new AuthorizationDecision(true) : new EmailNotVerified();
        };
    }

    private static void commonHeaders(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.httpStrictTransportSecurity(hsts -> hsts
                        // Sent on every answer: behind a TLS-terminating proxy the app may see plain HTTP.
                        .requestMatcher(AnyRequestMatcher.INSTANCE)
                        .includeSubDomains(true)
                        .maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    private static JwtAuthenticationConverter rolesFromToken() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("role");
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    @Bean
    AuthenticationEntryPoint problemEntryPoint(ProblemWriter problems, AuditTrail audit) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            boolean tokenPresented = failure instanceof InvalidBearerTokenException;
            if (tokenPresented) {
                audit.recordAttempt(ACCESS_TOKEN_REJECTED, "PATH", AuditedPath.of(request.getRequestURI()));
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(request, response, ProblemWriter.problem(HttpStatus.UNAUTHORIZED,
                    ProblemType.UNAUTHENTICATED, tokenPresented
                            ? "The access token is invalid, expired or has been revoked. Sign in again."
                            : "Sign in to do this: send an access token as 'Authorization: Bearer <token>'."));
        };
    }

    @Bean
    AccessDeniedHandler problemAccessDenied(ProblemWriter problems, AuditTrail audit) {
        return (request, response, denied) -> {
            audit.record(AuditedPath.ACCESS_DENIED, "PATH", AuditedPath.of(request.getRequestURI()));
            if (denied instanceof AuthorizationDeniedException refused
                    && refused.getAuthorizationResult() instanceof EmailNotVerified) {
                problems.write(request, response, ProblemWriter.problem(HttpStatus.FORBIDDEN,
                        ProblemType.of("email-not-verified"), "Confirm your email address first: follow the link we "
                                + "sent you (or ask for a new one), then sign in again."));
                return;
            }
            problems.write(request, response, ProblemWriter.problem(HttpStatus.FORBIDDEN,
                    ProblemType.FORBIDDEN, "Your account is not allowed to do this."));
        };
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(IdentitySettings settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.corsAllowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
