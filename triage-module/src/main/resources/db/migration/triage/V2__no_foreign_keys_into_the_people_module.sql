-- Patients and therapists belong to the people module; no module keeps a foreign key into another
-- module's tables (people V1 renames them, which is why these go first). Intakes and reviews still
-- name their patient and therapist by id.
ALTER TABLE triage_intake DROP FOREIGN KEY fk_triage_intake_patient;
ALTER TABLE triage_review DROP FOREIGN KEY fk_triage_review_therapist;
