package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.records.RecordsFixture;
import com.physiopractice.records.RecordsFixture.Treated;
import com.physiopractice.testing.Api;
import com.physiopractice.testing.BookingFixture;
import com.physiopractice.testing.LocalDatabase;
import com.physiopractice.testing.PracticeIntegrationTest;
import com.physiopractice.testing.SecondInstance;
import com.physiopractice.testing.TestAccounts;
import com.physiopractice.testing.TestAccounts.SignedIn;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup procedure of docs/operations.md, run: a consistent dump of the schema with the MySQL
 * client tools, restored into a new, empty database, holds every row of the practice's records, and
 * the application starts on it (its migrations already applied) and serves the patient her record.
 */
@PracticeIntegrationTest
class BackupRestoreTest {

    /** Tables only requests write: what this test made is in them, and nothing else changes them meanwhile. */
    private static final List<String> RECORD_TABLES = List.of("identity_account", "people_patient", "people_therapist",
            "triage_intake", "booking_appointment", "booking_weekly_schedule", "records_episode", "records_measure",
            "content_item", "content_revision", "identity_schema_history", "records_schema_history");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDumpRestoredIntoANewDatabaseHoldsEveryRecordAndTheApplicationStartsOnIt() throws Exception {
        Api api = Api.on(port);
        SignedIn therapist = BookingFixture.therapistWorking(api, "UTC", "00:00", "23:45");
        Treated treated = RecordsFixture.treated(api, therapist, "2027-01-14T11:00:00Z");

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        URI database = URI.create(pool.getJdbcUrl().substring("jdbc:".length()));
        String schema = database.getPath().substring(1);
        String restored = "practice_restore_" + UUID.randomUUID().toString().substring(0, 8);
        Path dump = Files.createDirectories(Path.of("target", "backup")).resolve(schema + ".sql");

        Map<String, Integer> before = counts(schema);
        run(List.of(LocalDatabase.clientProgram("mariadb-dump", "mysqldump"), "--single-transaction", "--routines",
                "--triggers", "--hex-blob", "--default-character-set=utf8mb4", "--result-file=" + dump), pool, database,
                schema, null);
        assertThat(Files.size(dump)).isPositive();
        jdbc.execute("CREATE DATABASE " + restored + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        try {
            run(List.of(LocalDatabase.clientProgram("mariadb", "mysql"), "--default-character-set=utf8mb4"), pool, database,
                    restored, dump.toFile());

            assertThat(tables(restored)).as("every table").isEqualTo(tables(schema));
            Map<String, Integer> after = counts(restored);
            assertThat(after).as("every record").isEqualTo(before);
            assertThat(after.get("records_episode")).isPositive();

            try (SecondInstance node = SecondInstance.start("--spring.datasource.url=jdbc:" + database.getScheme() + "://"
                    + database.getHost() + ":" + database.getPort() + "/" + restored,
                    "--spring.datasource.username=" + pool.getUsername(),
                    "--spring.datasource.password=" + (pool.getPassword() == null ? "" : pool.getPassword()))) {
                Api onRestored = Api.on(node.port());
                assertThat(onRestored.get("/actuator/health/readiness").status()).isEqualTo(200);
                SignedIn patient = TestAccounts.signIn(onRestored, treated.patient().patient().email(), TestAccounts.PASSWORD);
                Api.Response episode = patient.api(onRestored).get("/api/v1/records/episodes/" + treated.episode());
                assertThat(episode.status()).as(episode.toString()).isEqualTo(200);
                assertThat(episode.body().path("problem").asString()).isEqualTo("Low back pain");
            }
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + restored);
        }
    }

    private Map<String, Integer> counts(String schema) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        RECORD_TABLES.forEach(table -> counts.put(table,
                jdbc.queryForObject("SELECT COUNT(*) FROM " + schema + "." + table, Integer.class)));
        return counts;
    }

    private List<String> tables(String schema) {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                + "ORDER BY table_name", String.class, schema);
    }

    /** A client program against the suite's server, its password in the environment, never on the command line. */
    private static void run(List<String> program, HikariDataSource pool, URI database, String schema, File input)
            throws Exception {
        List<String> command = new ArrayList<>(program);
        command.addAll(List.of("--host=" + database.getHost(), "--port=" + database.getPort(),
                "--user=" + pool.getUsername(), "--skip-ssl", schema));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", pool.getPassword() == null ? "" : pool.getPassword());
        if (input != null) {
            builder.redirectInput(input);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
