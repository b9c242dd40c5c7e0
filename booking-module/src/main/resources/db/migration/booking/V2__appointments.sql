-- Appointments. Times are UTC instants; the therapist's zone is on domain_therapist.
CREATE TABLE booking_appointment (
    id               CHAR(36)     NOT NULL,
    therapist_id     CHAR(36)     NOT NULL,
    patient_id       CHAR(36)     NOT NULL,
    type_code        VARCHAR(40)  NOT NULL,
    start_at         DATETIME(6)  NOT NULL,
    end_at           DATETIME(6)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    intake_id        CHAR(36)     NOT NULL,
    booked_at        DATETIME(6)  NOT NULL,
    ended_at         DATETIME(6)  NULL,
    end_reason       VARCHAR(500) NULL,
    reschedule_count INT          NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_booking_appointment_therapist (therapist_id, start_at),
    KEY ix_booking_appointment_patient (patient_id, status, start_at),
    CONSTRAINT fk_booking_appointment_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id),
    CONSTRAINT fk_booking_appointment_patient FOREIGN KEY (patient_id) REFERENCES domain_patient (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The database's own guarantee that appointments never overlap: every active appointment claims
-- each 5-minute step of its time and its buffer, and a step can be claimed once per therapist.
-- Overlapping bookings of any lengths collide on a shared step, on any number of app nodes.
-- Cancelling releases the steps, so the time is bookable again at once.
CREATE TABLE booking_slot_claim (
    therapist_id   CHAR(36) NOT NULL,
    epoch_minute   BIGINT   NOT NULL,
    appointment_id CHAR(36) NOT NULL,
    PRIMARY KEY (therapist_id, epoch_minute),
    KEY ix_booking_slot_claim_appointment (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to an appointment: booked, rescheduled (with the old and new start), ended.
CREATE TABLE booking_appointment_change (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    appointment_id CHAR(36)    NOT NULL,
    changed_at     DATETIME(6) NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    actor_role     VARCHAR(16) NOT NULL,
    old_start_at   DATETIME(6) NULL,
    new_start_at   DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_booking_appointment_change_appointment (appointment_id),
    CONSTRAINT fk_booking_appointment_change_appointment FOREIGN KEY (appointment_id) REFERENCES booking_appointment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per patient, locked while they book, so the limit of active bookings holds on every node.
CREATE TABLE booking_patient_quota (
    patient_id CHAR(36) NOT NULL,
    PRIMARY KEY (patient_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Idempotency-Key: the first answer to a key is kept and returned for every repeat.
CREATE TABLE booking_idempotency (
    patient_id      CHAR(36)     NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    response_status INT          NULL,
    response_body   LONGTEXT     NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (patient_id, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_time_off (
    id           CHAR(36)     NOT NULL,
    therapist_id CHAR(36)     NOT NULL,
    start_at     DATETIME(6)  NOT NULL,
    end_at       DATETIME(6)  NOT NULL,
    reason       VARCHAR(200) NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_booking_time_off_therapist (therapist_id, start_at),
    CONSTRAINT fk_booking_time_off_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
