package com.physiopractice.web.security;

import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.identity.BrowserAccounts.SessionTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The signed-in person of a page request. Her tokens live in the HTTP session (the cookie holds
 * only its id); each request resumes them through identity, so a session ended anywhere (logout,
 * half an hour idle, a disabled account) ends here too.
 */
public final class PageSession extends OncePerRequestFilter {

    static final String TOKENS = PageSession.class.getName() + ".tokens";
    static final String SIGNED_IN = PageSession.class.getName() + ".signedIn";

    private final BrowserAccounts accounts;

    PageSession(BrowserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Who is signed in on this request, if anyone. */
    public static Optional<Resumed> of(HttpServletRequest request) {
        return Optional.ofNullable((Resumed) request.getAttribute(SIGNED_IN));
    }

    /** Keeps the tokens of a new sign-in in a new session (a new id: no session fixation). */
    public static void begin(HttpServletRequest request, SessionTokens tokens) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(TOKENS, tokens);
    }

    /** The tokens of this browser's session, to end it. */
    public static @Nullable SessionTokens end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        SessionTokens tokens = (SessionTokens) session.getAttribute(TOKENS);
        session.invalidate();
        return tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        SessionTokens tokens = session == null ? null : (SessionTokens) session.getAttribute(TOKENS);
        if (tokens != null) {
            Optional<Resumed> resumed = accounts.resume(tokens);
            if (resumed.isPresent()) {
                session.setAttribute(TOKENS, resumed.get().tokens());
                request.setAttribute(SIGNED_IN, resumed.get());
                // The Caller as principal: the audit trail names who read what on the pages too.
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        resumed.get().caller(), null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + resumed.get().caller().role().name()))));
                if (resumed.get().secondFactorOwed() && isWorkspace(request)) {
                    // As the API's gate: health data is never open to a password alone.
                    response.sendRedirect(request.getContextPath() + "/portal/profile?secondFactorNeeded#second-factor");
                    return;
                }
            } else {
                session.removeAttribute(TOKENS);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isWorkspace(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/practice") || path.startsWith("/practice/") || path.equals("/admin")
                || path.startsWith("/admin/");
    }
}
