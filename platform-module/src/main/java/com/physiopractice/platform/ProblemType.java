package com.physiopractice.platform;

import java.net.URI;

/**
 * The stable {@code type} URIs of the API's problem+json answers (RFC 9457). Clients switch
 * on these, so a slug, once published, never changes meaning. Every module builds its types
 * here so they share one base.
 */
public final class ProblemType {

    /** Under the reserved {@code .example} domain: the URIs identify, they are not fetched. */
    public static final String BASE = "https://physio-practice.example/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI CONFLICT = of("conflict");
    public static final URI STALE_VERSION = of("stale-version");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI INTERNAL = of("internal-error");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");

    private ProblemType() {
    }

    public static URI of(String slug) {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem slugs are lower-case words joined by '-': " + slug);
        }
        return URI.create(BASE + slug);
    }
}
