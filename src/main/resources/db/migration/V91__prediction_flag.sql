-- Whether the anomaly detector flagged the set for a look (issue 14: the project's most suspicious sets, as many as
-- its rate says are broken plus a margin, and those above a cut; see learn.anomaly.AnomalyModel#flags). NULL for
-- predictions made before it was stored: the reviewer then flags where the pick leaves the highest stage.
ALTER TABLE predictions ADD COLUMN flagged INTEGER;
