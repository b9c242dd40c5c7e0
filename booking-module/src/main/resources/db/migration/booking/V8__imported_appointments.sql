-- Appointments imported from the system a practice moves from were booked there, without an intake
-- form here: their intake is absent until the patient fills one in (MySQL 8.4 and MariaDB alike).
ALTER TABLE booking_appointment MODIFY intake_id CHAR(36) NULL;
