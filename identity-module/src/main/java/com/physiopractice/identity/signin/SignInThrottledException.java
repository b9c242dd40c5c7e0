package com.physiopractice.identity.signin;

import com.physiopractice.sharedkernel.problems.DomainRefusal;
import java.time.Duration;

/** Too many failed sign-ins lately, for the account or for the client's address: try again later. */
public class SignInThrottledException extends DomainRefusal {

    private final long retryAfterSeconds;

    SignInThrottledException(Duration wait) {
        this(Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0)));
    }

    private SignInThrottledException(long seconds) {
        super("too-many-requests", "Too many requests",
                "Too many failed sign-in attempts. Try again in " + seconds + " seconds.");
        this.retryAfterSeconds = seconds;
    }

    /** Whole seconds, rounded up, before the next attempt can succeed. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
