-- Attempts by callers who are not signed in (wrong passwords, rejected tokens, unknown refresh
-- tokens) are written as one line per action, subject, client address and minute with the number
-- of attempts, so a flood of them costs a line a minute, not a write per request.
ALTER TABLE audit_event ADD COLUMN occurrences INT NOT NULL DEFAULT 1;
