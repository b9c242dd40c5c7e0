package com.physiopractice.identity.web;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.secondfactor.SecondFactors;
import com.physiopractice.identity.token.AccessTokenFormat;
import com.physiopractice.identity.token.TokenService;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Profile", description = "The signed-in person's own profile")
class MeController {


    private final AccountService accounts;
    private final TokenService tokens;
    private final SecondFactors secondFactors;

    MeController(AccountService accounts, TokenService tokens, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.secondFactors = secondFactors;
    }

    /** Only these fields can be sent; any other (role, email, dateOfBirth, ...) is refused with 400. */
    record ProfileChange(@Size(max = 200) String fullName, @Size(max = 30) String phone, String timeZone) {
    }

    @Operation(summary = "Read your own profile", description = "The signed-in person's account and personal details; never cached.")
    @GetMapping
    ProfileResponse me(Caller caller) {
        Account account = accountOf(caller);
        accounts.recordProfileRead(account);
        return ProfileResponse.of(account, accounts);
    }

    @Operation(summary = "Change your name, phone or time zone", description = "Absent fields stay as they are.")
    @PatchMapping
    ProfileResponse change(Caller caller, @Valid @RequestBody ProfileChange change) {
        Account account = accountOf(caller);
        return ProfileResponse.of(account,
                accounts.changeProfile(account, change.fullName(), change.phone(), change.timeZone()));
    }

    record PasswordChange(@NotNull @Size(max = 1024) String currentPassword, @NotNull @Size(max = 1024) String newPassword) {
    }

    @Operation(summary = "Change your password", description = "With your current one. Every other session of the "
            + "account ends (this one stays signed in). A wrong current password or a refused new one: 400.")
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(Caller caller, @AuthenticationPrincipal Jwt jwt, @Valid @RequestBody PasswordChange change) {
        Account account = accounts.changePassword(caller, change.currentPassword(), change.newPassword());
        tokens.endOtherSessionsAfterPasswordChange(account.id(), UUID.fromString(AccessTokenFormat.sessionOf(jwt)));
    }

    record SecondFactorCode(@NotBlank @Size(max = 16) String code) {
    }

    record CurrentPassword(@NotBlank @Size(max = 1024) String currentPassword) {
    }

    /** @param recoveryCodes each works once instead of a code; shown only now */
    record SecondFactorConfirmed(List<String> recoveryCodes) {
    }

    @Operation(summary = "Set up a second factor", description = "With the current password. Answers the secret for an "
            + "authenticator app (as an otpauth:// address and as a QR code). It counts once confirmed with a first code. Required for staff "
            + "in production: until then a staff member's sessions reach nothing but this.")
    @PostMapping("/second-factor")
    SecondFactors.Enrolment startSecondFactor(Caller caller, @Valid @RequestBody CurrentPassword password) {
        Account account = accounts.reauthenticate(caller, password.currentPassword());
        return secondFactors.start(account.id(), account.email());
    }

    @Operation(summary = "Confirm the second factor", description = "With the code the app shows now. Answers ten "
            + "recovery codes, shown only now. Then sign in again with a code, for a session that counts as begun "
            + "with the second factor.")
    @PostMapping("/second-factor/confirm")
    SecondFactorConfirmed confirmSecondFactor(Caller caller, @Valid @RequestBody SecondFactorCode code) {
        Account account = accountOf(caller);
        return new SecondFactorConfirmed(secondFactors.confirm(account.id(), code.code()));
    }

    private Account accountOf(Caller caller) {
        return accounts.find(caller).orElseThrow(() -> new NotFoundException("The account"));
    }
}
