package com.physiopractice.identity.account;

import com.physiopractice.identity.security.IdentitySettings;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator on the first start of an empty database, in every environment.
 * The password comes from configuration; without one, production emails her an enrolment link and
 * the dev run prints a generated password once. It is never a default that someone could guess.
 */
@Component
@Order(0)
class FirstRunSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final AccountService accounts;
    private final IdentitySettings settings;

    FirstRunSetup(AccountService accounts, IdentitySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.bootstrap().adminEmail();
        String configured = settings.bootstrap().adminPassword();
        if ((configured == null || configured.isBlank()) && !settings.bootstrap().printGeneratedPassword()) {
            // Production: no password in any log; she chooses her own by the link emailed to her.
            if (accounts.inviteAdminIfNone(email)) {
                log.warn("First run: an enrolment link for the first administrator was emailed to {}", email);
            }
            return;
        }
        String password = configured == null || configured.isBlank() ? generatePassword() : configured;
        if (accounts.createAdminIfNone(email, password)) {
            log.warn("""

                    ==================== First run: administrator account created ====================
                      email:    {}
                      password: {}
                    This is shown once. Sign in and keep it safe.
                    ==================================================================================""",
                    email, configured == null || configured.isBlank() ? password : "(as configured)");
        }
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
