-- Patients and therapists belong to the people module; no module keeps a foreign key into another
-- module's tables (people V1 renames them, which is why these go first). An account still names its
-- person by id.
ALTER TABLE identity_account DROP FOREIGN KEY fk_identity_account_patient;
ALTER TABLE identity_account DROP FOREIGN KEY fk_identity_account_therapist;
