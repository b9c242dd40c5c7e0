package com.physiopractice.identity.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.signin.SignIn;
import com.physiopractice.identity.token.AccessTokenFormat;
import com.physiopractice.identity.token.TokenService;
import com.physiopractice.identity.token.TokenService.IssuedTokens;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.sharedkernel.safety.EmergencyAdvice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Registration, tokens and sessions")
class AuthController {

    private final AccountService accounts;
    private final SignIn signIn;
    private final TokenService tokens;

    AuthController(AccountService accounts, SignIn signIn, TokenService tokens) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.tokens = tokens;
    }

    record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull String password,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Past LocalDate dateOfBirth,
            @Size(max = 30) String phone,
            @NotBlank String timeZone) {
    }

    /** @param code the authenticator app's current code, or a recovery code: needed when the account has a second factor */
    record TokenRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password,
            @Size(max = 64) String code) {
    }

    record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

        static TokenResponse of(IssuedTokens issued) {
            return new TokenResponse(issued.accessToken(), "Bearer", issued.expiresInSeconds(), issued.refreshToken());
        }
    }

    /** The shape of a refused registration, for the OpenAPI document. */
    @Schema(name = "RegistrationProblem", description = "RFC 9457 problem details of a refused registration")
    record RegistrationProblem(URI type, String title, @Schema(example = "400") int status, String detail,
            String instance, @Schema(description = "Every offending field") List<FieldProblem> errors,
            @Schema(description = "Present when the date of birth is under 18: the practice treats adults only, and "
                    + "tells the signs that need emergency care and what to do", nullable = true)
            EmergencyAdvice emergencyAdvice) {
    }

    /** @param next what the person does now: follow the link in the email sent to the address */
    record RegistrationAccepted(String next) {
        static final RegistrationAccepted CHECK_EMAIL = new RegistrationAccepted("Check your email: we have sent a "
                + "link to this address. Follow it within 24 hours to finish registering, then sign in.");
    }

    record TokenOnly(@NotBlank @Size(max = 100) String token) {
    }

    record EmailOnly(@NotBlank @Email @Size(max = 254) String email) {
    }

    @Operation(summary = "Register as a patient", description = "Passwords: 12 to 128 characters, not common or "
            + "guessable. Answers 202 whether or not the address already has an account (nothing is revealed): a new "
            + "address is sent a link that verifies it (24 hours, once), an address with an account is told so by "
            + "email. Until the address is verified the account may sign in and read, but not submit an intake form, "
            + "check in or book. Under 18: 400 with `emergencyAdvice`.")
    @ApiResponse(responseCode = "202", description = "Accepted: check the email")
    @ApiResponse(responseCode = "400", description = "Invalid fields, all named in errors; emergencyAdvice for an age under 18",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = RegistrationProblem.class)))
    @PostMapping("/register")
    ResponseEntity<RegistrationAccepted> register(@Valid @RequestBody RegisterRequest request) {
        accounts.register(new AccountService.PatientRegistration(request.email(), request.password(),
                request.fullName(), request.dateOfBirth(), request.phone(), request.timeZone()));
        return ResponseEntity.accepted().body(RegistrationAccepted.CHECK_EMAIL);
    }

    @Operation(summary = "Verify an email address", description = "With the token of the link sent to it. A link "
            + "works once, for 24 hours; an unknown, used or expired one is 400 (ask for a new one). Afterwards, sign in "
            + "again (or refresh) for a token that shows the address verified.")
    @PostMapping("/verify-email")
    ResponseEntity<Void> verifyEmail(@Valid @RequestBody TokenOnly request) {
        if (!accounts.verifyEmail(request.token())) {
            throw InvalidInputException.of("token", "this link is unknown, was already used or has expired; "
                    + "ask for a new one");
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Send the verification link again", description = "Answers 202 whatever the address: an "
            + "unverified account's address is sent a new link, and the older ones stop working.")
    @PostMapping("/verify-email/resend")
    ResponseEntity<Void> resendVerification(@Valid @RequestBody EmailOnly request) {
        accounts.resendEmailVerification(request.email());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Sign in with email and password",
            description = "Answers 429 with Retry-After after too many failed attempts for the account or the client address.")
    @PostMapping("/token")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        IssuedTokens issued = signIn.attempt(request.email(), request.password(), request.code(), http.getRemoteAddr());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(TokenResponse.of(issued));
    }

    @Operation(summary = "Exchange a refresh token for new tokens",
            description = "Each refresh token works once. Presenting a used one ends the whole session.")
    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken())
                .map(issued -> ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(TokenResponse.of(issued)))
                .orElseThrow(IdentityProblemAdvice::invalidRefreshToken);
    }

    record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    record PasswordReset(@NotBlank @Size(max = 100) String token, @NotNull @Size(max = 1024) String newPassword) {
    }

    @Operation(summary = "Ask for a password reset link", description = "Answers 202 whatever the address: an enabled "
            + "account's address is sent a link that lets its owner choose a new password (30 minutes, once).")
    @PostMapping("/password-reset")
    ResponseEntity<Void> requestPasswordReset(@Valid @RequestBody PasswordResetRequest request) {
        accounts.requestPasswordReset(request.email());
        return ResponseEntity.accepted().build();
    }

    @Operation(summary = "Choose a new password with a reset link", description = "Every session of the account ends, "
            + "wherever it was signed in; sign in again with the new password. An unknown, used or expired link, or a "
            + "password the policy refuses: 400 naming the field.")
    @PostMapping("/password-reset/complete")
    ResponseEntity<Void> resetPassword(@Valid @RequestBody PasswordReset request) {
        Account account = accounts.resetPassword(request.token(), request.newPassword());
        tokens.endSessionsAfterPasswordReset(account.id());
        return ResponseEntity.noContent().build();
    }

    record Enrolment(@NotBlank @Size(max = 100) String token, @NotNull @Size(max = 1024) String password) {
    }

    @Operation(summary = "Join the practice's staff", description = "With the link of an invitation: choose your "
            + "password, then sign in. An unknown, used or expired link, or a password the policy refuses: 400.")
    @PostMapping("/enrol")
    ResponseEntity<Void> enrol(@Valid @RequestBody Enrolment request) {
        accounts.enrol(request.token(), request.password());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Sign out", description = "Ends this session: its access and refresh tokens stop working at once.")
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal Jwt jwt, Caller caller) {
        tokens.endSession(UUID.fromString(AccessTokenFormat.sessionOf(jwt)), caller);
    }
}
