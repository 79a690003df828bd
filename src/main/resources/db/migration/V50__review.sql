-- The reviewer: one session per `winnow review` run, batches of up to 100 sets, every choice made in the
-- browser (append-only, so undo and stats see the whole story), and the journal of each finalize.
CREATE TABLE review_sessions (
    id         TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT
);

CREATE TABLE review_batches (
    id           TEXT PRIMARY KEY,
    project_id   TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    ordering     TEXT NOT NULL CHECK (ordering IN ('triage', 'time')),
    state        TEXT NOT NULL CHECK (state IN ('open', 'finalizing', 'finalized', 'undoing', 'undone')),
    created_at   TEXT NOT NULL,
    finalized_at TEXT,
    undone_at    TEXT,
    UNIQUE (project_id, seq)
);
CREATE INDEX review_batches_by_project ON review_batches (project_id, state);

-- No foreign key to sets: a rescan may regroup sets, the batch keeps the members it showed.
CREATE TABLE review_batch_sets (
    batch_id     TEXT NOT NULL REFERENCES review_batches(id),
    set_id       INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    set_key      TEXT NOT NULL,
    member_ids   TEXT NOT NULL, -- comma-separated file ids in stage order
    PRIMARY KEY (batch_id, set_id)
);

-- The current choice of a set is its latest row that is not undone.
CREATE TABLE review_choices (
    id          INTEGER PRIMARY KEY,
    batch_id    TEXT NOT NULL REFERENCES review_batches(id),
    session_id  TEXT NOT NULL,
    project_id  TEXT NOT NULL,
    set_id      INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('choose', 'reject')),
    file_id     INTEGER,
    crop_x1     REAL,
    crop_y1     REAL,
    crop_x2     REAL,
    crop_y2     REAL,
    crop_source TEXT CHECK (crop_source IN ('ai', 'editor')),
    ai_pick     INTEGER,
    ai_json     TEXT,
    ai_agreed   INTEGER,
    chosen_at   TEXT NOT NULL,
    undone_at   TEXT
);
CREATE INDEX review_choices_by_batch ON review_choices (batch_id, set_id);
CREATE INDEX review_choices_by_project ON review_choices (project_id, chosen_at);

-- Each file operation of a finalize, written as 'planned' before anything moves and marked 'done' after.
CREATE TABLE review_journal (
    batch_id   TEXT NOT NULL REFERENCES review_batches(id),
    seq        INTEGER NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('mkdir', 'move', 'write_crop', 'copy')),
    source     TEXT,
    target     TEXT NOT NULL,
    crop_x1    REAL,
    crop_y1    REAL,
    crop_x2    REAL,
    crop_y2    REAL,
    size       INTEGER,
    sha256     TEXT,
    state      TEXT NOT NULL CHECK (state IN ('planned', 'done', 'undone', 'skipped')),
    note       TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (batch_id, seq)
);
