package com.physiopractice.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

    @Test
    void aRecoveryCodeIs120RandomBitsInGroupsOfFourAndIsReadAsTyped() {
        String code = SecondFactors.recoveryCode();

        assertThat(code).matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}");
        assertThat(code.replace("-", "")).hasSize(24); // 24 base32 characters × 5 bits = 120 bits
        assertThat(SecondFactors.normalize(" " + code.toUpperCase().replace("-", " ") + " "))
                .isEqualTo(code.replace("-", ""));
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(SecondFactors.recoveryCode());
        }
        assertThat(many).hasSize(1000);
    }
}
