package com.physiopractice.testing;

import org.springframework.boot.test.context.TestConfiguration;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The one test configuration every integration test shares, so Spring caches a single context. */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalDatabaseConfiguration.class)
public class PracticeTestConfiguration {

    @Bean
    @Primary
    AdjustableClock adjustableClock(Environment environment) {
        AdjustableClock clock = new AdjustableClock();
        // A second application instance started by a test can begin with its clock already moved.
        clock.advance(environment.getProperty("practice.test.clock-offset", Duration.class, Duration.ZERO));
        return clock;
    }

}
