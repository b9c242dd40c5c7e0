package com.physiopractice.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.physiopractice.identity.security.IdentitySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Access tokens are RS256 JWTs. The decoder accepts RS256 only (so {@code alg: none} and an HS256
 * token "signed" with the public key are refused), checks {@code iss}, {@code aud} and {@code exp}
 * against the practice clock, and checks that the token's session has not been ended.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    static final String SESSION_CLAIM = "sid";

    @Bean
    RSAKey tokenSigningKey(IdentitySettings settings) {
        return SigningKeySource.load(settings);
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey tokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(tokenSigningKey)));
    }

    @Bean
    JwtDecoder jwtDecoder(RSAKey tokenSigningKey, IdentitySettings settings, Clock clock,
            SessionCheck sessions) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ofSeconds(30));
        lifetime.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                lifetime,
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(settings.audience())),
                activeSession(sessions, clock))));
        return decoder;
    }

    /** Logout and refresh-token reuse end a session; its access tokens stop working at once. */
    private static OAuth2TokenValidator<Jwt> activeSession(SessionCheck sessions, Clock clock) {
        OAuth2Error ended = new OAuth2Error("invalid_token", "The session of this token has ended", null);
        return jwt -> {
            String sessionId = jwt.getClaimAsString(SESSION_CLAIM);
            if (sessionId == null) {
                return OAuth2TokenValidatorResult.failure(ended);
            }
            UUID id;
            try {
                id = UUID.fromString(sessionId);
            } catch (IllegalArgumentException e) {
                return OAuth2TokenValidatorResult.failure(ended);
            }
            return sessions.isActive(id, clock.instant())
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(ended);
        };
    }
}
