package com.physiopractice;

import jakarta.persistence.Timeout;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.RowLockStrategy;
import org.hibernate.dialect.lock.PessimisticLockStyle;
import org.hibernate.dialect.lock.spi.ConnectionLockTimeoutStrategy;
import org.hibernate.dialect.lock.spi.LockTimeoutType;
import org.hibernate.dialect.lock.spi.LockingSupport;
import org.hibernate.dialect.lock.spi.OuterJoinLockingType;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SQL Hibernate writes through MySQL Connector/J ({@code jdbc:mysql:} URLs, production's
 * driver) is MySQL 8.4's, whatever server answers: Hibernate would otherwise read the version from
 * the server, and MariaDB, which CI runs this driver against, calls itself "5.5.5-10.11", for
 * which Hibernate picks the MySQL 5.5 dialect. {@code jdbc:mariadb:} URLs keep Hibernate's
 * detection (its MariaDB dialect).
 */
@Configuration(proxyBeanMethods = false)
class MySqlConnectorDialect {

    /**
     * MySQL 8.4, pinned rather than detected, locking rows with a plain {@code FOR UPDATE}: MySQL 8's
     * {@code FOR UPDATE OF <alias>} is a syntax error on MariaDB, and a query locked here always
     * reads one aggregate, whose joined rows may as well be locked too. So the SQL production runs is
     * the SQL CI runs.
     */
    public static class MySql84Dialect extends MySQLDialect {

        private final LockingSupport locking;

        public MySql84Dialect() {
            super(DatabaseVersion.make(8, 4));
            this.locking = withoutAliases(super.getLockingSupport());
        }

        @Override
        public LockingSupport getLockingSupport() {
            return locking;
        }

        @Override
        protected boolean supportsAliasLocks() {
            return false;
        }

        private static LockingSupport withoutAliases(LockingSupport mysql) {
            LockingSupport.Metadata metadata = mysql.getMetadata();
            LockingSupport.Metadata plain = new LockingSupport.Metadata() {
                @Override
                public PessimisticLockStyle getPessimisticLockStyle() {
                    return metadata.getPessimisticLockStyle();
                }

                @Override
                public LockTimeoutType getLockTimeoutType(Timeout timeout) {
                    return metadata.getLockTimeoutType(timeout);
                }

                @Override
                public RowLockStrategy getReadRowLockStrategy() {
                    return RowLockStrategy.NONE;
                }

                @Override
                public RowLockStrategy getWriteRowLockStrategy() {
                    return RowLockStrategy.NONE;
                }

                @Override
                public OuterJoinLockingType getOuterJoinLockingType() {
                    return metadata.getOuterJoinLockingType();
                }

                @Override
                public boolean supportsForUpdate() {
                    return metadata.supportsForUpdate();
                }

                @Override
                public boolean supportsWait() {
                    return metadata.supportsWait();
                }

                @Override
                public boolean supportsNoWait() {
                    return metadata.supportsNoWait();
                }

                @Override
                public boolean supportsSkipLocked() {
                    return metadata.supportsSkipLocked();
                }
            };
            return new LockingSupport() {
                @Override
                public LockingSupport.Metadata getMetadata() {
                    return plain;
                }

                @Override
                public ConnectionLockTimeoutStrategy getConnectionLockTimeoutStrategy() {
                    return mysql.getConnectionLockTimeoutStrategy();
                }
            };
        }
    }

    @Bean
    HibernatePropertiesCustomizer mysqlDialectForConnectorJ(JdbcConnectionDetails connection) {
        return properties -> {
            if (connection.getJdbcUrl().startsWith("jdbc:mysql:")) {
                properties.put("hibernate.dialect", MySql84Dialect.class.getName());
            }
        };
    }
}
