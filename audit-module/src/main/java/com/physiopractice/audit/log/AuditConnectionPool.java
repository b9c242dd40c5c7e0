package com.physiopractice.audit.log;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail's own few database connections. Audit lines are written while the audited work
 * holds its own connection (often inside a transaction waiting on a row lock); drawing the audit
 * connection from the same pool would let a burst of requests hold every connection while each
 * waits for a second one. A separate pool means writing the trail never waits on audited work.
 * Each line commits on its own, so it is kept even if the audited work fails.
 */
@Component
class AuditConnectionPool implements DisposableBean {

    private static final int SIZE = 4;

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    AuditConnectionPool(JdbcConnectionDetails database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("audit");
        config.setJdbcUrl(database.getJdbcUrl());
        config.setUsername(database.getUsername());
        config.setPassword(database.getPassword());
        config.setDriverClassName(database.getDriverClassName());
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
