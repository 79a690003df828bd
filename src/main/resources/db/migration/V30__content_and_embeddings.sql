-- What one decode of an image's bytes produced, keyed by content hash so renames and moves recompute nothing.
CREATE TABLE content (
    hash       TEXT PRIMARY KEY,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    phash      INTEGER NOT NULL,
    thumb_path TEXT,
    stats_json TEXT NOT NULL DEFAULT '{}',
    decoded_at TEXT NOT NULL
);

CREATE TABLE embeddings (
    content_hash TEXT NOT NULL,
    embedder     TEXT NOT NULL,
    dim          INTEGER NOT NULL,
    vector       BLOB NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (content_hash, embedder)
);

-- Cross-stage change features per set member, and one heatmap image per set.
CREATE TABLE change_features (
    set_id        INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    file_id       INTEGER NOT NULL REFERENCES files(id),
    version       TEXT NOT NULL,
    features_json TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (set_id, file_id)
);

CREATE TABLE change_maps (
    set_id       INTEGER PRIMARY KEY REFERENCES sets(id) ON DELETE CASCADE,
    version      TEXT NOT NULL,
    heatmap_path TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
