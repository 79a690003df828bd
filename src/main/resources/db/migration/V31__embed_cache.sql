-- The see/embed cache beyond the V30 contract tables.

-- Every embedder that wrote vectors, with its dimension and configuration (model hash, preprocessing), so
-- vectors of one model are never mixed with another's and a model can be traced from its id.
CREATE TABLE embedders (
    id         TEXT PRIMARY KEY,
    dim        INTEGER NOT NULL,
    spec_json  TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Image bytes that did not decode, by content hash: a rerun does not try them again until the file changes.
CREATE TABLE decode_failures (
    hash      TEXT PRIMARY KEY,
    reason    TEXT NOT NULL,
    detail    TEXT,
    failed_at TEXT NOT NULL
);

-- Change maps keyed by what a set contains (its members' content hashes in stage order) rather than by set id:
-- renaming or moving files gives a set a new id, and this lets the new set reuse the map without decoding.
CREATE TABLE set_changes (
    signature     TEXT NOT NULL,
    version       TEXT NOT NULL,
    features_json TEXT NOT NULL,
    heatmap_path  TEXT,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (signature, version)
);

-- Which member contents a set's stored change map was computed from.
ALTER TABLE change_maps ADD COLUMN signature TEXT;
