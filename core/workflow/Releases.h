#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <compare>
#include <optional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// MAJOR.MINOR.PATCH (METHODOLOGY.md, "Versioning"); the first release is 1.0.0.
struct SemanticVersion {
    int major = 1;
    int minor = 0;
    int patch = 0;

    /// "1.2.3": three non-negative decimal numbers without leading zeros (nullopt otherwise).
    static std::optional<SemanticVersion> parse(const QString &text);
    QString toString() const;
    auto operator<=>(const SemanticVersion &) const = default;
};

/// How much a change moves the version (ordered: None < Patch < Minor < Major).
enum class VersionBump { None, Patch, Minor, Major };
QString versionBumpName(VersionBump bump); ///< "none", "patch", "minor", "major"
std::optional<VersionBump> versionBumpFromName(const QString &name);
/// The next version after `from` for a bump (Major resets minor and patch, Minor resets patch).
SemanticVersion nextVersion(const SemanticVersion &from, VersionBump bump);

/// One change between two states of a dataset.
struct ReleaseChange {
    VersionBump bump = VersionBump::Patch;
    /// clinical_task, purpose, data_unit, label_schema, verification_method, thresholds,
    /// principles (the documentation's labelling/verification principles) (Major);
    /// unit_added, unit_removed, unit_replaced (Minor); labels_changed, name, data_source,
    /// class_targets, date_treatment, documentation (Patch).
    QString kind;
    QString subject;     ///< the study UID for unit changes, else the plan field
    QString before;      ///< old value (plan fields; for labels the old final class/state)
    QString after;
    QString description; ///< translated, one line for CHANGELOG.md

    /// {"bump", "kind", "subject", "before", "after", "description"}
    QJsonObject toJson() const;
    static ReleaseChange fromJson(const QJsonObject &json);
};

/// A data unit of a release: a dataset study (not withdrawn) with the hash of its final
/// labels. De-identified ids are assigned by the bundle writer, not here.
struct ReleaseUnit {
    qint64 datasetStudyId = 0;
    QString studyInstanceUid;
    QString seriesInstanceUid; ///< empty: the whole study is the unit
    QString finalState;        ///< agreed, arbitrated, excluded; empty without final labels
    QString studyClass;        ///< the final class code, empty when none
    /// Lowercase hex SHA-256 over the final labels' content: state, study class, findings
    /// JSON, verification level, each written "<UTF-8 byte length>:<bytes>\n" (as the audit
    /// log's canonical rows). Who decided and when are not part of it. Empty without labels.
    QString labelsHash;
};

/// A recorded release.
struct Release {
    qint64 id = 0;
    QString datasetCode;
    SemanticVersion version;
    QDateTime createdAt;
    QString createdBy; ///< login
    /// The plan when released: {"name", "purpose", "clinicalTask", "dataUnit", "schemaId",
    /// "schemaSha256" (of the stored schema snapshot's JSON text), "verificationMethod",
    /// "thresholds", "dataSource", "classTargets"}.
    QJsonObject plan;
    QList<ReleaseUnit> units; ///< by dataset study id
    QList<ReleaseChange> changes;
    QString manifestHash;     ///< SHA-256 of the bundle's MANIFEST.sha256; empty until set
    QJsonObject registry;     ///< the registry row written with the bundle (release::RegistryRow JSON); empty without a bundle
    qint64 bundleBytes = 0;   ///< size of the bundle's files; 0 without a bundle
};

/// What Releases::record stores besides the state (all optional).
struct RecordOptions {
    QString manifestHash;      ///< SHA-256 of the bundle's MANIFEST.sha256
    QJsonObject registry;      ///< the bundle's registry row
    qint64 bundleBytes = 0;
    /// Releases::stateFingerprint when the bundle's content was collected: recording is
    /// refused (InvalidState) when the dataset changed since, so the recorded units are
    /// exactly the bundle's. Empty: not checked.
    QString expectedState;
};

/// What Releases::proposeNextVersion found.
struct ReleaseProposal {
    QString datasetCode;
    std::optional<SemanticVersion> lastVersion; ///< unset before the first release
    SemanticVersion proposed;   ///< 1.0.0 for the first release; the last version when nothing changed
    VersionBump bump = VersionBump::None; ///< the largest bump among the changes (Major for the first release)
    bool releaseNeeded = false; ///< false when nothing changed since the last release
    QList<ReleaseChange> changes; ///< empty for the first release and when nothing changed
    int unitCount = 0;
    int unitsWithoutFinalLabels = 0; ///< units not verified yet (a release normally waits for them)
    QString summary;            ///< translated one-line verdict, e.g. "Nothing changed since 1.0.0; no release is needed."

    /// The least version a release may take now: 1.0.0 for the first; else the last version
    /// bumped as the changes require, at least a PATCH (a release with CHANGELOG notes only).
    SemanticVersion leastVersion() const;
};

/// Two releases compared (Releases::diff).
struct ReleaseDiff {
    SemanticVersion from;
    SemanticVersion to;
    QStringList added;        ///< study UIDs of units in `to` only
    QStringList removed;      ///< in `from` only
    QStringList labelsChanged; ///< units in both whose final labels hash differs
    QList<ReleaseChange> changes; ///< everything, plan changes included, as proposeNextVersion lists them
};

/// Releases and versions of datasets (issue 6, METHODOLOGY.md "Versioning"). The next
/// version follows from what changed since the last release: clinical task, purpose, data
/// unit definition, label schema, verification method or disagreement thresholds (the
/// labelling and verification principles) -> MAJOR; data units added, removed or replaced
/// -> MINOR; final labels corrected with the same units, or the name, data source or class
/// targets (documentation) -> PATCH. Releases are immutable (triggers in
/// resources/sql/005_releases.sql). Coordinators only; recording is audited.
class Releases {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Releases)

public:
    static Result<ReleaseProposal> proposeNextVersion(store::Workspace &workspace, const Session &session,
                                                      const QString &datasetCode);

    /// Records a release of the dataset's current state with the given change list (usually
    /// the proposal's, plus documentation notes) and, when already written, the manifest
    /// hash. Refuses (InvalidArgument) a version that is not greater than the last one,
    /// already exists, is below what the changes require (e.g. 1.0.1 when a unit was added),
    /// or a first release other than 1.0.0; a dataset with no data units (InvalidState).
    /// Sets the dataset's current version. Audited as "release.record".
    static Result<Release> record(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                  const SemanticVersion &version, const QList<ReleaseChange> &changes,
                                  const QString &manifestHash = {});
    static Result<Release> record(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                  const SemanticVersion &version, const QList<ReleaseChange> &changes,
                                  const RecordOptions &options);
    /// A hash of the dataset's current plan, documentation and units with their final labels:
    /// equal hashes mean nothing a release records has changed.
    static Result<QString> stateFingerprint(store::Workspace &workspace, const QString &datasetCode);
    /// Sets the manifest hash of a release recorded without one (once; InvalidState after).
    /// Audited as "release.manifest".
    static Result<void> setManifestHash(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                        const SemanticVersion &version, const QString &manifestHash);

    /// The releases of a dataset, oldest first; an empty code lists every dataset's (the
    /// workspace registry), by dataset code then version.
    static Result<QList<Release>> list(store::Workspace &workspace, const Session &session,
                                       const QString &datasetCode = {});
    static Result<Release> show(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                const SemanticVersion &version);
    /// Units added, removed and relabelled from v1 to v2 (both recorded releases).
    static Result<ReleaseDiff> diff(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                    const SemanticVersion &v1, const SemanticVersion &v2);

    /// The name of a plan field a change of `kind` concerns ("clinical_task" -> "Clinical
    /// task"), translated or in English (CHANGELOG.md); empty for kinds that are no plan field.
    static QString fieldName(const QString &kind, bool translated = true);
    /// The changes from one state (plan + units) to another, most important first.
    static QList<ReleaseChange> compare(const QJsonObject &planBefore, const QList<ReleaseUnit> &unitsBefore,
                                        const QJsonObject &planAfter, const QList<ReleaseUnit> &unitsAfter);
    /// The hash stored in ReleaseUnit::labelsHash for final labels with this content.
    static QString labelsHash(const QString &state, const QString &studyClass, const QString &findingsJson,
                              const QString &verificationLevel);
};

} // namespace etalon::core::workflow
