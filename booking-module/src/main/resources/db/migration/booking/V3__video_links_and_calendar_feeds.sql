-- Each appointment's private video room, given at booking.
ALTER TABLE booking_appointment ADD COLUMN video_link VARCHAR(300) NULL;

-- A therapist's calendar subscription: only the SHA-256 of the secret token is kept, so a copy of
-- the database does not reveal working feed addresses. Rotating replaces the row.
CREATE TABLE booking_calendar_feed (
    therapist_id CHAR(36)    NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (therapist_id),
    UNIQUE KEY uq_booking_calendar_feed_token (token_hash),
    CONSTRAINT fk_booking_calendar_feed_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
