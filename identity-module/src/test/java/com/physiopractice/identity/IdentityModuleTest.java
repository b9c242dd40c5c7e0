package com.physiopractice.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.physiopractice.identity.access.Caller;
import com.physiopractice.identity.account.Account;
import com.physiopractice.identity.account.AccountService;
import com.physiopractice.identity.account.AccountService.PatientRegistration;
import com.physiopractice.identity.signin.SignIn;
import com.physiopractice.identity.signin.SignInRefusedException;
import com.physiopractice.identity.signin.SignInThrottledException;
import com.physiopractice.identity.token.TokenService;
import com.physiopractice.identity.token.TokenService.IssuedTokens;
import com.physiopractice.sharedkernel.problems.FieldProblem;
import com.physiopractice.sharedkernel.problems.InvalidInputException;
import com.physiopractice.testing.AdjustableClock;
import com.physiopractice.testing.ModuleTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The identity module with the people and the audit trail it builds on, against its own database:
 * registration, sign-in and its throttle, sessions, and the filter chain deciding before the body.
 */
@ModuleTest(extraIncludes = {"people", "audit"})
@AutoConfigureMockMvc
class IdentityModuleTest {

    private static final String PASSWORD = "Lumbar-Stretch-Morning-Walk-42";
    private static final String ADDRESS = "203.0.113.7";

    @Autowired
    AccountService accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    TokenService tokens;

    @Autowired
    AdjustableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String email() {
        return "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@test.practice.example";
    }

    /** A patient whose address is verified (the practice vouches for it, as for the demo patient). */
    private Account registered(String email) {
        return accounts.registerVouchedPatient(new PatientRegistration(email, PASSWORD, "Sam Rivera",
                LocalDate.of(1988, 4, 12), null, "Europe/London"));
    }

    @Test
    void aRegistrationWithAnAddressInUseMakesNoSecondAccountAndIsAnnounced(Scenario scenario) {
        String email = email();
        registered(email);

        scenario.stimulate(() -> accounts.register(new PatientRegistration(email.toUpperCase(), PASSWORD, "Someone Else",
                        LocalDate.of(1990, 1, 1), null, "Europe/Paris")))
                .andWaitForEventOfType(RegistrationForExistingAccount.class)
                .toArriveAndVerify((repeated, outcome) ->
                        assertThat(outcome).isEqualTo(AccountService.RegistrationOutcome.ADDRESS_ALREADY_REGISTERED));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE email = ?", Integer.class, email))
                .isOne();
    }

    @Test
    void aNewRegistrationAsksForItsAddressToBeVerified(Scenario scenario) {
        String email = email();

        scenario.stimulate(() -> accounts.register(new PatientRegistration(email, PASSWORD, "Sam Rivera",
                        LocalDate.of(1988, 4, 12), null, "Europe/London")))
                .andWaitForEventOfType(EmailVerificationRequested.class)
                .toArriveAndVerify((requested, outcome) -> {
                    assertThat(outcome).isEqualTo(AccountService.RegistrationOutcome.NEW_ACCOUNT);
                    EmailLink link = directory.emailVerificationLink(requested.account()).orElseThrow();
                    assertThat(link.email()).isEqualTo(email);
                    assertThat(accounts.verifyEmail(link.token())).isTrue();
                    assertThat(accounts.verifyEmail(link.token())).as("a link works once").isFalse();
                    assertThat(directory.emailVerificationLink(requested.account())).as("verified: no more links").isEmpty();
                });
    }

    @Test
    void aRegistrationNamesEveryBadFieldAtOnceAndStoresNothing() {
        String email = email();

        assertThatThrownBy(() -> accounts.register(new PatientRegistration(email, "password123", " ",
                LocalDate.now(clock).minusYears(16), "call me", "Europe/London")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("password", "fullName", "dateOfBirth", "phone"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aPatientSignsInAndDisablingHerAccountEndsHerSessions() {
        String email = email();
        Account account = registered(email);
        IssuedTokens session = signIn.attempt(email, PASSWORD, ADDRESS);
        Caller admin = Caller.admin(com.physiopractice.identity.access.AccountId.random());

        accounts.disable(account.id(), admin);

        assertThat(jdbc.queryForList("SELECT revoked_reason FROM identity_session WHERE account_id = ?", String.class,
                account.id().toString())).as("ended with the account").containsExactly("ACCOUNT_DISABLED");
        assertThat(tokens.refresh(session.refreshToken())).isEmpty();
        assertThatThrownBy(() -> signIn.attempt(email, PASSWORD, ADDRESS)).isInstanceOf(SignInRefusedException.class);
    }

    @Test
    void tooManyFailuresHoldTheAccountForOneWindowAtMost() {
        String email = email();
        registered(email);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThatThrownBy(() -> signIn.attempt(email, "not the password at all", ADDRESS))
                    .isInstanceOf(SignInRefusedException.class);
        }

        assertThatThrownBy(() -> signIn.attempt(email, PASSWORD, ADDRESS))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        throttled -> assertThat(throttled.retryAfterSeconds()).isBetween(1L, 15 * 60L));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn.attempt(email, PASSWORD, ADDRESS).accessToken()).isNotBlank();
    }

    @Test
    void aPatientIsRefusedAnAdministratorsEndpointWhateverItsBody() throws Exception {
        String email = email();
        registered(email);
        String token = signIn.attempt(email, PASSWORD, ADDRESS).accessToken();

        for (String body : new String[] {"{\"email\": \"not an email\"}", "{not json at all", ""}) {
            mvc.perform(post("/api/v1/admin/therapists").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/admin/therapists").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
