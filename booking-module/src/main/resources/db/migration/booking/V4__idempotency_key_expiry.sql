-- Keys older than their lifetime are deleted every hour; this index keeps that a range scan.
CREATE INDEX ix_booking_idempotency_created ON booking_idempotency (created_at);
