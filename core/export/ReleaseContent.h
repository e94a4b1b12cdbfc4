#pragma once

#include "core/Result.h"
#include "core/model/LabelSchema.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Releases.h"
#include "core/workflow/Statistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace etalon::core::store {
class Workspace;
}
namespace etalon::core::workflow {
class Session;
}

/// Everything a release bundle is written from, gathered from the workspace once
/// (collectReleaseContent) and then handed to the writers (BundleTables, BundleDocuments,
/// ReleaseBuilder). Nothing in it that is marked "never released" may be written into a bundle:
/// original UIDs, logins and file paths stay inside Etalon.
namespace etalon::core::release {

/// One reading of a unit as released: who (pseudonymised) answered what.
struct BundleReading {
    QString reader;        ///< pseudonym: "R1", "R2"... for readers, "E1"... for experts (stable per dataset: by user id)
    QString role;          ///< "primary" or "arbitration"
    int yearsExperience = 0;
    QString degree;        ///< none, candidate, doctor
    QString state;         ///< assigned, in_progress, submitted
    std::optional<QString> studyClass;
    std::vector<Finding> findings; ///< as stored; masks included
    qint64 secondsSpent = 0;
    // No comment: reading comments are free text that may name the patient, so they are
    // never collected for a release.
};

/// One data unit (a dataset study that is not withdrawn).
struct BundleUnit {
    qint64 datasetStudyId = 0;
    QString pseudonym;     ///< the de-identified study id, "<dataset code>_<NNNN>" (NNNN: rank of the
                           ///< dataset study among all of the dataset's, withdrawn included: stable across versions)
    QString originalStudyInstanceUid;  ///< never released
    QString originalSeriesInstanceUid; ///< never released; empty when the whole study is the unit
    QStringList originalFiles;         ///< never released: the data unit's files (absolute), slice order unknown
    /// Never released: the series the findings are drawn on (the chosen series, or for a whole
    /// study the one with the most frames, as Verification::dataUnitGeometry) and its files.
    QString originalUnitSeriesUid;
    QStringList originalUnitSeriesFiles;
    QString studyInstanceUid;  ///< de-identified (set by the builder; empty before)
    QString seriesInstanceUid; ///< de-identified data unit series (set by the builder)
    QString modality;          ///< of the data unit's series
    QString bodyPart;
    QString finalState;        ///< agreed, arbitrated, excluded; empty: not verified
    std::optional<QString> studyClass;
    QString verificationLevel; ///< low, medium, high; empty when not verified
    QString exclusionReason;   ///< expert's reason when excluded
    int corrections = 0;       ///< final label corrections after the decision
    std::vector<Finding> finalFindings; ///< final findings (image index coordinates of the unit's series)
    QList<BundleReading> readings;      ///< primary readings first (A, B), then the arbitration reading
    /// Geometry of the data unit's series (Verification::dataUnitGeometry); unset when unknown.
    std::optional<VolumeGeometry> geometry;
    /// Set by the builder: bundle-relative paths ('/' separators).
    QString dicomFolder;       ///< "dicom/<pseudonym>", empty when the unit's images are not in the bundle
    QStringList sliceFiles;    ///< the data unit series' files in the bundle, slice k at index k (COCO file_name)
    QStringList maskFiles;     ///< NIfTI, SEG, RTSTRUCT written for the unit
    qint64 dicomBytes = 0;     ///< size of the unit's de-identified files
    bool released() const { return finalState == QLatin1String("agreed") || finalState == QLatin1String("arbitrated"); }
};

/// A release's content.
struct ReleaseContent {
    workflow::Dataset dataset;                   ///< the plan (spec) as it is now
    workflow::SemanticVersion version;           ///< the version being released
    QDateTime releasedAt;                        ///< UTC
    workflow::ReleaseDocumentation documentation;
    QList<BundleUnit> units;                     ///< by dataset study id
    QList<workflow::ReleaseChange> changes;      ///< of this version (empty for 1.0.0)
    QList<workflow::Release> history;            ///< earlier releases, oldest first (CHANGELOG.md)
    /// Agreement statistics with reader logins replaced by the readings' pseudonyms.
    workflow::DatasetStatistics statistics;
    bool datesRemoved = false;                   ///< the de-identification removed dates (else shifted)
    /// The release's sequence number in the workspace registry (1 for the workspace's first
    /// release of any dataset), the registry row's field 1.
    int registryNumber = 1;

    /// Units whose images and labels are released (agreed or arbitrated).
    QList<const BundleUnit *> releasedUnits() const;
    /// Released units per final class code (schema order; classes without units are 0).
    QMap<QString, int> classCounts() const;
};

/// Options of collectReleaseContent.
struct CollectOptions {
    workflow::SemanticVersion version;          ///< the version being released
    QList<workflow::ReleaseChange> changes;     ///< the change list (usually the proposal's)
};

/// Reads everything the bundle needs from the workspace (coordinator only). Fails with
/// InvalidState when a unit has no final labels yet (the message counts them and names the
/// first few studies: finish verification, or withdraw them).
class ReleaseCollector {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::ReleaseCollector)
public:
    static Result<ReleaseContent> collect(store::Workspace &workspace, const workflow::Session &session,
                                          const QString &datasetCode, const CollectOptions &options);
};

} // namespace etalon::core::release
