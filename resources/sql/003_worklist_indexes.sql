-- Migration 003: indexes for opening large worklists and the dataset status (issue 3:
-- 100,000 studies < 200 ms).

-- A reader's worklist in its order (assigned_at, then id: the rowid ends every index), so
-- Readings::worklist reads it straight from the index instead of sorting.
CREATE INDEX readings_reader_assigned ON readings(reader_ref, assigned_at);

-- A study's modalities (the worklist's modality column) from the index alone.
CREATE INDEX series_study_modality ON series(study_ref, modality);

-- A dataset's studies in id order (the rowid ends the index), so the dataset status
-- groups each study's readings without a sort.
CREATE INDEX dataset_studies_dataset ON dataset_studies(dataset_ref);

-- A study's readings with what the dataset status counts, from the index alone.
CREATE INDEX readings_study_summary ON readings(dataset_study_ref, kind, state, study_class, reader_ref, seconds_spent);

-- Per-reader figures of the dataset status: each reader's readings grouped by state in
-- index order (no sort), with what is counted; replaces readings_reader (its prefix).
DROP INDEX readings_reader;
CREATE INDEX readings_reader_summary ON readings(reader_ref, state, kind, dataset_study_ref, seconds_spent);

-- Final labels by state and class in index order (no sort); replaces final_labels_state.
DROP INDEX final_labels_state;
CREATE INDEX final_labels_summary ON final_labels(state, study_class);
