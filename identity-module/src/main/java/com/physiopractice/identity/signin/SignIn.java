package com.physiopractice.identity.signin;

import com.physiopractice.audit.AuditAction;
import com.physiopractice.audit.AuditTrail;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.secondfactor.SecondFactors;
import com.physiopractice.identity.security.SignedInActor;
import com.physiopractice.identity.throttle.SignInThrottle;
import com.physiopractice.identity.token.TokenService;
import com.physiopractice.identity.token.TokenService.IssuedTokens;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Signing in with an email and a password: refused while the account or the client address has
 * failed too often lately; otherwise counted as an attempt, then checked (a right password takes
 * the attempt back) and audited either way. Nothing says whether the
 * email belongs to an account.
 */
@Service
public class SignIn {

    static final AuditAction SIGN_IN_SUCCEEDED = AuditAction.of("SIGN_IN_SUCCEEDED");
    static final AuditAction SIGN_IN_FAILED = AuditAction.of("SIGN_IN_FAILED");
    static final AuditAction SIGN_IN_THROTTLED = AuditAction.of("SIGN_IN_THROTTLED");
    static final AuditAction RECOVERY_CODE_USED = AuditAction.of("SECOND_FACTOR_RECOVERY_CODE_USED");

    private final AccountService accounts;
    private final TokenService tokens;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final SecondFactors secondFactors;

    SignIn(AccountService accounts, TokenService tokens, SignInThrottle throttle, AuditTrail audit,
            SecondFactors secondFactors) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.audit = audit;
        this.secondFactors = secondFactors;
    }

    /** A new session for the account with this email and password. */
    public IssuedTokens attempt(String email, String password, @Nullable String clientAddress) {
        return attempt(email, password, null, clientAddress);
    }

    /**
     * A new session for the account with this email, password and (when it has a second factor)
     * the code from the authenticator app or a recovery code. A missing or wrong code leaves the
     * attempt counted as a failure, so codes cannot be guessed faster than passwords.
     */
    public IssuedTokens attempt(String email, String password, @Nullable String code, @Nullable String clientAddress) {
        String normalized = Account.normalizeEmail(email);
        // The attempt is counted before the password is checked, so parallel guesses cannot slip
        // past the limit between the check and the count.
        SignInThrottle.Result reserved = throttle.reserve(normalized, clientAddress);
        if (reserved.attempt() == null) {
            audit.recordAttempt(SIGN_IN_THROTTLED, "EMAIL", null);
            throw new SignInThrottledException(reserved.waitBeforeNextAttempt());
        }
        Optional<Account> account = accounts.authenticate(normalized, password);
        if (account.isEmpty()) {
            // Which account was targeted (its id, never the password), so an administrator sees who is attacked.
            Optional<AccountId> targeted = accounts.accountWithEmail(normalized);
            if (targeted.isPresent()) {
                audit.recordAttempt(SIGN_IN_FAILED, "ACCOUNT", targeted.get());
            } else {
                audit.recordAttempt(SIGN_IN_FAILED, "EMAIL", null);
            }
            throw new SignInRefusedException();
        }
        boolean secondFactor = secondFactors.isEnrolled(account.get().id());
        if (secondFactor) {
            if (code == null || code.isBlank()) {
                throw new SecondFactorRequiredException();
            }
            SecondFactors.Proof proof = secondFactors.verify(account.get().id(), code);
            if (proof == SecondFactors.Proof.NONE) {
                audit.recordAttempt(SIGN_IN_FAILED, "ACCOUNT", account.get().id());
                throw new SignInRefusedException();
            }
            if (proof == SecondFactors.Proof.RECOVERY_CODE) {
                // Staff and patients should hear of it if the codes they keep on paper are used.
                audit.recordAs(SignedInActor.actorOf(account.get().asCaller()), RECOVERY_CODE_USED, "ACCOUNT",
                        account.get().id().toString());
            }
        }
        throttle.succeeded(reserved.attempt());
        audit.recordAs(SignedInActor.actorOf(account.get().asCaller()), SIGN_IN_SUCCEEDED, "ACCOUNT",
                account.get().id().toString());
        return tokens.startSession(account.get(), secondFactor);
    }
}
