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
            "content", "notification");
    /** The script folders, in migration order, each with its own history; {@code domain} holds the people tables' first script. */
    private static final List<String> SCRIPT_FOLDERS = List.of("platform", "domain", "identity", "audit", "triage", "booking",
            "content", "notification", "people");
    /** Spring Modulith's event publication registry names its table itself; the platform migration creates it. */
    private static final List<String> LIBRARY_TABLES = List.of("event_publication");

    @Autowired
    JdbcTemplate jdbc;

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
