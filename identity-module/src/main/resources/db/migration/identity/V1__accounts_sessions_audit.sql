-- Sign-in accounts. An account is a patient's, a therapist's or an administrator's; the person
-- behind it lives in the shared domain tables. Emails are stored lower-cased, so the unique key
-- also refuses case variants of an address that is taken.
CREATE TABLE identity_account (
    id            CHAR(36)     NOT NULL,
    email         VARCHAR(254) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    patient_id    CHAR(36)     NULL,
    therapist_id  CHAR(36)     NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_identity_account_email UNIQUE (email),
    CONSTRAINT fk_identity_account_patient FOREIGN KEY (patient_id) REFERENCES domain_patient (id),
    CONSTRAINT fk_identity_account_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sign-in session: one refresh-token family. Access tokens name their session, so revoking
-- it (logout, refresh-token reuse, account disabled) stops them at once.
CREATE TABLE identity_session (
    id             CHAR(36)    NOT NULL,
    account_id     CHAR(36)    NOT NULL,
    created_at     DATETIME(6) NOT NULL,
    expires_at     DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6) NULL,
    revoked_reason VARCHAR(32) NULL,
    PRIMARY KEY (id),
    KEY ix_identity_session_account (account_id),
    CONSTRAINT fk_identity_session_account FOREIGN KEY (account_id) REFERENCES identity_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Refresh tokens are kept only as SHA-256 hashes; a used one stays, so its reuse can be detected.
CREATE TABLE identity_refresh_token (
    token_hash CHAR(64)    NOT NULL,
    session_id CHAR(36)    NOT NULL,
    issued_at  DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (token_hash),
    KEY ix_identity_refresh_token_session (session_id),
    CONSTRAINT fk_identity_refresh_token_session FOREIGN KEY (session_id) REFERENCES identity_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins, per account (normalized email) and per client address, counted over a sliding
-- window. Kept in the database so every app node sees the same counts.
CREATE TABLE identity_sign_in_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    key_kind    VARCHAR(8)   NOT NULL,
    key_value   VARCHAR(254) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_sign_in_failure_key (key_kind, key_value, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit trail: append-only (the application never updates or deletes a row). Who, what,
-- which record, when (UTC), from where; never health data, passwords or tokens.
CREATE TABLE identity_audit_event (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6) NOT NULL,
    actor_account  CHAR(36)    NULL,
    actor_role     VARCHAR(16) NULL,
    action         VARCHAR(64) NOT NULL,
    subject_type   VARCHAR(32) NULL,
    subject_id     VARCHAR(64) NULL,
    client_address VARCHAR(45) NULL,
    PRIMARY KEY (id),
    KEY ix_identity_audit_event_time (occurred_at),
    KEY ix_identity_audit_event_actor (actor_account, occurred_at),
    KEY ix_identity_audit_event_subject (subject_type, subject_id, occurred_at),
    KEY ix_identity_audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
