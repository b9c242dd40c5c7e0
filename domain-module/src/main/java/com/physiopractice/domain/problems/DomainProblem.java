package com.physiopractice.domain.problems;

import java.net.URI;
import java.util.Objects;

/**
 * A request the practice's rules refuse, e.g. a slot that is taken (409) or an intake too old to
 * book with (422). It carries its HTTP status and stable problem type so that the web layer can
 * answer it without knowing every module's rules; the message is the problem's {@code detail} and
 * is written for the client.
 */
public class DomainProblem extends RuntimeException {

    private final int status;
    private final URI type;
    private final String title;
    private final Long retryAfterSeconds;

    public DomainProblem(int status, URI type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    private DomainProblem(int status, URI type, String title, String detail, Long retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a refused request is a 4xx: " + status);
        }
        this.status = status;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
    }

    /** The object does not exist, or the caller may not know that it does. */
    public static DomainProblem notFound(String what) {
        return new DomainProblem(404, ProblemTypes.NOT_FOUND, "Not found", what + " was not found.");
    }

    /** Too many requests: the client may try again after the given number of seconds (429, Retry-After). */
    public static DomainProblem tooManyRequests(long retryAfterSeconds, String detail) {
        return new DomainProblem(429, ProblemTypes.TOO_MANY_REQUESTS, "Too many requests", detail,
                Math.max(1, retryAfterSeconds));
    }

    /** Seconds for a {@code Retry-After} header; {@code null} when retrying later does not help. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }
}
