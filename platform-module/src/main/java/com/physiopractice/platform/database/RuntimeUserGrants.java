package com.physiopractice.platform.database;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the accounts the application runs as exactly what it needs, table by table, after the
 * schema's owner has migrated it: rows may be read, added, changed and deleted, but an append-only
 * table (the audit trail) may only be read and added to, so not even the application's own
 * account can rewrite or remove its history. The grants are made anew after every migration, so a
 * new table is covered and a table that became append-only loses the rest.
 */
public final class RuntimeUserGrants {

    private static final Logger log = LoggerFactory.getLogger(RuntimeUserGrants.class);

    /** The audit trail's chain columns, which the trail's sealer fills in after a line is added. */
    static final List<String> AUDIT_SEAL_COLUMNS = List.of("seal_seq", "previous_hash", "row_hash");

    private RuntimeUserGrants() {
    }

    public static void apply(DataSource owner, List<String> runtimeUsers, List<String> appendOnlyTables) {
        JdbcTemplate jdbc = new JdbcTemplate(owner);
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'", String.class);
        for (String user : runtimeUsers) {
            String account = account(user);
            for (String table : tables) {
                String name = table.toLowerCase(Locale.ROOT);
                revokeAll(jdbc, table, account);
                if (name.endsWith("_schema_history")) {
                    jdbc.execute("GRANT SELECT ON `" + table + "` TO " + account);
                } else if (appendOnlyTables.contains(name)) {
                    jdbc.execute("GRANT SELECT, INSERT ON `" + table + "` TO " + account);
                    List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns "
                            + "WHERE table_schema = DATABASE() AND table_name = ?", String.class, table);
                    List<String> sealing = AUDIT_SEAL_COLUMNS.stream()
                            .filter(column -> columns.stream().anyMatch(column::equalsIgnoreCase)).toList();
                    if (!sealing.isEmpty()) {
                        jdbc.execute("GRANT UPDATE (" + String.join(", ", sealing) + ") ON `" + table + "` TO " + account);
                    }
                } else {
                    jdbc.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON `" + table + "` TO " + account);
                }
            }
            log.info("Database: {} may read and write the rows of {} table(s); append-only: {}", account,
                    tables.size(), appendOnlyTables);
        }
    }

    /** {@code practice_app} or {@code practice_app@10.0.%} as {@code 'practice_app'@'10.0.%'} (validated already). */
    public static String account(String user) {
        int at = user.indexOf('@');
        String name = at < 0 ? user : user.substring(0, at);
        String host = at < 0 ? "%" : user.substring(at + 1);
        return "'" + name + "'@'" + host + "'";
    }

    private static void revokeAll(JdbcTemplate jdbc, String table, String account) {
        try {
            jdbc.execute("REVOKE ALL PRIVILEGES ON `" + table + "` FROM " + account);
        } catch (DataAccessException noGrantYet) {
            // Nothing granted on this table yet (MySQL and MariaDB refuse to revoke what is not there).
        }
    }
}
