package com.physiopractice.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who reaches what while staff are required to have a second factor. */
class SecondFactorGateTest {

    static Jwt token(String role, boolean secondFactor) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject(UUID.randomUUID().toString())
                .issuedAt(Instant.EPOCH).expiresAt(Instant.EPOCH.plusSeconds(60))
                .claim("role", role).claim("mfa", secondFactor);
        if (role.equals("PATIENT")) {
            jwt.claim("pid", UUID.randomUUID().toString());
        } else if (role.equals("THERAPIST")) {
            jwt.claim("tid", UUID.randomUUID().toString());
        }
        return jwt.build();
    }

    @Test
    void staffWithoutASecondFactorReachOnlyWhatSetsOneUp() {
        for (String staff : new String[] {"THERAPIST", "ADMIN"}) {
            Jwt passwordOnly = token(staff, false);
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/triage/intakes")).as(staff).isFalse();
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/audit-events")).as(staff).isFalse();
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/me/second-factor")).as(staff).isTrue();
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/me/second-factor/confirm")).isTrue();
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/me")).isTrue();
            assertThat(SecondFactorGate.admits(true, passwordOnly, "/api/v1/auth/logout")).isTrue();
            assertThat(SecondFactorGate.admits(true, token(staff, true), "/api/v1/triage/intakes")).isTrue();
        }
    }

    @Test
    void patientsAndEveryoneWhereItIsNotRequiredPass() {
        assertThat(SecondFactorGate.admits(true, token("PATIENT", false), "/api/v1/triage/intakes")).isTrue();
        assertThat(SecondFactorGate.admits(false, token("THERAPIST", false), "/api/v1/triage/intakes")).isTrue();
    }
}
