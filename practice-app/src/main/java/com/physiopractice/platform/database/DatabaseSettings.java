package com.physiopractice.platform.database;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param migrationOrder the modules whose Flyway migrations run, in this order; each keeps its
 *        scripts in {@code db/migration/<module>} and its history in {@code <module>_schema_history}
 */
@Validated
@ConfigurationProperties("practice.database")
record DatabaseSettings(@NotEmpty List<@Pattern(regexp = "[a-z]+") String> migrationOrder) {
}
