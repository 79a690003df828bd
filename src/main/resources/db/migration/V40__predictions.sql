-- The models' suggestion per stage set, for the reviewer.
CREATE TABLE predictions (
    set_id          INTEGER PRIMARY KEY REFERENCES sets(id) ON DELETE CASCADE,
    pick_file_id    INTEGER REFERENCES files(id),
    confidence      REAL NOT NULL,
    anomaly_prob    REAL NOT NULL,
    crop_x1         REAL,
    crop_y1         REAL,
    crop_x2         REAL,
    crop_y2         REAL,
    reason          TEXT,
    ranker_version  TEXT,
    anomaly_version TEXT,
    crop_version    TEXT,
    scores_json     TEXT NOT NULL DEFAULT '{}',
    created_at      TEXT NOT NULL
);
