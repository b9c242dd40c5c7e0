package com.physiopractice.testing;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Points the application at the {@link LocalDatabase} unless an explicit JDBC URL is configured,
 * in which case Spring Boot's {@code spring.datasource.*} properties are left to do their job.
 * Used by the dev run, by every integration test and by every module test, so all see the same
 * database selection.
 */
@TestConfiguration(proxyBeanMethods = false)
public class LocalDatabaseConfiguration {

    @Bean
    @Conditional(NoExplicitDatabaseUrl.class)
    JdbcConnectionDetails localDatabase(Environment environment) {
        return LocalDatabase.select(environment);
    }

    static class NoExplicitDatabaseUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !LocalDatabase.usesExplicitUrl(context.getEnvironment());
        }
    }
}
