-- Intake forms with their assessment. The answers and the assessment are stored whole (JSON
-- text) with the questionnaire and ruleset versions and never change; therapist reviews are
-- appended to triage_review. The current disposition and its urgency rank are kept as columns
-- so the review queue is one indexed query.
CREATE TABLE triage_intake (
    id                    CHAR(36)    NOT NULL,
    patient_id            CHAR(36)    NOT NULL,
    submitted_at          DATETIME(6) NOT NULL,
    questionnaire_version VARCHAR(16) NOT NULL,
    ruleset_version       VARCHAR(16) NOT NULL,
    answers               LONGTEXT    NOT NULL,
    assessment            LONGTEXT    NOT NULL,
    assessed_disposition  VARCHAR(24) NOT NULL,
    current_disposition   VARCHAR(24) NOT NULL,
    urgency_rank          INT         NOT NULL,
    status                VARCHAR(20) NOT NULL,
    version               BIGINT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_triage_intake_patient (patient_id, submitted_at),
    KEY ix_triage_intake_queue (status, urgency_rank, submitted_at),
    CONSTRAINT fk_triage_intake_patient FOREIGN KEY (patient_id) REFERENCES domain_patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE triage_review (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    intake_id          CHAR(36)    NOT NULL,
    reviewed_at        DATETIME(6) NOT NULL,
    therapist_id       CHAR(36)    NOT NULL,
    disposition_before VARCHAR(24) NOT NULL,
    disposition_after  VARCHAR(24) NOT NULL,
    note               TEXT        NULL,
    PRIMARY KEY (id),
    KEY ix_triage_review_intake (intake_id, reviewed_at),
    CONSTRAINT fk_triage_review_intake FOREIGN KEY (intake_id) REFERENCES triage_intake (id),
    CONSTRAINT fk_triage_review_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
