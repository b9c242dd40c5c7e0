package com.physiopractice.sharedkernel.problems;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request the practice's rules refuse. It says what went wrong in words for the client (the
 * message), names the kind of refusal with a stable code ({@code slot-unavailable}) that clients
 * may switch on, and gives a short title. Which HTTP status that is, is the web edge's decision,
 * taken from the subclass: a refusal never carries a status itself.
 */
public abstract class DomainRefusal extends RuntimeException {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String code;
    private final String title;

    protected DomainRefusal(String code, String title, String detail) {
        super(detail);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("refusal codes are lower-case words joined by '-': " + code);
        }
        this.code = code;
        this.title = Objects.requireNonNull(title, "title");
    }

    /** The stable name of this kind of refusal, e.g. {@code slot-unavailable}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** What went wrong, written for the client. */
    public String detail() {
        return getMessage();
    }
}
