-- Emergency or urgent signs that reached the practice outside a stored intake: a form refused for
-- another bad answer (the intake itself is not stored) or a check-in before a consultation. Kept
-- for the therapist's alert and for the audit: the answers that could be read, the ruleset that
-- screened them, what it found. Never changed once written.
CREATE TABLE triage_safety_event (
    id              CHAR(36)    NOT NULL,
    patient_id      CHAR(36)    NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    source          VARCHAR(16) NOT NULL,
    appointment_id  CHAR(36)    NULL,
    ruleset_version VARCHAR(16) NOT NULL,
    disposition     VARCHAR(24) NOT NULL,
    rules           TEXT        NOT NULL,
    red_flags       LONGTEXT    NOT NULL,
    known_answers   LONGTEXT    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_triage_safety_event_time (occurred_at),
    KEY ix_triage_safety_event_patient (patient_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
