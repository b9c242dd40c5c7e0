-- When a patient closed her account: her clinical record's retention period is counted from the
-- later of this and her last consultation.
ALTER TABLE identity_account ADD COLUMN closed_at DATETIME(6) NULL;
CREATE INDEX ix_identity_account_closed ON identity_account (closed_at);
