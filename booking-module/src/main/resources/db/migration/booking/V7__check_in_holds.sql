-- A new emergency or urgent sign in the patient's check-in holds the consultation (it stays
-- booked) until the therapist clears it.
ALTER TABLE booking_appointment ADD COLUMN held_since DATETIME(6) NULL;
ALTER TABLE booking_appointment ADD COLUMN hold_reason VARCHAR(500) NULL;
