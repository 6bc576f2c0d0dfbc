-- Symptom diaries and their episodes, share links to an assessment's report, and where each answer came from.
-- Portable SQL, as in V1: the same file runs on SQLite and PostgreSQL. Times are BIGINT milliseconds since
-- 1970-01-01T00:00:00Z (UTC), except diary_episode.started_at (see there).

-- A diary is opened with a private key that only the person holds; key_hash is its SHA-256 (hex).
CREATE TABLE diary (
    id         TEXT   NOT NULL PRIMARY KEY,
    key_hash   TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);

-- One row per episode the person wrote down; (diary_id, id) is unique.
-- started_at is the person's own wall-clock time without a zone (what they would write on paper), as the ISO-8601
-- text of Java's LocalDateTime.toString(): yyyy-MM-ddTHH:mm, followed by :ss only when the seconds are not zero
-- (and a fraction only when that is not zero). The fields have fixed widths and run from the year down, and a
-- shorter text is the same minute with zero seconds, so text order is time order. That needs a four-digit year
-- (0000 to 9999), which the CHECK requires. The digits stand at the same places in every value, so the order also
-- holds under a PostgreSQL collation that skips punctuation.
-- trigger_kind, not "trigger", which is an SQL keyword.
CREATE TABLE diary_episode (
    diary_id         TEXT    NOT NULL REFERENCES diary (id),
    id               TEXT    NOT NULL,
    started_at       TEXT    NOT NULL CHECK (started_at LIKE '____-__-__T__:__%'),
    duration_seconds BIGINT  NOT NULL CHECK (duration_seconds > 0),
    muscle_group     TEXT    NOT NULL,
    side             TEXT    NOT NULL CHECK (side IN ('left', 'right', 'both', 'middle')),
    intensity        INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
    trigger_kind     TEXT    NOT NULL
                     CHECK (trigger_kind IN ('night_rest', 'exercise', 'heat', 'walking', 'standing', 'other')),
    helped           TEXT    NOT NULL,
    note             TEXT    NOT NULL,
    recorded_at      BIGINT  NOT NULL,
    PRIMARY KEY (diary_id, id)
);

-- A link that lets someone else (a clinician) read one assessment's report, and the diary with it if
-- include_diary. token_hash is the SHA-256 (hex) of the link's secret token, which is never stored.
-- include_diary: BOOLEAN is native in PostgreSQL; SQLite stores it as the integer 1 or 0, and the CHECK refuses
-- anything else there (TRUE and FALSE are 1 and 0 in SQLite).
-- A link is open until expires_at (exclusive) unless revoked_at is set; revoked_at is written once.
CREATE TABLE share_link (
    id            TEXT    NOT NULL PRIMARY KEY,
    token_hash    TEXT    NOT NULL UNIQUE,
    assessment_id TEXT    NOT NULL REFERENCES assessment (id),
    include_diary BOOLEAN NOT NULL CHECK (include_diary IN (TRUE, FALSE)),
    created_at    BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL,
    revoked_at    BIGINT,
    CHECK (expires_at > created_at)
);

CREATE INDEX share_link_assessment ON share_link (assessment_id);

-- The diary an interview was started from, if any. Nullable, with no default: SQLite adds a REFERENCES column to a
-- table with foreign keys on only when its default is NULL.
ALTER TABLE assessment ADD COLUMN diary_id TEXT REFERENCES diary (id);

-- Whether the person gave an answer or it was filled in from their diary. Existing rows were all given by the
-- person. SQLite adds a NOT NULL column only with a default, and checks the CHECK against the existing rows.
ALTER TABLE answer_event ADD COLUMN origin TEXT NOT NULL DEFAULT 'person' CHECK (origin IN ('person', 'diary'));
