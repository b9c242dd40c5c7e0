-- Refused requests are recorded with their path as the subject; paths can be longer than an id.
ALTER TABLE identity_audit_event MODIFY subject_id VARCHAR(255) NULL;
