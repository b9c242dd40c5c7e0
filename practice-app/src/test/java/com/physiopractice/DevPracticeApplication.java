package com.physiopractice;

import com.physiopractice.testing.LocalDatabaseConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * The dev run: the real application on a local database (see
 * {@link com.physiopractice.testing.LocalDatabase}) with the {@code dev} profile, which adds demo data.
 * Started by {@code ./mvnw spring-boot:test-run}, so the embedded database never ships in the
 * production jar.
 */
public class DevPracticeApplication {

    public static void main(String[] args) {
        System.setProperty("spring.profiles.default", "dev");
        // Without a Docker engine Testcontainers logs its search as an error; the database choice is logged anyway.
        System.setProperty("logging.level.org.testcontainers", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        System.setProperty("logging.level.ch.vorburger", "WARN");
        SpringApplication.from(PracticeApplication::main).with(LocalDatabaseConfiguration.class).run(args);
    }
}
