package com.physiopractice.testing;

import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * The local database and the adjustable practice clock, for every Spring context a test starts:
 * the application's suite and each module's own tests alike.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalDatabaseConfiguration.class)
public class TestInfrastructure {

    @Bean
    @Primary
    AdjustableClock adjustableClock(Environment environment) {
        AdjustableClock clock = new AdjustableClock();
        // A second application instance started by a test can begin with its clock already moved.
        clock.advance(environment.getProperty("practice.test.clock-offset", Duration.class, Duration.ZERO));
        return clock;
    }
}
