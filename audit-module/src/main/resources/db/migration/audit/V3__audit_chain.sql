-- Each line of the trail is sealed into a hash chain shortly after it is written: its place in
-- the chain, the hash of the line before it, and its own hash over its content and that one. A
-- line changed or removed afterwards breaks the chain at that place, which verification names.
ALTER TABLE audit_event ADD COLUMN seal_seq BIGINT NULL;
ALTER TABLE audit_event ADD COLUMN previous_hash CHAR(64) NULL;
ALTER TABLE audit_event ADD COLUMN row_hash CHAR(64) NULL;
CREATE UNIQUE INDEX ux_audit_event_seal ON audit_event (seal_seq);
