package com.physiopractice.identity.token;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.AccountDisabled;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.access.Role;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.Accounts;
import com.physiopractice.identity.security.IdentitySettings;
import com.physiopractice.identity.security.SignedInActor;
import com.physiopractice.sharedkernel.SecretToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and ends sign-in sessions. Refresh tokens are single-use: each refresh returns a
 * new one, and presenting a used one means it was stolen or replayed, so the whole session ends.
 */
@Service
public class TokenService {

    public static final AuditAction TOKEN_REFRESHED = AuditAction.of("TOKEN_REFRESHED");
    public static final AuditAction REFRESH_TOKEN_REUSED = AuditAction.of("REFRESH_TOKEN_REUSED");
    public static final AuditAction SIGNED_OUT = AuditAction.of("SIGNED_OUT");
    public static final AuditAction REFRESH_TOKEN_UNKNOWN = AuditAction.of("REFRESH_TOKEN_UNKNOWN");


    private final JwtEncoder encoder;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Accounts accounts;
    private final IdentitySettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    TokenService(JwtEncoder encoder, Sessions sessions, RefreshTokens refreshTokens,
            Accounts accounts, IdentitySettings settings, AuditTrail audit, Clock clock) {
        this.encoder = encoder;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a client gets after signing in or refreshing. */
    public record IssuedTokens(String accessToken, long expiresInSeconds, String refreshToken) {
    }

    @Transactional
    public IssuedTokens startSession(Account account) {
        return startSession(account, false);
    }

    /** @param secondFactor the sign-in gave a second factor: the session's access tokens say so */
    @Transactional
    public IssuedTokens startSession(Account account, boolean secondFactor) {
        Instant now = clock.instant();
        Duration lifetime = account.role() == Role.PATIENT ? settings.refreshTokenLifetime()
                : settings.staffSessionLifetime();
        Session session = sessions.save(new Session(account.id().value(), now, now.plus(lifetime), secondFactor));
        return issue(account, session, now);
    }

    /**
     * Rotates a refresh token. Empty when the token is unknown, expired, already used (which ends
     * its session) or its session or account is no longer active.
     */
    @Transactional
    public Optional<IssuedTokens> refresh(String presentedToken) {
        Instant now = clock.instant();
        String hash = SecretToken.sha256Hex(presentedToken);
        Optional<RefreshToken> found = refreshTokens.findById(hash);
        if (found.isEmpty()) {
            // A token nobody was given: a guess, or one left from a deleted session. Never the token itself.
            audit.recordAttempt(REFRESH_TOKEN_UNKNOWN, "SESSION", null);
            return Optional.empty();
        }
        RefreshToken token = found.get();
        Session session = sessions.findById(token.sessionId()).orElseThrow();
        Account account = accounts.findById(session.accountId()).orElseThrow();
        if (refreshTokens.markUsed(hash, now) == 0) {
            session.revoke(Session.EndReason.REFRESH_TOKEN_REUSED, now);
            audit.recordAs(SignedInActor.actorOf(account.asCaller()), REFRESH_TOKEN_REUSED, "SESSION", session.id().toString());
            return Optional.empty();
        }
        if (token.isExpiredAt(now) || !session.isActiveAt(now) || !account.isEnabled()) {
            return Optional.empty();
        }
        audit.recordAs(SignedInActor.actorOf(account.asCaller()), TOKEN_REFRESHED, "SESSION", session.id().toString());
        return Optional.of(issue(account, session, now));
    }

    /** Ends a session: its refresh tokens and its access tokens stop working at once. */
    @Transactional
    public void endSession(UUID sessionId, Caller caller) {
        sessions.findById(sessionId).ifPresent(session -> {
            session.revoke(Session.EndReason.LOGOUT, clock.instant());
            refreshTokens.deleteAllOf(session.id());
        });
        audit.recordAs(SignedInActor.actorOf(caller), SIGNED_OUT, "SESSION", sessionId.toString());
    }

    /** A disabled account's sessions end in the transaction that disabled it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDisabled disabled) {
        sessions.revokeAllOf(disabled.account().value(), Session.EndReason.ACCOUNT_DISABLED.name(), clock.instant());
    }

    /** The password was reset: every session ends, wherever it was started. */
    @Transactional
    public void endSessionsAfterPasswordReset(AccountId account) {
        sessions.revokeAllOf(account.value(), Session.EndReason.PASSWORD_RESET.name(), clock.instant());
    }

    /** The password was changed in one session: every other one ends. */
    @Transactional
    public void endOtherSessionsAfterPasswordChange(AccountId account, UUID kept) {
        sessions.revokeAllOfExcept(account.value(), kept, Session.EndReason.PASSWORD_CHANGED.name(), clock.instant());
    }

    private IssuedTokens issue(Account account, Session session, Instant now) {
        String refreshToken = SecretToken.urlSafeToken(32);
        // Unused for the idle timeout, and never beyond the session's own end.
        Instant idleEnd = now.plus(settings.sessionIdleTimeout());
        Instant refreshExpiry = idleEnd.isBefore(session.expiresAt()) ? idleEnd : session.expiresAt();
        refreshTokens.save(new RefreshToken(SecretToken.sha256Hex(refreshToken), session.id(), now, refreshExpiry));

        Instant accessExpiry = now.plus(settings.accessTokenLifetime());
        Caller caller = account.asCaller();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(java.util.List.of(settings.audience()))
                .subject(account.id().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(accessExpiry)
                .id(UUID.randomUUID().toString())
                .claim(TokenConfiguration.SESSION_CLAIM, session.id().toString())
                .claim(AccessTokenFormat.ROLE, caller.role().name())
                .claim(AccessTokenFormat.EMAIL_VERIFIED, account.isEmailVerified())
                .claim(AccessTokenFormat.SECOND_FACTOR, session.begunWithSecondFactor());
        caller.patientId().ifPresent(patient -> claims.claim(AccessTokenFormat.PATIENT, patient.toString()));
        caller.therapistId().ifPresent(therapist -> claims.claim(AccessTokenFormat.THERAPIST, therapist.toString()));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
        String accessToken = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedTokens(accessToken, settings.accessTokenLifetime().toSeconds(), refreshToken);
    }

}
