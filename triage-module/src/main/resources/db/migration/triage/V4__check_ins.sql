-- The safety check-in before each consultation. Booking tells triage of each booked consultation
-- (and its new time when it moves, or that it was cancelled); the patient answers the safety
-- questions again, and every answer is kept with the new signs it showed and what they gave.
CREATE TABLE triage_check_in (
    appointment_id CHAR(36)    NOT NULL,
    patient_id     CHAR(36)    NOT NULL,
    intake_id      CHAR(36)    NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    ends_at        DATETIME(6) NOT NULL,
    booked_at      DATETIME(6) NOT NULL,
    withdrawn_at   DATETIME(6) NULL,
    version        BIGINT      NOT NULL,
    PRIMARY KEY (appointment_id),
    KEY ix_triage_check_in_patient (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE triage_check_in_answer (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    appointment_id  CHAR(36)    NOT NULL,
    answered_at     DATETIME(6) NOT NULL,
    safety          TEXT        NOT NULL,
    new_signs       TEXT        NOT NULL,
    disposition     VARCHAR(24) NULL,
    rules           TEXT        NOT NULL,
    safety_event_id CHAR(36)    NULL,
    PRIMARY KEY (id),
    KEY ix_triage_check_in_answer_appointment (appointment_id, answered_at),
    CONSTRAINT fk_triage_check_in_answer FOREIGN KEY (appointment_id) REFERENCES triage_check_in (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
