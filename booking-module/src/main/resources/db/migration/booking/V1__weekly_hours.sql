-- A therapist's regular weekly hours, in her own time zone (kept on domain_therapist).
CREATE TABLE booking_weekly_schedule (
    therapist_id CHAR(36) NOT NULL,
    version      BIGINT   NOT NULL,
    PRIMARY KEY (therapist_id),
    CONSTRAINT fk_booking_weekly_schedule_therapist FOREIGN KEY (therapist_id) REFERENCES domain_therapist (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE booking_working_period (
    therapist_id CHAR(36)    NOT NULL,
    day_of_week  VARCHAR(9)  NOT NULL,
    start_time   TIME        NOT NULL,
    end_time     TIME        NOT NULL,
    KEY ix_booking_working_period_therapist (therapist_id),
    CONSTRAINT fk_booking_working_period_schedule FOREIGN KEY (therapist_id) REFERENCES booking_weekly_schedule (therapist_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
