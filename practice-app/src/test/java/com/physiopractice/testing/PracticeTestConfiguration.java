package com.physiopractice.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The one test configuration every integration test shares, so Spring caches a single context. */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalDatabaseConfiguration.class)
public class PracticeTestConfiguration {

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock();
    }
}
