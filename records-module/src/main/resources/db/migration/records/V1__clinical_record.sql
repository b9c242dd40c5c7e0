-- The clinical record: episodes of care, consultation notes (a signed one is never updated; its
-- addenda are added rows), outcome measures with the instrument version of each score, and home
-- exercise programmes with the patient's log. Ids of other modules' records (patients, therapists,
-- intakes, appointments) are kept without foreign keys, as every module does.
CREATE TABLE records_episode (
    id                      CHAR(36)     NOT NULL,
    patient_id              CHAR(36)     NOT NULL,
    therapist_id            CHAR(36)     NOT NULL,
    problem                 VARCHAR(200) NOT NULL,
    region                  VARCHAR(16)  NOT NULL,
    intake_id               CHAR(36)     NULL,
    first_consultation_id   CHAR(36)     NULL,
    status                  VARCHAR(16)  NOT NULL,
    opened_at               DATETIME(6)  NOT NULL,
    discharged_at           DATETIME(6)  NULL,
    discharge_summary       TEXT         NULL,
    measures_asked_at       DATETIME(6)  NOT NULL,
    sessions_since_measures INT          NOT NULL,
    version                 BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_records_episode_patient (patient_id, opened_at),
    KEY ix_records_episode_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_note (
    id              CHAR(36)    NOT NULL,
    episode_id      CHAR(36)    NOT NULL,
    patient_id      CHAR(36)    NOT NULL,
    author_id       CHAR(36)    NOT NULL,
    kind            VARCHAR(24) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    consultation_id CHAR(36)    NULL,
    treated_at      DATETIME(6) NOT NULL,
    written_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    signed_at       DATETIME(6) NULL,
    due_by          DATETIME(6) NOT NULL,
    content         MEDIUMTEXT  NOT NULL,
    version         BIGINT      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_records_note_episode (episode_id, treated_at),
    KEY ix_records_note_unsigned (author_id, status, due_by),
    CONSTRAINT fk_records_note_episode FOREIGN KEY (episode_id) REFERENCES records_episode (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_addendum (
    id         CHAR(36)    NOT NULL,
    note_id    CHAR(36)    NOT NULL,
    author_id  CHAR(36)    NOT NULL,
    text       TEXT        NOT NULL,
    written_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_records_addendum_note (note_id, written_at),
    CONSTRAINT fk_records_addendum_note FOREIGN KEY (note_id) REFERENCES records_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_measure (
    id                 CHAR(36)     NOT NULL,
    episode_id         CHAR(36)     NOT NULL,
    patient_id         CHAR(36)     NOT NULL,
    instrument         VARCHAR(16)  NOT NULL,
    instrument_version VARCHAR(16)  NOT NULL,
    occasion           VARCHAR(24)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    requested_at       DATETIME(6)  NOT NULL,
    answered_at        DATETIME(6)  NULL,
    answers            TEXT         NULL,
    score              DOUBLE       NULL,
    interpretation     VARCHAR(700) NULL,
    version            BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_records_measure_episode (episode_id, requested_at),
    KEY ix_records_measure_patient (patient_id, status),
    CONSTRAINT fk_records_measure_episode FOREIGN KEY (episode_id) REFERENCES records_episode (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_programme (
    id            CHAR(36)    NOT NULL,
    episode_id    CHAR(36)    NOT NULL,
    patient_id    CHAR(36)    NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    reminder_time TIME        NULL,
    reminded_on   DATE        NULL,
    version       BIGINT      NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_records_programme_episode (episode_id),
    KEY ix_records_programme_patient (patient_id),
    CONSTRAINT fk_records_programme_episode FOREIGN KEY (episode_id) REFERENCES records_episode (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_prescription (
    id            CHAR(36)      NOT NULL,
    programme_id  CHAR(36)      NOT NULL,
    position      INT           NOT NULL,
    card          VARCHAR(120)  NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    sets          INT           NOT NULL,
    repetitions   INT           NOT NULL,
    hold_seconds  INT           NOT NULL,
    times_per_day INT           NOT NULL,
    days_per_week INT           NOT NULL,
    notes         VARCHAR(1000) NULL,
    starts_on     DATE          NOT NULL,
    ends_on       DATE          NULL,
    stopped_on    DATE          NULL,
    not_advised   VARCHAR(300)  NULL,
    PRIMARY KEY (id),
    KEY ix_records_prescription_programme (programme_id, position),
    CONSTRAINT fk_records_prescription_programme FOREIGN KEY (programme_id) REFERENCES records_programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE records_exercise_session (
    id              CHAR(36)    NOT NULL,
    programme_id    CHAR(36)    NOT NULL,
    prescription_id CHAR(36)    NOT NULL,
    patient_id      CHAR(36)    NOT NULL,
    done_on         DATE        NOT NULL,
    logged_at       DATETIME(6) NOT NULL,
    pain            INT         NOT NULL,
    difficulty      INT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_records_exercise_session_programme (programme_id, done_on),
    CONSTRAINT fk_records_exercise_session_prescription FOREIGN KEY (prescription_id) REFERENCES records_prescription (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
