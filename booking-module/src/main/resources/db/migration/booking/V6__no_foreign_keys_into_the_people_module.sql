-- Patients and therapists belong to the people module; no module keeps a foreign key into another
-- module's tables (people V1 renames them, which is why these go first). The booking tables still
-- name their therapist and patient by id; their keys among themselves stay.
ALTER TABLE booking_weekly_schedule DROP FOREIGN KEY fk_booking_weekly_schedule_therapist;
ALTER TABLE booking_appointment DROP FOREIGN KEY fk_booking_appointment_therapist;
ALTER TABLE booking_appointment DROP FOREIGN KEY fk_booking_appointment_patient;
ALTER TABLE booking_time_off DROP FOREIGN KEY fk_booking_time_off_therapist;
ALTER TABLE booking_calendar_feed DROP FOREIGN KEY fk_booking_calendar_feed_therapist;
ALTER TABLE booking_calendar_revision DROP FOREIGN KEY fk_booking_calendar_revision_therapist;
