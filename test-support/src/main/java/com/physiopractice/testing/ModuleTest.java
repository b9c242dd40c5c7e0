package com.physiopractice.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of one application module through its own beans, against a real database of its own:
 * Spring Modulith bootstraps the module of the test's package (alone by default; the modules it
 * names as test doubles come from the test's own configuration), the platform migrates the
 * module's tables and those of its dependencies from an empty schema, and {@code Scenario}s can
 * publish and wait for events.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ApplicationModuleTest
@EnableScenarios
@Import(TestInfrastructure.class)
@TestPropertySource(properties = {LocalDatabase.ISOLATED + "=true",
        // As the application runs: the schema from the migrations alone, checked against the entities.
        "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false",
        "spring.jpa.properties.hibernate.jdbc.time_zone=UTC",
        "logging.level.ch.vorburger=WARN", "logging.level.org.testcontainers=WARN",
        "logging.level.org.testcontainers.dockerclient=OFF",
        // Argon2id at its lowest cost in tests (production refuses it): many accounts are made.
        "practice.identity.password-hashing.memory-kib=1024", "practice.identity.password-hashing.iterations=1"})
public @interface ModuleTest {

    /** Which other modules to start with it. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    BootstrapMode mode() default BootstrapMode.STANDALONE;

    /** Modules to start as well, whatever the mode. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
