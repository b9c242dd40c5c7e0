-- The people every module refers to. Ids are UUIDs in their canonical text form so that
-- the same schema works on MySQL 8.4 and MariaDB 10.11+ and stays readable in a console.
CREATE TABLE domain_therapist (
    id         CHAR(36)     NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    title      VARCHAR(60)  NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    active     BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE domain_patient (
    id            CHAR(36)     NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    date_of_birth DATE         NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    phone         VARCHAR(16)  NULL,
    registered_at DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
