-- The reviewer's triage (issue 12).
-- Where the models blame a break: the member and a normalized box on it (from the anomaly detector's residual
-- map when it has one, else the strongest change region); NULL when nothing is blamed.
ALTER TABLE predictions ADD COLUMN blamed_file_id INTEGER REFERENCES files(id);
ALTER TABLE predictions ADD COLUMN blamed_x1 REAL;
ALTER TABLE predictions ADD COLUMN blamed_y1 REAL;
ALTER TABLE predictions ADD COLUMN blamed_x2 REAL;
ALTER TABLE predictions ADD COLUMN blamed_y2 REAL;

-- Who made a choice in the reviewer: the curator, or the auto-accept cut (which is no training label until the
-- curator confirms it).
ALTER TABLE review_choices ADD COLUMN origin TEXT NOT NULL DEFAULT 'curator' CHECK (origin IN ('curator', 'auto'));
ALTER TABLE review_choices ADD COLUMN cut REAL;
-- Why a choice was undone: the curator (U, or reverting an auto-accepted set: never auto-accepted again in that
-- batch) or a changed cut (an auto-accepted set below the new cut goes back to the queue).
ALTER TABLE review_choices ADD COLUMN undone_by TEXT CHECK (undone_by IN ('curator', 'cut'));

-- Decisions gain the source 'auto' (auto-accepted by the reviewer, not confirmed by the curator). SQLite cannot
-- change a CHECK constraint, so the table is rebuilt; the self-reference of merged_into is checked at commit.
PRAGMA defer_foreign_keys = ON;
ALTER TABLE decisions RENAME TO decisions_before_v70;
CREATE TABLE decisions (
    id             INTEGER PRIMARY KEY,
    project_id     TEXT NOT NULL,
    source         TEXT NOT NULL CHECK (source IN ('log', 'history', 'review', 'auto')),
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
    created_at     TEXT NOT NULL,
    merged_into    INTEGER REFERENCES decisions(id),
    conflict       TEXT
);
INSERT INTO decisions (id, project_id, source, source_ref, kind, set_ref, chosen_name, chosen_stage, loser_names,
                       crop_state, crop_x1, crop_y1, crop_x2, crop_y2, raw_json, confidence, logged_at, set_id,
                       chosen_file_id, fingerprint, created_at, merged_into, conflict)
SELECT id, project_id, source, source_ref, kind, set_ref, chosen_name, chosen_stage, loser_names,
       crop_state, crop_x1, crop_y1, crop_x2, crop_y2, raw_json, confidence, logged_at, set_id,
       chosen_file_id, fingerprint, created_at, merged_into, conflict
  FROM decisions_before_v70;
DROP TABLE decisions_before_v70;
CREATE INDEX decisions_by_project ON decisions (project_id, chosen_name);
CREATE INDEX decisions_by_set ON decisions (set_id);
CREATE INDEX decisions_pending ON decisions (project_id, set_id, chosen_file_id);
