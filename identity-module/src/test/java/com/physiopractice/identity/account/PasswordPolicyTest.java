package com.physiopractice.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void wordsOfThisPracticeCountAsEasyToGuess() {
        assertThat(policy.problemWith("PhysioPractice", "sam@example.com", "Sam Rivera")).isNotNull();
        assertThat(policy.problemWith("Lumbar-Stretch-Morning-Walk-42", "sam@example.com", "Sam Rivera")).isNull();
    }

    @Test
    void thePersonsOwnDetailsCountAsEasyToGuess() {
        assertThat(policy.problemWith("Sam.Rivera@Example.com", "Sam.Rivera@Example.com", "Sam Rivera")).isNotNull();
    }
}
