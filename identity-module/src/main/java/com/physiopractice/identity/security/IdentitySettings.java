package com.physiopractice.identity.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the practice signs people in; validated at start-up.
 *
 * @param issuer the {@code iss} of access tokens, checked on every request
 * @param audience the {@code aud} of access tokens, checked on every request
 * @param accessTokenLifetime at most 15 minutes (OWASP ASVS); logout ends them sooner
 * @param refreshTokenLifetime how long a patient's sign-in session lasts at most without a new password
 * @param staffSessionLifetime the same for therapists and administrators, who hold everyone's data
 * @param sessionIdleTimeout a session not refreshed for this long ends (a refresh token expires
 *        this long after it was issued, or with its session if that is sooner)
 * @param signingKey a PKCS#8 PEM RSA private key; required when {@code requireConfiguredKey} is set (prod)
 * @param signingKeyFile where the dev run keeps its generated key, so tokens survive a restart
 * @param requireConfiguredKey refuse to start without {@code signingKey} (set in the prod profile)
 * @param secondFactorRequiredForStaff therapists and administrators reach nothing but setting up a
 *        second factor until their session was begun with one (set in the prod profile)
 * @param passwordHashing the cost of Argon2id for new password hashes (a stored hash keeps its own)
 */
@Validated
@ConfigurationProperties("practice.identity")
public record IdentitySettings(
        @NotBlank @DefaultValue("physio-practice") String issuer,
        @NotBlank @DefaultValue("physio-practice-api") String audience,
        @NotNull @DefaultValue("15m") Duration accessTokenLifetime,
        @NotNull @DefaultValue("14d") Duration refreshTokenLifetime,
        @NotNull @DefaultValue("12h") Duration staffSessionLifetime,
        @NotNull @DefaultValue("30m") Duration sessionIdleTimeout,
        @Nullable String signingKey,
        @Nullable String signingKeyFile,
        boolean requireConfiguredKey,
        @Valid @NotNull @DefaultValue Throttle throttle,
        @Valid @NotNull @DefaultValue RequestLimits requestLimits,
        @DefaultValue("false") boolean secondFactorRequiredForStaff,
        @Valid @NotNull @DefaultValue Bootstrap bootstrap,
        @NotNull @DefaultValue List<String> corsAllowedOrigins,
        @Valid @NotNull @DefaultValue PasswordHashing passwordHashing) {

    @AssertTrue(message = "access tokens live at most 15 minutes")
    boolean isAccessTokenShortLived() {
        return accessTokenLifetime == null || accessTokenLifetime.compareTo(Duration.ofMinutes(15)) <= 0;
    }

    @AssertTrue(message = "a signing key (practice.identity.signing-key) is required")
    boolean isSigningKeyPresentWhenRequired() {
        return !requireConfiguredKey || (signingKey != null && !signingKey.isBlank());
    }

    @AssertTrue(message = "with a configured signing key (production), passwords are hashed with at least "
            + "OWASP's Argon2id cost: 19 MiB and 2 iterations")
    boolean isPasswordHashingStrongWhereItCounts() {
        return !requireConfiguredKey || passwordHashing == null || passwordHashing.isAtLeastOwasp();
    }

    /**
     * Argon2id's cost. The default is OWASP's recommendation; the test suites lower it (they hash a
     * password for each of hundreds of accounts), which production refuses.
     */
    public record PasswordHashing(
            @Min(1024) @DefaultValue("19456") int memoryKib,
            @Min(1) @DefaultValue("2") int iterations) {

        static final int OWASP_MEMORY_KIB = 19 * 1024;
        static final int OWASP_ITERATIONS = 2;

        boolean isAtLeastOwasp() {
            return memoryKib >= OWASP_MEMORY_KIB && iterations >= OWASP_ITERATIONS;
        }
    }

    /**
     * Sign-in throttling. Failures older than {@code window} no longer count, so an attacker can
     * keep a victim's account from signing in for one window at most after the last failure.
     */
    public record Throttle(
            @NotNull @DefaultValue("15m") Duration window,
            @Min(3) @DefaultValue("10") int maxFailuresPerAccount,
            @Min(3) @DefaultValue("100") int maxFailuresPerAddress) {
    }

    /**
     * How often anyone may register and refresh a session, per client address: a flood of
     * registrations would each run the password hash and send an email.
     */
    public record RequestLimits(
            @Min(1) @DefaultValue("10") int registrationsPerAddressPerHour,
            @Min(1) @DefaultValue("120") int refreshesPerAddressPerHour) {
    }

    /**
     * The first administrator, created on first start when none exists.
     *
     * @param adminPassword her password; without one, she is sent an enrolment link by email
     *        ({@code printGeneratedPassword} false, production) or a generated password is printed
     *        once in the log (the dev run)
     */
    public record Bootstrap(@NotBlank @Email @DefaultValue("admin@practice.example") String adminEmail,
            @Nullable String adminPassword,
            @DefaultValue("true") boolean printGeneratedPassword) {
    }
}
