package com.physiopractice.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The id of the request being answered, as the platform's filter set it: in the logging context
 * ({@value #LOG_KEY}), as a request attribute and in the {@value #HEADER} response header.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    public static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    /** What a proxy may send: a token that cannot break a log line or smuggle markup. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private RequestIds() {
    }

    /** The incoming id when it is a plain token, else a new random one. */
    public static String acceptOrCreate(@Nullable String incoming) {
        return incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    /** This request's id; absent outside a request the filter saw. */
    public static @Nullable String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id instanceof String text ? text : null;
    }
}
