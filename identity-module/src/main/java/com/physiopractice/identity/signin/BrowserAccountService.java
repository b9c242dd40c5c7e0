package com.physiopractice.identity.signin;

import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.security.IdentitySettings;
import com.physiopractice.identity.security.SecondFactorGate;
import com.physiopractice.identity.token.AccessTokenFormat;
import com.physiopractice.identity.token.TokenService;
import com.physiopractice.identity.token.TokenService.IssuedTokens;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.secondfactor.SecondFactors;
import com.physiopractice.sharedkernel.problems.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/**
 * Page sessions on top of the API's: the access token is checked exactly as for an API request
 * (signature, claims, session row and account), and refreshed with the rotating refresh token
 * once it has expired.
 */
@Service
class BrowserAccountService implements BrowserAccounts {

    private final SignIn signIn;
    private final TokenService tokens;
    private final AccountService accounts;
    private final SecondFactors secondFactors;
    private final JwtDecoder decoder;
    private final boolean secondFactorRequiredForStaff;

    BrowserAccountService(SignIn signIn, TokenService tokens, AccountService accounts, SecondFactors secondFactors,
            JwtDecoder decoder, IdentitySettings settings) {
        this.secondFactorRequiredForStaff = settings.secondFactorRequiredForStaff();
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.tokens = tokens;
        this.accounts = accounts;
        this.decoder = decoder;
    }

    @Override
    public SignInResult signIn(String email, String password, @Nullable String code, @Nullable String clientAddress) {
        try {
            return new SignInResult.SignedIn(kept(signIn.attempt(email, password, code, clientAddress)));
        } catch (SecondFactorRequiredException needed) {
            return new SignInResult.CodeNeeded();
        } catch (SignInThrottledException throttled) {
            return new SignInResult.Throttled(throttled.retryAfterSeconds());
        } catch (SignInRefusedException refused) {
            return new SignInResult.Refused();
        }
    }

    @Override
    public Optional<Resumed> resume(SessionTokens session) {
        Optional<Jwt> current = decoded(session.accessToken());
        if (current.isPresent()) {
            return Optional.of(resumed(current.get(), session));
        }
        // Expired (or its session ended): the refresh token says which, and rotates if it may.
        return tokens.refresh(session.refreshToken()).map(this::kept)
                .flatMap(refreshed -> decoded(refreshed.accessToken()).map(jwt -> resumed(jwt, refreshed)));
    }

    @Override
    public void signOut(SessionTokens session) {
        resume(session).ifPresent(going -> decoded(going.tokens().accessToken()).ifPresent(jwt ->
                tokens.endSession(UUID.fromString(AccessTokenFormat.sessionOf(jwt)), going.caller())));
    }

    @Override
    public void register(String email, String password, String fullName, @Nullable LocalDate dateOfBirth,
            @Nullable String phone, String timeZone) {
        accounts.register(new PatientRegistration(email, password, fullName, dateOfBirth, phone, timeZone));
    }

    @Override
    public boolean verifyEmail(String token) {
        return accounts.verifyEmail(token);
    }

    @Override
    public void requestPasswordReset(String email) {
        accounts.requestPasswordReset(email);
    }

    @Override
    public void enrol(String token, String password) {
        accounts.enrol(token, password);
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        tokens.endSessionsAfterPasswordReset(accounts.resetPassword(token, newPassword).id());
    }

    @Override
    public Profile profile(Caller caller) {
        Account account = accountOf(caller);
        accounts.recordProfileRead(account);
        AccountService.Person person = accounts.profileOf(account);
        return new Profile(account.email(), person.fullName(), person.phone(), person.timeZone(),
                secondFactors.isEnrolled(account.id()));
    }

    @Override
    public void changeProfile(Caller caller, String fullName, @Nullable String phone, String timeZone) {
        accounts.changeProfile(accountOf(caller), fullName, phone == null || phone.isBlank() ? null : phone, timeZone);
    }

    @Override
    public void changePassword(SessionTokens session, String currentPassword, String newPassword) {
        Jwt jwt = decoded(session.accessToken()).orElseThrow(() -> new NotFoundException("The session"));
        Account account = accounts.changePassword(AccessTokenFormat.callerOf(jwt), currentPassword, newPassword);
        tokens.endOtherSessionsAfterPasswordChange(account.id(), UUID.fromString(AccessTokenFormat.sessionOf(jwt)));
    }

    @Override
    public SecondFactorSetup startSecondFactor(Caller caller, String currentPassword) {
        Account account = accounts.reauthenticate(caller, currentPassword);
        SecondFactors.Enrolment enrolment = secondFactors.start(account.id(), account.email());
        return new SecondFactorSetup(enrolment.secret(), enrolment.qrCode());
    }

    @Override
    public List<String> confirmSecondFactor(Caller caller, String code) {
        return secondFactors.confirm(accountOf(caller).id(), code);
    }

    private Account accountOf(Caller caller) {
        return accounts.find(caller).orElseThrow(() -> new NotFoundException("The account"));
    }

    private Optional<Jwt> decoded(String accessToken) {
        try {
            return Optional.of(decoder.decode(accessToken));
        } catch (JwtException expiredOrEnded) {
            return Optional.empty();
        }
    }

    private Resumed resumed(Jwt jwt, SessionTokens session) {
        return new Resumed(AccessTokenFormat.callerOf(jwt),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(AccessTokenFormat.EMAIL_VERIFIED)),
                SecondFactorGate.owed(secondFactorRequiredForStaff, jwt), session);
    }

    private SessionTokens kept(IssuedTokens issued) {
        return new SessionTokens(issued.accessToken(), issued.refreshToken());
    }
}
