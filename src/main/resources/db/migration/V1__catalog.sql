-- Foundation schema: projects, files, companions, stage sets, problems, runs, decisions.
CREATE TABLE projects (
    id            TEXT PRIMARY KEY,
    title         TEXT,
    root          TEXT NOT NULL,
    status        TEXT,
    created_at    TEXT,
    started_at    TEXT,
    finished_at   TEXT,
    manifest_json TEXT,
    added_at      TEXT NOT NULL
);

-- One row per image ever seen; never deleted, only marked missing, so history keeps its references.
CREATE TABLE files (
    id           INTEGER PRIMARY KEY,
    project_id   TEXT NOT NULL REFERENCES projects(id),
    rel_path     TEXT NOT NULL,
    name         TEXT NOT NULL,
    stem         TEXT NOT NULL,
    ext          TEXT NOT NULL,
    size         INTEGER NOT NULL,
    mtime        INTEGER NOT NULL,
    width        INTEGER,
    height       INTEGER,
    format       TEXT,
    stage        REAL NOT NULL DEFAULT 0,
    stage_label  TEXT,
    name_time    TEXT,
    content_hash TEXT,
    state        TEXT NOT NULL CHECK (state IN ('present', 'missing', 'problem')),
    first_seen   TEXT NOT NULL,
    last_seen    TEXT NOT NULL,
    UNIQUE (project_id, rel_path)
);
CREATE INDEX files_by_name ON files (project_id, name);
CREATE INDEX files_by_hash ON files (content_hash);

CREATE TABLE companions (
    id         INTEGER PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id),
    file_id    INTEGER NOT NULL REFERENCES files(id),
    rel_path   TEXT NOT NULL,
    size       INTEGER NOT NULL,
    mtime      INTEGER NOT NULL,
    UNIQUE (project_id, rel_path)
);
CREATE INDEX companions_by_file ON companions (file_id);

-- A set is keyed by its first member's path so its id survives rescans that do not change it.
CREATE TABLE sets (
    id         INTEGER PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id),
    set_key    TEXT NOT NULL,
    top_stage  REAL NOT NULL,
    size       INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (project_id, set_key)
);

CREATE TABLE set_members (
    set_id   INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    file_id  INTEGER NOT NULL UNIQUE REFERENCES files(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (set_id, file_id)
);

CREATE TABLE problems (
    id         INTEGER PRIMARY KEY,
    project_id TEXT,
    kind       TEXT NOT NULL,
    path       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    detail     TEXT,
    seen_at    TEXT NOT NULL,
    UNIQUE (project_id, kind, path, reason)
);

CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    project_id  TEXT,
    command     TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    done        INTEGER,
    skipped     INTEGER,
    failed      INTEGER,
    detail_json TEXT
);

-- A curator decision about one stage set, from a log, a history run or the reviewer. Names are matched
-- within one project; set_id/chosen_file_id are bound when a scan finds the files (pending until then).
CREATE TABLE decisions (
    id             INTEGER PRIMARY KEY,
    project_id     TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('log', 'history', 'review')),
    source_ref     TEXT NOT NULL,
    kind           TEXT NOT NULL,
    set_ref        TEXT,
    chosen_name    TEXT,
    chosen_stage   REAL,
    loser_names    TEXT NOT NULL DEFAULT '[]',
    crop_state     TEXT NOT NULL CHECK (crop_state IN ('uncropped', 'box', 'unknown', 'needs_review', 'not_recorded')),
    crop_x1        REAL,
    crop_y1        REAL,
    crop_x2        REAL,
    crop_y2        REAL,
    raw_json       TEXT,
    confidence     REAL,
    logged_at      TEXT,
    set_id         INTEGER REFERENCES sets(id) ON DELETE SET NULL,
    chosen_file_id INTEGER REFERENCES files(id),
    fingerprint    TEXT NOT NULL UNIQUE,
    created_at     TEXT NOT NULL
);
CREATE INDEX decisions_by_project ON decisions (project_id, chosen_name);
CREATE INDEX decisions_by_set ON decisions (set_id);
