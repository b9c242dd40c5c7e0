package com.physiopractice.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.identity.security.IdentitySettings.PasswordHashing;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The test suites may hash cheaply; production may not. */
class PasswordHashingSettingsTest {

    final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    static IdentitySettings settings(boolean production, PasswordHashing hashing) {
        return new IdentitySettings("physio-practice", "physio-practice-api", Duration.ofMinutes(15), Duration.ofDays(14),
                Duration.ofHours(12), Duration.ofMinutes(30), production ? "a configured key" : null, null, production,
                new IdentitySettings.Throttle(Duration.ofMinutes(15), 10, 100),
                new IdentitySettings.RequestLimits(10, 120), production,
                new IdentitySettings.Bootstrap("admin@practice.example", null, !production), List.of(), hashing);
    }

    List<String> problems(IdentitySettings settings) {
        return validator.validate(settings).stream().map(violation -> violation.getPropertyPath().toString()).toList();
    }

    @Test
    void productionRefusesAHashCheaperThanOwaspsAndTakesTheDefault() {
        assertThat(problems(settings(true, new PasswordHashing(1024, 1)))).containsExactly("passwordHashingStrongWhereItCounts");
        assertThat(problems(settings(true, new PasswordHashing(19 * 1024, 1)))).containsExactly("passwordHashingStrongWhereItCounts");
        assertThat(problems(settings(true, new PasswordHashing(19 * 1024, 2)))).isEmpty();
    }

    @Test
    void elsewhereACheaperHashIsAllowedButNotBelowAMebibyte() {
        assertThat(problems(settings(false, new PasswordHashing(1024, 1)))).isEmpty();
        assertThat(problems(settings(false, new PasswordHashing(512, 1)))).containsExactly("passwordHashing.memoryKib");
    }
}
