package com.physiopractice.identity.access;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Who may call which of a module's endpoints. Each module declares its own as a bean; the security
 * filter chain enforces every declaration before anything reads the request, so a patient posting
 * any body to an administrator's endpoint is told 403, never what is wrong with the body. This is
 * the one place roles are checked, and the place for paths that name the caller herself
 * ({@code /therapists/{therapistId}/weekly-hours}); whether a record found by its id is the caller's
 * own stays the module's decision.
 * <p>
 * Within a declaration the first rule that matches a request decides, so narrower paths come
 * first. A request that no rule matches needs a signed-in caller, of any role.
 */
public record EndpointAccess(List<Rule> rules) {

    public EndpointAccess {
        rules = List.copyOf(rules);
    }

    public static EndpointAccess of(Rule... rules) {
        return new EndpointAccess(List.of(rules));
    }

    /**
     * @param method the HTTP method, or {@code null} for every method
     * @param pathPattern a Spring path pattern such as {@code /api/v1/content/{slug}}
     * @param roles who may call it; empty together with {@code anyone} for a public endpoint
     * @param anyone whether a caller who is not signed in may call it
     * @param ownIdVariable a variable of the path that must be the caller's own patient or therapist
     *        id (of the one role named), or {@code null}
     * @param verifiedEmail the caller's email address must be verified (what gives health data or
     *        sends emails about it: intake forms, check-ins, bookings)
     */
    public record Rule(@Nullable HttpMethod method, String pathPattern, Set<Role> roles, boolean anyone,
            @Nullable String ownIdVariable, boolean verifiedEmail) {

        public Rule {
            Objects.requireNonNull(pathPattern, "pathPattern");
            roles = Set.copyOf(roles);
            if (anyone == !roles.isEmpty()) {
                throw new IllegalArgumentException("a rule lets anyone in or names the roles it lets in: " + pathPattern);
            }
            if (ownIdVariable != null && (roles.size() != 1 || !pathPattern.contains("{" + ownIdVariable + "}"))) {
                throw new IllegalArgumentException("an own-id rule names one role and a variable of its path: " + pathPattern);
            }
        }

        /** Anyone, signed in or not: published content, the free slots, signing in. */
        public static Rule anyone(HttpMethod method, String pathPattern) {
            return new Rule(method, pathPattern, Set.of(), true, null, false);
        }

        /** Signed-in callers with one of these roles, for this method. */
        public static Rule roles(HttpMethod method, String pathPattern, Role... roles) {
            return new Rule(method, pathPattern, Set.of(roles), false, null, false);
        }

        /** Signed-in callers with one of these roles whose email address is verified, for this method. */
        public static Rule verified(HttpMethod method, String pathPattern, Role... roles) {
            return new Rule(method, pathPattern, Set.of(roles), false, null, true);
        }

        /** Signed-in callers with one of these roles, for every method. */
        public static Rule roles(String pathPattern, Role... roles) {
            return new Rule(null, pathPattern, Set.of(roles), false, null, false);
        }

        /**
         * Only the patient or therapist the path names, for every method: a therapist's own hours
         * at {@code /therapists/{therapistId}/weekly-hours}. Anyone else signed in is refused (403).
         */
        public static Rule own(String pathPattern, Role role, String idVariable) {
            return new Rule(null, pathPattern, Set.of(role), false, idVariable, false);
        }
    }
}
