-- Migration 005: dataset releases (issue 6, METHODOLOGY.md "Versioning").
-- A release records what a version of a dataset was: the plan (clinical task, purpose,
-- data unit, label schema id and hash, verification method and thresholds...), its data
-- units with the hash of each unit's final labels, the change list (CHANGELOG), and the
-- hash of the bundle's MANIFEST.sha256. Releases are immutable: no UPDATE or DELETE, except
-- that a release recorded before its bundle was written gets its manifest hash once.

CREATE TABLE releases (
    id            INTEGER PRIMARY KEY,
    dataset_ref   INTEGER NOT NULL REFERENCES datasets(id),
    version       TEXT NOT NULL,                     -- MAJOR.MINOR.PATCH
    major         INTEGER NOT NULL CHECK (major >= 0),
    minor         INTEGER NOT NULL CHECK (minor >= 0),
    patch         INTEGER NOT NULL CHECK (patch >= 0),
    created_at    TEXT NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES users(id),
    plan_json     TEXT NOT NULL CHECK (json_valid(plan_json)),
    changes_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(changes_json)),
    unit_count    INTEGER NOT NULL CHECK (unit_count >= 0),
    manifest_hash TEXT NOT NULL DEFAULT '' CHECK (manifest_hash = '' OR length(manifest_hash) = 64),
    UNIQUE (dataset_ref, version),
    UNIQUE (dataset_ref, major, minor, patch),
    CHECK (version = major || '.' || minor || '.' || patch)
);

-- Versions only go up: a new release must be greater than every earlier one of its dataset.
CREATE TRIGGER releases_increasing BEFORE INSERT ON releases
WHEN EXISTS (SELECT 1 FROM releases r WHERE r.dataset_ref = NEW.dataset_ref
             AND (r.major > NEW.major
                  OR (r.major = NEW.major AND r.minor > NEW.minor)
                  OR (r.major = NEW.major AND r.minor = NEW.minor AND r.patch >= NEW.patch)))
BEGIN
    SELECT RAISE(ABORT, 'a release version must be greater than every earlier release of the dataset');
END;

CREATE TRIGGER releases_no_update BEFORE UPDATE OF id, dataset_ref, version, major, minor, patch, created_at,
    created_by, plan_json, changes_json, unit_count ON releases
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;

CREATE TRIGGER releases_manifest_once BEFORE UPDATE OF manifest_hash ON releases
WHEN OLD.manifest_hash <> '' OR NEW.manifest_hash = ''
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable: the manifest hash is set once');
END;

CREATE TRIGGER releases_no_delete BEFORE DELETE ON releases
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;

-- The data units of a release (withdrawn studies are not units). dataset_study_ref is not a
-- foreign key on purpose: a release outlives what happens to the dataset afterwards.
-- final_state: agreed, arbitrated, excluded, or '' when the unit had no final labels;
-- labels_hash: SHA-256 of the final labels' content (Releases.h), '' without final labels.
CREATE TABLE release_units (
    release_ref       INTEGER NOT NULL REFERENCES releases(id),
    dataset_study_ref INTEGER NOT NULL,
    study_uid         TEXT NOT NULL,
    series_uid        TEXT NOT NULL DEFAULT '',
    final_state       TEXT NOT NULL DEFAULT '' CHECK (final_state IN ('', 'agreed', 'arbitrated', 'excluded')),
    study_class       TEXT NOT NULL DEFAULT '',
    labels_hash       TEXT NOT NULL DEFAULT '' CHECK (labels_hash = '' OR length(labels_hash) = 64),
    PRIMARY KEY (release_ref, dataset_study_ref)
);

-- A release's units are written with it; none can be added afterwards.
CREATE TRIGGER release_units_closed BEFORE INSERT ON release_units
WHEN (SELECT COUNT(*) FROM release_units WHERE release_ref = NEW.release_ref)
     >= (SELECT unit_count FROM releases WHERE id = NEW.release_ref)
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable: the release already has all its units');
END;

CREATE TRIGGER release_units_no_update BEFORE UPDATE ON release_units
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;

CREATE TRIGGER release_units_no_delete BEFORE DELETE ON release_units
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;
