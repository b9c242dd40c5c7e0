package com.physiopractice.identity.security;

import com.physiopractice.audit.Actor;
import com.physiopractice.audit.CurrentActor;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.token.AccessTokenFormat;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Tells the audit trail who is acting: the caller of the verified access token of this request, or
 * of the page session the web module resumed from one (its principal is the {@link Caller}), if any.
 */
@Component
public class SignedInActor implements CurrentActor {

    @Override
    public Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(actorOf(AccessTokenFormat.callerOf(jwt)));
        }
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(actorOf(caller));
        }
        return Optional.empty();
    }

    /** A caller as the audit trail names actors. */
    public static Actor actorOf(Caller caller) {
        return new Actor(caller.account().toString(), caller.role().name());
    }
}
