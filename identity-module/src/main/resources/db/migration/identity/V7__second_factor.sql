-- A second factor for signing in: a TOTP secret (RFC 6238) the account's owner keeps in an
-- authenticator app, confirmed by a first code; the last time step used, so no code works twice;
-- and single-use recovery codes, kept only as SHA-256. A session remembers whether it was begun
-- with the second factor, so its refreshed access tokens say so too.
CREATE TABLE identity_second_factor (
    account_id     CHAR(36)    NOT NULL,
    secret         VARCHAR(64) NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    confirmed_at   DATETIME(6) NULL,
    last_used_step BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE identity_recovery_code (
    code_hash  CHAR(64)    NOT NULL,
    account_id CHAR(36)    NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (code_hash),
    KEY ix_identity_recovery_code_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE identity_session ADD COLUMN second_factor BOOLEAN NOT NULL DEFAULT FALSE;
