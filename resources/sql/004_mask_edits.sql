-- Migration 004: brush strokes as compact deltas (issue 4).
-- A mask finding's voxels are findings.mask_blob (the base) with its mask_edits applied in id
-- order. Each stroke, fill or region growing adds one row holding only the voxels it changed
-- (workflow::FindingCodec::encodeDelta), so an edit costs its own size, not the mask's.
-- Readings folds the edits into the base now and then and on submit (one transaction).
CREATE TABLE mask_edits (
    id          INTEGER PRIMARY KEY,
    finding_ref INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    delta_blob  BLOB NOT NULL,
    voxels      INTEGER NOT NULL CHECK (voxels > 0),
    created_at  TEXT NOT NULL
);
CREATE INDEX mask_edits_finding ON mask_edits(finding_ref, id);
