-- The anomaly detector's view of each predicted set (issue 14), the reviewer's heatmap: per member above the
-- lowest, per tile, how many usual spreads the residual of the step into that member stood above what such content
-- leaves after such a step. One byte per tile (see store.HeatRow), row-major. Replaced with the set's prediction.
CREATE TABLE prediction_heat (
    set_id  INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
    file_id INTEGER NOT NULL,
    cols    INTEGER NOT NULL,
    rows    INTEGER NOT NULL,
    tiles   BLOB NOT NULL,
    PRIMARY KEY (set_id, file_id)
);
