-- Migration 002: the reading workflow (docs/reading-workflow.md): people, datasets and
-- their studies, readings and findings, disputes and arbitrations, final labels, and the
-- hash-chained, append-only audit log.
-- Times are ISO 8601 UTC text ("2024-05-01T10:00:00.000Z"). JSON columns hold compact
-- JSON text. Enumerations are CHECKed here so that no caller can store a value the
-- services do not know.

-- People. Users are never deleted (readings and the audit log refer to them); a
-- coordinator deactivates them instead.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    login            TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    full_name        TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL CHECK (role IN ('coordinator', 'reader', 'expert')),
    years_experience INTEGER NOT NULL DEFAULT 0 CHECK (years_experience BETWEEN 0 AND 80),
    degree           TEXT NOT NULL DEFAULT 'none' CHECK (degree IN ('none', 'candidate', 'doctor')),
    password_hash    TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at       TEXT NOT NULL
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'users are never deleted; deactivate the account instead');
END;

-- Datasets. schema_json is a snapshot of the label schema taken at creation, so later
-- edits of a schema file do not change what a dataset's labels mean.
CREATE TABLE datasets (
    id                  INTEGER PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,        -- DS_<test>_<modality>[_<organ>]_<target>
    name                TEXT NOT NULL,
    version             TEXT NOT NULL DEFAULT '1.0.0', -- MAJOR.MINOR.PATCH (METHODOLOGY.md)
    purpose             TEXT NOT NULL CHECK (purpose IN ('functional', 'calibration', 'fine_tuning',
                                                         'training', 'dynamic', 'technical_defects')),
    clinical_task       TEXT NOT NULL DEFAULT '',
    data_unit           TEXT NOT NULL DEFAULT '',
    schema_id           TEXT NOT NULL,
    schema_json         TEXT NOT NULL CHECK (json_valid(schema_json)),
    class_targets_json  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(class_targets_json)),
    thresholds_json     TEXT NOT NULL CHECK (json_valid(thresholds_json)),
    verification_method TEXT NOT NULL DEFAULT '',
    data_source         TEXT NOT NULL DEFAULT '',
    created_by          INTEGER NOT NULL REFERENCES users(id),
    created_at          TEXT NOT NULL
);

-- A study of the workspace in a dataset. The data unit is the whole study
-- (series_ref NULL) or one chosen series of it. A study is in a dataset at most once.
-- state: added (no readers yet) -> assigned (two readers) -> reading (a reading started)
--        -> disputed (both submitted, readers disagree; arbitration pending)
--        -> final (a final_labels row holds the outcome: agreed, arbitrated or excluded);
--        withdrawn: removed by the coordinator after selection (reason kept).
CREATE TABLE dataset_studies (
    id                INTEGER PRIMARY KEY,
    dataset_ref       INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    study_ref         INTEGER NOT NULL REFERENCES studies(id),
    series_ref        INTEGER REFERENCES series(id),
    added_by          INTEGER NOT NULL REFERENCES users(id),
    added_at          TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'added'
                      CHECK (state IN ('added', 'assigned', 'reading', 'disputed', 'final', 'withdrawn')),
    withdrawn_reason  TEXT NOT NULL DEFAULT '',
    UNIQUE (dataset_ref, study_ref),
    CHECK (state <> 'withdrawn' OR withdrawn_reason <> '')
);
CREATE INDEX dataset_studies_study ON dataset_studies(study_ref);
CREATE INDEX dataset_studies_state ON dataset_studies(dataset_ref, state);

-- The chosen series must belong to the study.
CREATE TRIGGER dataset_studies_series_in_study BEFORE INSERT ON dataset_studies
WHEN NEW.series_ref IS NOT NULL
     AND (SELECT study_ref FROM series WHERE id = NEW.series_ref) IS NOT NEW.study_ref
BEGIN
    SELECT RAISE(ABORT, 'the chosen series does not belong to the study');
END;

CREATE TRIGGER dataset_studies_series_in_study_update BEFORE UPDATE OF series_ref, study_ref ON dataset_studies
WHEN NEW.series_ref IS NOT NULL
     AND (SELECT study_ref FROM series WHERE id = NEW.series_ref) IS NOT NEW.study_ref
BEGIN
    SELECT RAISE(ABORT, 'the chosen series does not belong to the study');
END;

-- One reader's reading of one dataset study. kind 'primary' is one of the two independent
-- readings; 'arbitration' is an expert's own reading made while arbitrating.
CREATE TABLE readings (
    id                INTEGER PRIMARY KEY,
    dataset_study_ref INTEGER NOT NULL REFERENCES dataset_studies(id) ON DELETE CASCADE,
    reader_ref        INTEGER NOT NULL REFERENCES users(id),
    kind              TEXT NOT NULL DEFAULT 'primary' CHECK (kind IN ('primary', 'arbitration')),
    state             TEXT NOT NULL DEFAULT 'assigned' CHECK (state IN ('assigned', 'in_progress', 'submitted')),
    study_class       TEXT,                          -- a class code of the dataset's schema
    comment           TEXT NOT NULL DEFAULT '',
    seconds_spent     INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
    assigned_by       INTEGER REFERENCES users(id),
    assigned_at       TEXT NOT NULL,
    started_at        TEXT,
    submitted_at      TEXT,
    UNIQUE (dataset_study_ref, reader_ref),
    CHECK (state = 'assigned' OR started_at IS NOT NULL),
    CHECK ((state = 'submitted') = (submitted_at IS NOT NULL))
);
CREATE INDEX readings_reader ON readings(reader_ref, state);
CREATE INDEX readings_study ON readings(dataset_study_ref);

-- Double reading: at most two primary readings per study.
CREATE TRIGGER readings_two_primary BEFORE INSERT ON readings
WHEN NEW.kind = 'primary'
     AND (SELECT COUNT(*) FROM readings WHERE dataset_study_ref = NEW.dataset_study_ref AND kind = 'primary') >= 2
BEGIN
    SELECT RAISE(ABORT, 'a study has at most two primary readings');
END;

-- Findings drawn in a reading. Geometry in image index coordinates of the data unit's
-- series (core/model/Reading.h); masks as qCompress'ed label volumes in mask_blob.
CREATE TABLE findings (
    id              INTEGER PRIMARY KEY,
    reading_ref     INTEGER NOT NULL REFERENCES readings(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('point', 'box', 'contour', 'mask')),
    label           TEXT NOT NULL DEFAULT '',
    attributes_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes_json)),
    geometry_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(geometry_json)),
    mask_blob       BLOB,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK ((kind = 'mask') = (mask_blob IS NOT NULL))
);
CREATE INDEX findings_reading ON findings(reading_ref);

-- A study whose two readings disagree. expert_ref is set when it is sent to an expert.
CREATE TABLE disputes (
    id                INTEGER PRIMARY KEY,
    dataset_study_ref INTEGER NOT NULL UNIQUE REFERENCES dataset_studies(id) ON DELETE CASCADE,
    reasons_json      TEXT NOT NULL CHECK (json_valid(reasons_json)),
    detected_at       TEXT NOT NULL,
    expert_ref        INTEGER REFERENCES users(id),
    assigned_at       TEXT,
    CHECK ((expert_ref IS NULL) = (assigned_at IS NULL))
);
CREATE INDEX disputes_expert ON disputes(expert_ref);

-- The expert's decision on a dispute.
CREATE TABLE arbitrations (
    id          INTEGER PRIMARY KEY,
    dispute_ref INTEGER NOT NULL UNIQUE REFERENCES disputes(id) ON DELETE CASCADE,
    expert_ref  INTEGER NOT NULL REFERENCES users(id),
    decision    TEXT NOT NULL CHECK (decision IN ('accept_a', 'accept_b', 'own', 'exclude')),
    reading_ref INTEGER REFERENCES readings(id),   -- the accepted reading, or the expert's own
    reason      TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    CHECK (decision = 'exclude' OR reading_ref IS NOT NULL),
    CHECK (decision <> 'exclude' OR reason <> '')
);
CREATE INDEX arbitrations_expert ON arbitrations(expert_ref);

-- The outcome of a study: one row per finished dataset study.
CREATE TABLE final_labels (
    dataset_study_ref  INTEGER PRIMARY KEY REFERENCES dataset_studies(id) ON DELETE CASCADE,
    state              TEXT NOT NULL CHECK (state IN ('agreed', 'arbitrated', 'excluded')),
    study_class        TEXT,
    findings_json      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(findings_json)),
    verification_level TEXT NOT NULL CHECK (verification_level IN ('low', 'medium', 'high')),
    provenance_json    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(provenance_json)),
    decided_by         INTEGER REFERENCES users(id), -- NULL when agreed automatically
    decided_at         TEXT NOT NULL
);
CREATE INDEX final_labels_state ON final_labels(state);

-- Append-only, hash-chained audit log (core/workflow/AuditLog.h):
-- hash = hex(SHA-256(prev_hash || canonical row)); the first row's prev_hash is 64 zeros.
-- AUTOINCREMENT keeps ids contiguous and records the highest id ever used in
-- sqlite_sequence, so deleting the newest rows is detected too.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    at           TEXT NOT NULL,
    actor_ref    INTEGER REFERENCES users(id),       -- NULL: the system (e.g. workspace creation)
    action       TEXT NOT NULL CHECK (action <> ''),
    object_type  TEXT NOT NULL CHECK (object_type <> ''),
    object_id    TEXT NOT NULL DEFAULT '',
    details_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details_json)),
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
CREATE INDEX audit_log_actor ON audit_log(actor_ref);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
