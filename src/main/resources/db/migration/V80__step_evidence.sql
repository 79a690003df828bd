-- Step evidence (issue 14): for each stage step of a set (consecutive decoded members, lower to upper), what a
-- global model of the step's own change leaves unexplained, clean and with planted generic defects. Keyed by the
-- set's content signature (member content hashes and stages) like set_changes, so that a rename, a move or an
-- identical set reuses it without decoding. Tile values and descriptors are one byte each on the scales of the
-- version (imaging.evidence.EvidenceNames), deflated.

-- One row per signature whose evidence was computed, also when no step was large enough (steps = 0).
CREATE TABLE evidence_sets (
    signature  TEXT NOT NULL,
    version    TEXT NOT NULL,
    steps      INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (signature, version)
);

-- A step: the stages it joins, the working size it was compared at, its tile grid and the lower image's
-- content descriptors (plane-major, deflated bytes).
CREATE TABLE evidence_steps (
    signature   TEXT NOT NULL,
    version     TEXT NOT NULL,
    step        INTEGER NOT NULL,
    lower_stage REAL NOT NULL,
    upper_stage REAL NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    cols        INTEGER NOT NULL,
    rows        INTEGER NOT NULL,
    descriptors BLOB NOT NULL,
    PRIMARY KEY (signature, version, step),
    FOREIGN KEY (signature, version) REFERENCES evidence_sets (signature, version) ON DELETE CASCADE
);

-- A variant of a step's upper image: 0 is the clean step; 1.. a planted defect with its family and the
-- normalized bounding box of where it was planted. Summaries: 56 little-endian float32; tiles: the nine maps'
-- tile means (plane-major, deflated bytes).
CREATE TABLE evidence_variants (
    signature TEXT NOT NULL,
    version   TEXT NOT NULL,
    step      INTEGER NOT NULL,
    variant   INTEGER NOT NULL,
    family    TEXT NOT NULL,
    box_x1    REAL,
    box_y1    REAL,
    box_x2    REAL,
    box_y2    REAL,
    summaries BLOB NOT NULL,
    tiles     BLOB NOT NULL,
    PRIMARY KEY (signature, version, step, variant),
    FOREIGN KEY (signature, version, step) REFERENCES evidence_steps (signature, version, step) ON DELETE CASCADE
);

-- Which content signature each set's current evidence belongs to.
CREATE TABLE set_evidence (
    set_id    INTEGER PRIMARY KEY REFERENCES sets(id) ON DELETE CASCADE,
    signature TEXT NOT NULL,
    version   TEXT NOT NULL
);
