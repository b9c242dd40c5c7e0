package com.physiopractice.identity;

import com.physiopractice.identity.access.Caller;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * A session still going: who it is, and the tokens to keep from now on (refreshed when needed).
     *
     * @param secondFactorOwed a staff member's session begun without a second factor where the
     *        practice requires one: it may set one up, then she signs in again with a code
     */
    record Resumed(Caller caller, boolean emailVerified, boolean secondFactorOwed, SessionTokens tokens) {
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

    /**
     * A member of staff follows her invitation and chooses her password; the link and the password
     * are each named when refused ({@code token}, {@code password}), a refused password not spending the link.
     */
    void enrol(String token, String password);

    /** What the signed-in person sees and may change about herself (email and date of birth are not changed here). */
    record Profile(String email, @Nullable String fullName, @Nullable String phone, @Nullable String timeZone,
            boolean secondFactor) {
    }

    /** Her own profile, read and audited as {@code GET /api/v1/me}. */
    Profile profile(Caller caller);

    /** Changes name, phone and time zone as {@code PATCH /api/v1/me} does; bad fields are named. */
    void changeProfile(Caller caller, String fullName, @Nullable String phone, String timeZone);

    /** With the current password; every other session of the account ends, this one stays. */
    void changePassword(SessionTokens session, String currentPassword, String newPassword);

    /** What an authenticator app needs: the secret to type in, and the same as a QR code (a PNG data URI). */
    record SecondFactorSetup(String secret, String qrCode) {
    }

    /** Starts setting up a second factor, with the current password. */
    SecondFactorSetup startSecondFactor(Caller caller, String currentPassword);

    /** Confirms it with the app's first code; answers the recovery codes, shown only now. */
    List<String> confirmSecondFactor(Caller caller, String code);
}
