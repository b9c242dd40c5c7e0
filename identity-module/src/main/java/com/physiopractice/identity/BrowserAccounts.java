package com.physiopractice.identity;

import com.physiopractice.identity.access.Caller;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Accounts as the pages use them: the same accounts, throttle, sessions and audit as the API. A
 * page session keeps its tokens on the server (in the HTTP session), never in the browser, and
 * is resumed on each request: it ends when the API's session would (logout, idle, disabled).
 * Refusals of bad input are {@code InvalidInputException}s naming every field.
 */
public interface BrowserAccounts {

    /** The tokens of one sign-in session, kept server-side. */
    record SessionTokens(String accessToken, String refreshToken) {
    }

    /** A session still going: who it is, and the tokens to keep from now on (refreshed when needed). */
    record Resumed(Caller caller, boolean emailVerified, SessionTokens tokens) {
    }

    /** What signing in gave. */
    sealed interface SignInResult {

        record SignedIn(SessionTokens tokens) implements SignInResult {
        }

        /** Wrong email or password (never which). */
        record Refused() implements SignInResult {
        }

        /** The password was right and the account has a second factor: ask for its code. */
        record CodeNeeded() implements SignInResult {
        }

        record Throttled(long retryAfterSeconds) implements SignInResult {
        }
    }

    SignInResult signIn(String email, String password, @Nullable String code, @Nullable String clientAddress);

    /** The session behind these tokens, if it is still going. */
    Optional<Resumed> resume(SessionTokens tokens);

    /** Ends the session at once (its API tokens stop working too). */
    void signOut(SessionTokens tokens);

    /**
     * A patient registers; the answer is the same whether or not the address has an account,
     * and the address is written to either way.
     */
    void register(String email, String password, String fullName, @Nullable LocalDate dateOfBirth,
            @Nullable String phone, String timeZone);

    /** Follows an emailed verification link; false when it is unknown, used or expired. */
    boolean verifyEmail(String token);

    void requestPasswordReset(String email);

    /** Follows an emailed reset link with the new password; every session of the account ends. */
    void resetPassword(String token, String newPassword);
}
