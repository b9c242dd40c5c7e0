package com.physiopractice.platform.database;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param migrationOrder the script folders whose Flyway migrations run, in this order; each keeps its
 *        scripts in {@code db/migration/<name>} and its history in {@code <name>_schema_history}. It is
 *        the order in which the scripts were first written, which is not quite the modules' order:
 *        {@code domain} holds the people tables' first script (the shared domain kept them until the
 *        people module took them over), and the {@code people} and {@code audit} modules come after
 *        the modules whose early scripts still refer to the tables they later renamed. A folder that
 *        is not on the classpath (a module test starts a few modules only) is skipped.
 * @param runtimeUsers the database accounts the application runs as (e.g. {@code practice_app@%}),
 *        when the migrations run as another one that owns the schema: after migrating, every table
 *        is granted to them for reading and writing rows, except the append-only ones, which they
 *        may only read and add to. Empty: the application runs as the schema's owner (dev, tests).
 * @param appendOnlyTables tables whose rows are never changed or deleted by the application
 */
@Validated
@ConfigurationProperties("practice.database")
record DatabaseSettings(@NotEmpty @DefaultValue({"platform", "domain", "identity", "audit", "triage", "booking",
        "content", "notification", "people", "records"}) List<@Pattern(regexp = "[a-z]+") String> migrationOrder,
        @DefaultValue({}) List<@Pattern(regexp = "[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_.%-]{1,255})?") String> runtimeUsers,
        @DefaultValue("audit_event") List<@Pattern(regexp = "[a-z_]+") String> appendOnlyTables) {
}
