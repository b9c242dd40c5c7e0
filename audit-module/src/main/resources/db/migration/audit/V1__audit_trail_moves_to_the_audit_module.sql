-- The audit trail was the identity module's table (identity V1 and V2) and is the audit module's
-- now, under its name. Where the identity module created it (every database of the application),
-- the CREATE does nothing; a database of the audit module alone (its own tests) gets the table here,
-- as identity V1 and V2 left it.
CREATE TABLE IF NOT EXISTS identity_audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_account  CHAR(36)     NULL,
    actor_role     VARCHAR(16)  NULL,
    action         VARCHAR(64)  NOT NULL,
    subject_type   VARCHAR(32)  NULL,
    subject_id     VARCHAR(255) NULL,
    client_address VARCHAR(45)  NULL,
    PRIMARY KEY (id),
    KEY ix_identity_audit_event_time (occurred_at),
    KEY ix_identity_audit_event_actor (actor_account, occurred_at),
    KEY ix_identity_audit_event_subject (subject_type, subject_id, occurred_at),
    KEY ix_identity_audit_event_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

RENAME TABLE identity_audit_event TO audit_event;

ALTER TABLE audit_event
    RENAME INDEX ix_identity_audit_event_time TO ix_audit_event_time,
    RENAME INDEX ix_identity_audit_event_actor TO ix_audit_event_actor,
    RENAME INDEX ix_identity_audit_event_subject TO ix_audit_event_subject,
    RENAME INDEX ix_identity_audit_event_action TO ix_audit_event_action;
