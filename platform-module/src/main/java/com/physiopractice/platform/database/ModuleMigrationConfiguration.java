package com.physiopractice.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrates the schema module by module. Each module owns its scripts and its own Flyway
 * history table, so a module's versions never interleave with another's, and the order is
 * defined in one place ({@code practice.database.migration-order}). Spring Boot runs this before
 * JPA starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class ModuleMigrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrationConfiguration.class);

    @Bean
    FlywayMigrationStrategy moduleByModuleMigration(DatabaseSettings settings) {
        return bootConfigured -> {
            ClassLoader classLoader = bootConfigured.getConfiguration().getClassLoader();
            for (String module : settings.migrationOrder()) {
                if (!hasScripts(classLoader, module)) {
                    continue;
                }
                Flyway flyway = Flyway.configure(classLoader)
                        .configuration(bootConfigured.getConfiguration())
                        .locations("classpath:db/migration/" + module)
                        .table(module + "_schema_history")
                        // The schema already holds earlier modules' tables when a module migrates
                        // for the first time; its history starts empty at version 0.
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load();
                MigrateResult result = flyway.migrate();
                log.info("Module '{}': {} migration(s) applied", module, result.migrationsExecuted);
            }
            if (!settings.runtimeUsers().isEmpty()) {
                RuntimeUserGrants.apply(bootConfigured.getConfiguration().getDataSource(), settings.runtimeUsers(),
                        settings.appendOnlyTables());
            }
        };
    }

    private static boolean hasScripts(ClassLoader classLoader, String module) {
        try {
            return new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:db/migration/" + module + "/*.sql").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
