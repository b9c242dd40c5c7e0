package com.physiopractice.identity.throttle;

import com.physiopractice.identity.security.IdentitySettings;
import com.physiopractice.identity.throttle.SignInFailure.KeyKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, per account and per client address, with the counts in the
 * database so the limits hold however many app nodes serve the requests.
 * <p>
 * A sliding window, not a lock: once the failures fall out of the window the account signs in
 * again, so an attacker can keep a victim out for one window at most after their last guess. A
 * successful sign-in clears the account's failures.
 */
@Service
public class SignInThrottle {

    private final SignInFailures failures;
    private final IdentitySettings.Throttle settings;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, IdentitySettings settings, Clock clock) {
        this.failures = failures;
        this.settings = settings.throttle();
        this.clock = clock;
    }

    /** How long the caller must wait before the next attempt; empty when it may try now. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeNextAttempt(String normalizedEmail, String clientAddress) {
        Instant now = clock.instant();
        Optional<Instant> accountBlockedUntil = blockedUntil(KeyKind.ACCOUNT, normalizedEmail,
                settings.maxFailuresPerAccount(), now);
        Optional<Instant> addressBlockedUntil = blockedUntil(KeyKind.ADDRESS, clientAddress,
                settings.maxFailuresPerAddress(), now);
        return accountBlockedUntil.or(() -> addressBlockedUntil)
                .map(until -> addressBlockedUntil.filter(other -> other.isAfter(until)).orElse(until))
                .map(until -> Duration.between(now, until));
    }

    private Optional<Instant> blockedUntil(KeyKind kind, String value, int limit, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        return failures.recentFailureTimes(kind.name(), value, now.minus(settings.window()), PageRequest.of(limit - 1, 1))
                .stream().findFirst()
                .map(failure -> failure.plus(settings.window()))
                .filter(until -> until.isAfter(now));
    }

    @Transactional
    public void recordFailure(String normalizedEmail, String clientAddress) {
        Instant now = clock.instant();
        failures.save(new SignInFailure(KeyKind.ACCOUNT, normalizedEmail, now));
        if (clientAddress != null) {
            failures.save(new SignInFailure(KeyKind.ADDRESS, clientAddress, now));
        }
    }

    @Transactional
    public void recordSuccess(String normalizedEmail) {
        failures.deleteAllFor(KeyKind.ACCOUNT.name(), normalizedEmail);
    }

    /** Failures outside the window count for nothing; drop them. Safe to run on every node at once. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    public void forgetExpiredFailures() {
        failures.deleteOlderThan(clock.instant().minus(settings.window()));
    }
}
