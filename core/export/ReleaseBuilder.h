#pragma once

#include "core/Result.h"
#include "core/export/BundleDocuments.h"
#include "core/export/Deidentifier.h"
#include "core/export/Manifest.h"
#include "core/workflow/Releases.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace etalon::core::store {
class Workspace;
}
namespace etalon::core::workflow {
class Session;
}

namespace etalon::core::release {

/// What a coordinator chooses when releasing.
struct ReleaseBuildOptions {
    /// Where the bundle folder <CODE>_v<version> (and the zip) is written; must exist.
    QString outputFolder;
    /// The version to release; unset: the proposed one (Releases::proposeNextVersion). Must be
    /// at least what the changes since the last release require.
    std::optional<workflow::SemanticVersion> version;
    /// Extra lines for CHANGELOG.md (e.g. "Corrected the README's citation."), added to the
    /// proposal's change list as documentation changes.
    QStringList notes;
    bool zip = false;                     ///< also write <CODE>_v<version>.zip beside the folder
    bool allowBurnedInAnnotation = false; ///< see DeidentificationOptions
    /// Called with (steps done, steps total, what is being done); return false to cancel.
    std::function<bool(int, int, const QString &)> progress;
};

/// What a release wrote.
struct ReleaseBuildReport {
    workflow::Release release;  ///< as recorded
    QString bundlePath;         ///< the bundle folder
    QString zipPath;            ///< empty without options.zip
    int files = 0;              ///< files in the bundle (the manifest included)
    qint64 bytes = 0;           ///< their size
    int units = 0;              ///< data units listed in labels.csv
    int releasedUnits = 0;      ///< with images and labels (agreed or arbitrated)
    QStringList warnings;       ///< e.g. contours on a non-axial plane left out of RTSTRUCT
};

/// Writes a release bundle of a dataset and records the release (issue 6; docs/release.md):
/// 1. proposes the version (or checks the chosen one) and collects the content
///    (ReleaseCollector: every unit must have final labels);
/// 2. for every agreed or arbitrated unit: its masks as NIfTI (masks/<study>/<study>_labels.nii.gz)
///    and DICOM SEG, contours as RTSTRUCT, written against the original images and then
///    de-identified together with them (Deidentifier, the dataset's own salt and date
///    treatment) so every reference points at the de-identified images; images go to
///    dicom/<study>/<series>/<instance>.dcm, SEG and RTSTRUCT to masks/<study>/;
/// 3. the label tables (BundleTables), README.md/.pdf, CHANGELOG.md, registry.csv
///    (BundleDocuments), MANIFEST.sha256 (Manifest);
/// 4. moves the finished folder into place and records the release with its manifest hash
///    and registry row (Releases::record), refusing when the dataset changed meanwhile.
/// Nothing is left behind on failure or cancel: the partial folder is removed and no release
/// is recorded. Needs a QGuiApplication (the PDF's fonts), e.g. with QT_QPA_PLATFORM=offscreen.
class ReleaseBuilder {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::ReleaseBuilder)
public:
    static Result<ReleaseBuildReport> build(store::Workspace &workspace, const workflow::Session &session,
                                            const QString &datasetCode, const ReleaseBuildOptions &options);

    /// The folder name of a release: "<CODE>_v<MAJOR.MINOR.PATCH>".
    static QString bundleName(const QString &datasetCode, const workflow::SemanticVersion &version);

    /// Checks a bundle folder (or a .zip of one, extracted to a temporary folder with `unzip`)
    /// against its MANIFEST.sha256 (Manifest::check).
    static Result<ManifestCheck> verify(const QString &bundle);
};

/// RegistryRow as stored with a release ({"number", "code", "version", "purposeAndScope",
/// "modality", "target", "dataUnit", "unitCount", "sizeBytes", "classCounts", "releasedAt"}).
QJsonObject registryRowToJson(const RegistryRow &row);
RegistryRow registryRowFromJson(const QJsonObject &json);

} // namespace etalon::core::release
