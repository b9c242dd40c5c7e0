package com.physiopractice.identity.throttle;

import com.physiopractice.identity.security.IdentitySettings;
import com.physiopractice.identity.throttle.SignInFailure.KeyKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final TransactionTemplate transactions;
    /**
     * InnoDB may pick the reservation as a deadlock's victim (its insert's gap lock against the purge
     * or another key's delete): nothing was counted then, so it is run again instead of answering 500.
     */
    private final RetryTemplate deadlockRetry = new RetryTemplate(RetryPolicy.builder()
            .includes(PessimisticLockingFailureException.class).maxRetries(2).delay(Duration.ZERO).build());

    SignInThrottle(SignInFailures failures, IdentitySettings settings, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.failures = failures;
        this.settings = settings.throttle();
        this.clock = clock;
    }

    /**
     * An attempt to sign in, reserved before the password is checked: it counts as a failure until
     * {@link #succeeded} takes it back.
     *
     * @param failureIds the reserved failures, one for the account and one for the address
     */
    public record Attempt(String normalizedEmail, List<Long> failureIds) {
    }

    /**
     * Reserves an attempt, or says how long the caller must wait. Counting and reserving happen
     * under a lock on the account's (and the address's) row, so parallel guesses are counted one
     * after another: within the window no more than the limit of passwords is ever checked,
     * however many requests arrive at once on however many nodes.
     */
    public Result reserve(String normalizedEmail, @Nullable String clientAddress) {
        // The lock rows are added first, each committed on its own: adding one inside the locking
        // transaction would take a shared lock that parallel attempts then deadlock upgrading.
        transactions.executeWithoutResult(status -> failures.addKey(KeyKind.ACCOUNT.name(), normalizedEmail));
        if (clientAddress != null) {
            transactions.executeWithoutResult(status -> failures.addKey(KeyKind.ADDRESS.name(), clientAddress));
        }
        return deadlockRetry.invoke(() -> transactions.execute(status -> reserveLocked(normalizedEmail, clientAddress)));
    }

    private Result reserveLocked(String normalizedEmail, @Nullable String clientAddress) {
        Instant now = clock.instant();
        // Always the account before the address: attempts never wait on each other in a circle.
        lock(KeyKind.ACCOUNT, normalizedEmail);
        if (clientAddress != null) {
            lock(KeyKind.ADDRESS, clientAddress);
        }
        Optional<Instant> accountBlockedUntil = blockedUntil(KeyKind.ACCOUNT, normalizedEmail,
                settings.maxFailuresPerAccount(), now);
        Optional<Instant> addressBlockedUntil = blockedUntil(KeyKind.ADDRESS, clientAddress,
                settings.maxFailuresPerAddress(), now);
        Optional<Duration> wait = accountBlockedUntil.or(() -> addressBlockedUntil)
                .map(until -> addressBlockedUntil.filter(other -> other.isAfter(until)).orElse(until))
                .map(until -> Duration.between(now, until));
        if (wait.isPresent()) {
            return new Result(null, wait.get());
        }
        List<Long> reserved = new ArrayList<>();
        reserved.add(failures.save(new SignInFailure(KeyKind.ACCOUNT, normalizedEmail, now)).id());
        if (clientAddress != null) {
            reserved.add(failures.save(new SignInFailure(KeyKind.ADDRESS, clientAddress, now)).id());
        }
        return new Result(new Attempt(normalizedEmail, reserved), null);
    }

    /** Either an attempt to make now, or how long to wait before the next one. */
    public record Result(@Nullable Attempt attempt, @Nullable Duration waitBeforeNextAttempt) {
    }

    /** The password was right: the reserved attempt does not count, and the account's failures are forgotten. */
    @Transactional
    public void succeeded(Attempt attempt) {
        failures.deleteAllById(attempt.failureIds());
        failures.deleteAllFor(KeyKind.ACCOUNT.name(), attempt.normalizedEmail());
    }

    private void lock(KeyKind kind, String value) {
        if (failures.lockKey(kind.name(), value).isEmpty()) {
            // The clean-up removed the idle key's row since it was added: add it and lock it now.
            failures.addKey(kind.name(), value);
            failures.lockKey(kind.name(), value);
        }
    }

    private Optional<Instant> blockedUntil(KeyKind kind, @Nullable String value, int limit, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        return failures.recentFailureTimes(kind.name(), value, now.minus(settings.window()), PageRequest.of(limit - 1, 1))
                .stream().findFirst()
                .map(failure -> failure.plus(settings.window()))
                .filter(until -> until.isAfter(now));
    }

    /** Failures outside the window count for nothing; drop them. Safe to run on every node at once. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    public void forgetExpiredFailures() {
        failures.deleteOlderThan(clock.instant().minus(settings.window()));
        failures.deleteIdleKeys();
    }
}
