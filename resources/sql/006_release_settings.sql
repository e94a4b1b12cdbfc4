-- Migration 006: release documentation, de-identification settings and registry rows (issue 6).
-- release_settings: per dataset, what the release README says beyond the plan
-- (workflow::ReleaseDocumentation as JSON) and how its releases are de-identified. The salt
-- and date shift are generated once and kept, so a unit keeps its de-identified UIDs and
-- dates from one version to the next; they are never released.
CREATE TABLE release_settings (
    dataset_ref        INTEGER PRIMARY KEY REFERENCES datasets(id),
    documentation_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(documentation_json)),
    salt               BLOB NOT NULL CHECK (length(salt) >= 16),
    remove_dates       INTEGER NOT NULL DEFAULT 0 CHECK (remove_dates IN (0, 1)),
    date_shift_days    INTEGER NOT NULL CHECK (date_shift_days BETWEEN -36500 AND 36500)
);

-- The registry row of a release (release::RegistryRow as JSON) and the bundle's size,
-- written with the release and, like it, never changed.
CREATE TABLE release_registry (
    release_ref   INTEGER PRIMARY KEY REFERENCES releases(id),
    registry_json TEXT NOT NULL CHECK (json_valid(registry_json)),
    bundle_bytes  INTEGER NOT NULL DEFAULT 0 CHECK (bundle_bytes >= 0)
);

CREATE TRIGGER release_registry_no_update BEFORE UPDATE ON release_registry
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;

CREATE TRIGGER release_registry_no_delete BEFORE DELETE ON release_registry
BEGIN
    SELECT RAISE(ABORT, 'releases are immutable');
END;
