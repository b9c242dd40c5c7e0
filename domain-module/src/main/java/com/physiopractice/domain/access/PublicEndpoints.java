package com.physiopractice.domain.access;

import java.util.List;
import java.util.Objects;

/**
 * The endpoints of a module that anyone may call without signing in, e.g. the published education
 * content or the list of free slots. Each module declares its own as a bean; the security
 * configuration allows exactly these and requires a signed-in caller everywhere else.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

    public PublicEndpoints {
        endpoints = List.copyOf(endpoints);
    }

    public static PublicEndpoints of(Endpoint... endpoints) {
        return new PublicEndpoints(List.of(endpoints));
    }

    /**
     * @param method an HTTP method such as {@code GET}
     * @param pathPattern a Spring path pattern such as {@code /api/v1/content/{slug}}
     */
    public record Endpoint(String method, String pathPattern) {

        public Endpoint {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(pathPattern, "pathPattern");
        }

        public static Endpoint get(String pathPattern) {
            return new Endpoint("GET", pathPattern);
        }

        public static Endpoint post(String pathPattern) {
            return new Endpoint("POST", pathPattern);
        }
    }
}
