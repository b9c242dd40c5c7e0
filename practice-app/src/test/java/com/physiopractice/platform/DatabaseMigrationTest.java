package com.physiopractice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.physiopractice.testing.PracticeIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PracticeIntegrationTest
class DatabaseMigrationTest {

    /** The modules with tables of their own. */
    private static final List<String> MODULES = List.of("platform", "audit", "people", "identity", "triage", "booking",
            "content", "notification", "records");
    /** The script folders, in migration order, each with its own history; {@code domain} holds the people tables' first script. */
    private static final List<String> SCRIPT_FOLDERS = List.of("platform", "domain", "identity", "audit", "triage", "booking",
            "content", "notification", "people", "records");
    /** Spring Modulith's event publication registry names its table itself; the platform migration creates it. */
    private static final List<String> LIBRARY_TABLES = List.of("event_publication");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theApplicationsOwnAccountMayAddToTheAuditTrailButNeverChangeOrDeleteIt() throws Exception {
        String user = "rt_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = java.util.UUID.randomUUID().toString();
        List<String> accounts = List.of(user + "@localhost", user + "@127.0.0.1");
        try {
            for (String account : accounts) {
                jdbc.execute("CREATE USER " + com.physiopractice.platform.database.RuntimeUserGrants.account(account)
                        + " IDENTIFIED BY '" + password + "'");
            }
        } catch (org.springframework.dao.DataAccessException noGrantTables) {
            // The embedded MariaDB runs without grant tables; .ci/run's pass on the MariaDB server checks this.
            org.junit.jupiter.api.Assumptions.abort("this database has no accounts to grant to: "
                    + com.physiopractice.platform.LogSafe.summary(noGrantTables));
        }
        try {
            com.physiopractice.platform.database.RuntimeUserGrants.apply(dataSource, accounts, List.of("audit_event"));
            String url;
            try (java.sql.Connection owner = dataSource.getConnection()) {
                // Without the owner's own credentials, which the driver may keep in the URL it reports.
                url = owner.getMetaData().getURL().split("\\?")[0];
            }
            try (java.sql.Connection runtime = java.sql.DriverManager.getConnection(url, user, password);
                    java.sql.Statement statement = runtime.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_event (occurred_at, action) VALUES (NOW(6), 'GRANT_TEST')");
                statement.executeQuery("SELECT COUNT(*) FROM audit_event").close();
                statement.executeUpdate("DELETE FROM booking_time_off WHERE 1 = 0");

                org.assertj.core.api.Assertions.assertThatExceptionOfType(java.sql.SQLException.class).as("change a line")
                        .isThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET action = 'FORGED'"));
                org.assertj.core.api.Assertions.assertThatExceptionOfType(java.sql.SQLException.class).as("delete a line")
                        .isThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event"));
                org.assertj.core.api.Assertions.assertThatExceptionOfType(java.sql.SQLException.class).as("drop it")
                        .isThrownBy(() -> statement.executeUpdate("DROP TABLE audit_event"));
            }
        } finally {
            for (String account : accounts) {
                jdbc.execute("DROP USER " + com.physiopractice.platform.database.RuntimeUserGrants.account(account));
            }
            // The GRANT_TEST line stays: removing it would break the trail's hash chain.
        }
    }

    @Test
    void everyModuleKeepsItsOwnMigrationHistory() {
        for (String folder : SCRIPT_FOLDERS) {
            Integer failed = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM " + folder + "_schema_history WHERE success = 0", Integer.class);
            assertThat(failed).as(folder).isZero();
        }
    }

    @Test
    void everyTableCarriesThePrefixOfTheModuleThatOwnsIt() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);

        assertThat(tables).isNotEmpty().filteredOn(table -> !LIBRARY_TABLES.contains(table.toLowerCase()))
                .filteredOn(table -> !table.toLowerCase().endsWith("_schema_history"))
                .allSatisfy(table -> assertThat(MODULES).anySatisfy(module -> assertThat(table.toLowerCase()).startsWith(module + "_")));
    }
}
