package com.physiopractice.identity.security;

import com.physiopractice.identity.access.Role;
import com.physiopractice.identity.token.AccessTokenFormat;
import com.physiopractice.platform.ProblemType;
import com.physiopractice.platform.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where a second factor is required for staff: a therapist's or administrator's session begun
 * without one reaches only what it takes to set one up (and to see herself and sign out), so
 * health data is never open to a password alone.
 */
public final class SecondFactorGate extends OncePerRequestFilter {

    /** What a staff member may do before her second factor is set up. */
    static final Set<String> SET_UP_PATHS = Set.of("/api/v1/me", "/api/v1/me/second-factor",
            "/api/v1/me/second-factor/confirm", "/api/v1/auth/logout");

    private final boolean required;
    private final ProblemWriter problems;

    SecondFactorGate(boolean required, ProblemWriter problems) {
        this.required = required;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                && !admits(required, token.getToken(), request.getRequestURI())) {
            problems.write(request, response, ProblemWriter.problem(HttpStatus.FORBIDDEN,
                    ProblemType.of("second-factor-required"), "Staff accounts need a second factor: set one up at "
                            + "/api/v1/me/second-factor, then sign in again with a code."));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a request with this access token may go on to this path. */
    static boolean admits(boolean required, Jwt token, String path) {
        return !owed(required, token) || SET_UP_PATHS.contains(path);
    }

    /**
     * Whether this session is a staff member's begun without a second factor where one is required:
     * it may set one up and nothing else (the pages apply the same rule to the workspace).
     */
    public static boolean owed(boolean required, Jwt token) {
        return required && AccessTokenFormat.callerOf(token).role() != Role.PATIENT
                && !Boolean.TRUE.equals(token.getClaimAsBoolean(AccessTokenFormat.SECOND_FACTOR));
    }
}
