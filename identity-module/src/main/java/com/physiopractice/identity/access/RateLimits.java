package com.physiopractice.identity.access;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * How often a module's endpoints may be called, per client address or per signed-in account. Each
 * module declares its own as a bean next to its {@link EndpointAccess}; the security filter chain
 * counts every matching request (in the database, so the limits hold across nodes) before the
 * body is read, and answers 429 with {@code Retry-After} beyond a limit.
 */
public record RateLimits(List<Limit> limits) {

    public RateLimits {
        limits = List.copyOf(limits);
    }

    public static RateLimits of(Limit... limits) {
        return new RateLimits(List.of(limits));
    }

    /** Whose requests a limit counts. */
    public enum Per {
        /** The client address, for anyone signed in or not. */
        CLIENT_ADDRESS,
        /** The signed-in account; requests without one are not counted (they are refused anyway). */
        ACCOUNT
    }

    /**
     * @param name names the counter, e.g. {@code registrations}; two limits with one name share it
     * @param pathPattern a Spring path pattern
     * @param requests how many requests a window allows
     * @param window the length of a fixed window; counting starts again in the next one
     */
    public record Limit(String name, HttpMethod method, String pathPattern, Per per, int requests, Duration window) {

        public Limit {
            Objects.requireNonNull(name, "name");
            if (requests < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a rate limit allows at least one request per window: " + name);
            }
        }
    }
}
