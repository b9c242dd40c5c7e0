-- Requests counted per limit, key (a client address or an account) and fixed window, so that the
-- limits hold however many nodes serve the requests. Old windows are deleted by a scheduled job.
CREATE TABLE identity_rate_limit (
    limit_name   VARCHAR(64)  NOT NULL,
    key_value    VARCHAR(254) NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    hits         INT          NOT NULL,
    PRIMARY KEY (limit_name, key_value, window_start),
    KEY ix_identity_rate_limit_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
