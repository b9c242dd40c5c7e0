package com.physiopractice.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.physiopractice.identity.BrowserAccounts;
import com.physiopractice.identity.BrowserAccounts.Resumed;
import com.physiopractice.identity.BrowserAccounts.SessionTokens;
import com.physiopractice.identity.access.AccountId;
import com.physiopractice.identity.access.Caller;
import com.physiopractice.sharedkernel.TherapistId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where the practice requires a second factor for staff, a therapist signed in with her password
 * alone reaches her profile (to set one up) but not her workspace, on the pages as on the API.
 */
class PageSessionTest {

    private static final SessionTokens TOKENS = new SessionTokens("access", "refresh");

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest
    @CsvSource({"true, /practice, false", "true, /practice/intakes/1, false", "true, /admin, false",
            "true, /portal/profile, true", "true, /practiced, true", "false, /practice, true",
            "false, /admin/audit, true"})
    void aSessionOwingItsSecondFactorIsSentToSetOneUp(boolean owed, String path, boolean reaches) throws Exception {
        BrowserAccounts accounts = mock(BrowserAccounts.class);
        Caller therapist = Caller.therapist(AccountId.random(), TherapistId.random());
        when(accounts.resume(TOKENS)).thenReturn(Optional.of(new Resumed(therapist, true, owed, TOKENS)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.getSession(true).setAttribute(PageSession.TOKENS, TOKENS);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new PageSession(accounts).doFilter(request, response, chain);

        assertThat(chain.getRequest() != null).isEqualTo(reaches);
        if (!reaches) {
            assertThat(response.getRedirectedUrl()).isEqualTo("/portal/profile?secondFactorNeeded#second-factor");
        }
    }
}
