-- Patients and therapists were the shared domain's tables (db/migration/domain V1) and are the
-- people module's now, under its name. The modules whose early scripts referred to them by foreign
-- key have dropped those keys first (identity V3, triage V2, booking V6: no module keeps a foreign
-- key into another module's tables), which is why this script runs last of all.
RENAME TABLE domain_patient TO people_patient, domain_therapist TO people_therapist;
