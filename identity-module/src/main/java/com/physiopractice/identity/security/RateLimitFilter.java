package com.physiopractice.identity.security;

import com.physiopractice.identity.access.RateLimits;
import com.physiopractice.identity.access.RateLimits.Limit;
import com.physiopractice.identity.throttle.RequestCounter;
import com.physiopractice.platform.ProblemType;
import com.physiopractice.platform.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies every module's {@link RateLimits} after the access token is read (so a limit per account
 * knows the account) and before anything reads the body: a request over a limit is answered 429
 * with {@code Retry-After} and goes no further.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private record Matched(Limit limit, RequestMatcher matcher) {
    }

    private final List<Matched> limits;
    private final RequestCounter counter;
    private final ProblemWriter problems;

    RateLimitFilter(List<RateLimits> declared, RequestCounter counter, ProblemWriter problems) {
        this.limits = declared.stream().flatMap(rateLimits -> rateLimits.limits().stream())
                .map(limit -> new Matched(limit, PathPatternRequestMatcher.withDefaults()
                        .matcher(limit.method(), limit.pathPattern())))
                .toList();
        this.counter = counter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Matched matched : limits) {
            if (!matched.matcher().matches(request)) {
                continue;
            }
            Limit limit = matched.limit();
            String key = switch (limit.per()) {
                case CLIENT_ADDRESS -> "address:" + request.getRemoteAddr();
                case ACCOUNT -> account();
            };
            if (key == null) {
                continue;
            }
            Duration wait = counter.count(limit.name(), key, limit.requests(), limit.window());
            if (!wait.isZero()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
                problems.write(request, response, ProblemWriter.problem(HttpStatus.TOO_MANY_REQUESTS,
                        ProblemType.TOO_MANY_REQUESTS, "Too many requests of this kind; try again in "
                                + Math.max(1, wait.toMinutes()) + " minute(s)."));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String account() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn instanceof JwtAuthenticationToken token ? "account:" + token.getToken().getSubject() : null;
    }
}
