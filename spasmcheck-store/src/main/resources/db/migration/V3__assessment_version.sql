-- The assessment's version, for optimistic concurrency: a write names the version it was computed from and is refused
-- when another write got there first. Portable SQL, as in V1 and V2: the same file runs on SQLite and PostgreSQL.
-- version is the number of entries in the assessment's answer log: every append adds its entries to it in the same
-- transaction, so it only ever grows, and existing rows start at the length of their log.
-- SQLite adds a NOT NULL column only with a default, and checks the CHECK against the existing rows.
ALTER TABLE assessment ADD COLUMN version BIGINT NOT NULL DEFAULT 0 CHECK (version >= 0);

UPDATE assessment
   SET version = (SELECT COUNT(*) FROM answer_event WHERE answer_event.assessment_id = assessment.id);
