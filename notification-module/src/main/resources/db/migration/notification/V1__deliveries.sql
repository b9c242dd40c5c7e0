-- One row per email the practice means to send, keyed by what caused it (the event and the
-- recipient), so that a retried, resubmitted or concurrently handled event sends each email once.
CREATE TABLE notification_delivery (
    dedupe_key         VARCHAR(200) NOT NULL,
    kind               VARCHAR(40)  NOT NULL,
    recipient          VARCHAR(320) NOT NULL,
    state              VARCHAR(10)  NOT NULL,
    attempts           INT          NOT NULL,
    attempt_started_at DATETIME(6)  NOT NULL,
    sent_at            DATETIME(6)  NULL,
    last_error         VARCHAR(500) NULL,
    PRIMARY KEY (dedupe_key),
    KEY ix_notification_delivery_state (state, attempt_started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
