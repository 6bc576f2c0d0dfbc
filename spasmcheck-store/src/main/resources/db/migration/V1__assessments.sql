-- Assessments with their append-only answer log and current result snapshot.
-- Portable SQL: the same file runs on SQLite and PostgreSQL (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY only).
-- Times are BIGINT milliseconds since 1970-01-01T00:00:00Z (UTC), truncated to the millisecond on write.

CREATE TABLE assessment (
    id              TEXT    NOT NULL PRIMARY KEY,
    token_hash      TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    initial_answers INTEGER NOT NULL CHECK (initial_answers >= 0),
    kb_version      TEXT    NOT NULL,
    kb_hash         TEXT    NOT NULL,
    triage_level    TEXT    NOT NULL,
    result_json     TEXT    NOT NULL
);

-- One row per answer; rows are only ever inserted. sequence is 1, 2, 3 ... within an assessment.
-- value_json is the answer as JSON for SET (SQL NULL allowed) and always NULL for CLEAR.
CREATE TABLE answer_event (
    assessment_id TEXT   NOT NULL REFERENCES assessment (id),
    sequence      BIGINT NOT NULL CHECK (sequence >= 1),
    finding_id    TEXT   NOT NULL,
    operation     TEXT   NOT NULL CHECK (operation IN ('SET', 'CLEAR')),
    value_json    TEXT,
    recorded_at   BIGINT NOT NULL,
    PRIMARY KEY (assessment_id, sequence),
    CHECK (operation = 'SET' OR value_json IS NULL)
);
