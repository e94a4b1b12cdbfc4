-- Migration 001: the indexed DICOM catalogue (patients, studies, series, instances).
-- Applied by Workspace inside one transaction; later migrations (users, datasets,
-- readings, annotations, audit log, ...) are new numbered files, never edits of this one.
-- Statements are separated by ';' at the end of a statement; triggers (BEGIN ... END;)
-- are allowed, transaction control statements are not.

CREATE TABLE patients (
    id          INTEGER PRIMARY KEY,
    patient_id  TEXT NOT NULL DEFAULT '',   -- (0010,0020), may be empty in anonymised data
    name        TEXT NOT NULL DEFAULT '',   -- (0010,0010), DICOM PN with '^' separators
    birth_date  TEXT NOT NULL DEFAULT '',   -- YYYYMMDD
    sex         TEXT NOT NULL DEFAULT '',   -- M, F, O or ''
    UNIQUE (patient_id, name, birth_date)
);

CREATE TABLE studies (
    id                INTEGER PRIMARY KEY,
    patient_ref       INTEGER NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
    study_uid         TEXT NOT NULL UNIQUE,
    study_date        TEXT NOT NULL DEFAULT '',   -- YYYYMMDD
    study_time        TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    accession_number  TEXT NOT NULL DEFAULT '',
    study_id          TEXT NOT NULL DEFAULT '',
    patient_age_years INTEGER,                    -- at the time of the study; NULL if unknown
    imported_at       TEXT NOT NULL               -- ISO 8601 UTC
);
CREATE INDEX studies_patient ON studies(patient_ref);
CREATE INDEX studies_date ON studies(study_date);

-- Series-level criteria tags and geometry come from the first indexed instance of the
-- series; per-instance geometry is in instances.
CREATE TABLE series (
    id                    INTEGER PRIMARY KEY,
    study_ref             INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
    series_uid            TEXT NOT NULL UNIQUE,
    series_number         INTEGER NOT NULL DEFAULT 0,
    modality              TEXT NOT NULL DEFAULT '',
    description           TEXT NOT NULL DEFAULT '',
    body_part             TEXT NOT NULL DEFAULT '',
    manufacturer          TEXT NOT NULL DEFAULT '',
    model                 TEXT NOT NULL DEFAULT '',
    convolution_kernel    TEXT NOT NULL DEFAULT '',
    kvp                   REAL,
    slice_thickness       REAL,                   -- mm
    pixel_spacing_row     REAL,                   -- mm between rows
    pixel_spacing_column  REAL,                   -- mm between columns
    rows                  INTEGER NOT NULL DEFAULT 0,
    columns               INTEGER NOT NULL DEFAULT 0,
    frame_of_reference_uid TEXT NOT NULL DEFAULT '',
    image_orientation     TEXT NOT NULL DEFAULT '', -- six direction cosines, '\'-separated
    imported_at           TEXT NOT NULL
);
CREATE INDEX series_study ON series(study_ref);
CREATE INDEX series_modality ON series(modality);

CREATE TABLE instances (
    id                  INTEGER PRIMARY KEY,
    series_ref          INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    sop_uid             TEXT NOT NULL UNIQUE,
    sop_class_uid       TEXT NOT NULL DEFAULT '',
    transfer_syntax_uid TEXT NOT NULL DEFAULT '',
    file_path           TEXT NOT NULL,            -- absolute, or relative to the workspace
                                                  -- folder for files in managed storage
    in_storage          INTEGER NOT NULL DEFAULT 0 CHECK (in_storage IN (0, 1)),
    file_size           INTEGER NOT NULL DEFAULT 0,
    instance_number     INTEGER NOT NULL DEFAULT 0,
    number_of_frames    INTEGER NOT NULL DEFAULT 1,
    rows                INTEGER NOT NULL DEFAULT 0,
    columns             INTEGER NOT NULL DEFAULT 0,
    bits_allocated      INTEGER NOT NULL DEFAULT 0,
    samples_per_pixel   INTEGER NOT NULL DEFAULT 1,
    photometric         TEXT NOT NULL DEFAULT '',
    position_x          REAL,                     -- Image Position (Patient), mm
    position_y          REAL,
    position_z          REAL,
    image_orientation   TEXT NOT NULL DEFAULT '',
    slice_thickness     REAL,
    pixel_spacing_row   REAL,
    pixel_spacing_column REAL,
    has_pixel_data      INTEGER NOT NULL DEFAULT 1 CHECK (has_pixel_data IN (0, 1)),
    imported_at         TEXT NOT NULL
);
CREATE INDEX instances_series ON instances(series_ref);
