-- A counter per therapist, raised in the same transaction as every change to her appointments,
-- weekly hours or time off. Each app node keeps the open slots it computed together with the
-- revision they were computed at; one primary-key read tells it whether they still hold.
CREATE TABLE booking_calendar_revision (
    therapist_id CHAR(36) NOT NULL,
    revision     BIGINT   NOT NULL,
    PRIMARY KEY (therapist_id),
    CONSTRAINT fk_booking_calendar_revision_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
