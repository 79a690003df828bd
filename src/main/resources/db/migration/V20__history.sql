-- History: how decisions from different sources relate, and the history runs that produced some of them.
-- merged_into: this decision repeats another one (same set, same winner) that stays the canonical row.
-- conflict: why this decision disagrees with another source about the same set (kept, flagged, not merged).
ALTER TABLE decisions ADD COLUMN merged_into INTEGER REFERENCES decisions(id);
ALTER TABLE decisions ADD COLUMN conflict TEXT;
CREATE INDEX decisions_pending ON decisions (project_id, set_id, chosen_file_id);

CREATE TABLE history_runs (
    id           INTEGER PRIMARY KEY,
    project_id   TEXT NOT NULL,
    original     TEXT NOT NULL,
    final        TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    summary_json TEXT
);
