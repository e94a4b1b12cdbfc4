#pragma once

#include "core/Result.h"
#include "core/model/LabelSchema.h"
#include "core/workflow/DisagreementThresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// What a dataset is for; fixes its size (METHODOLOGY.md, stage 1).
enum class DatasetPurpose { Functional, Calibration, FineTuning, Training, Dynamic, TechnicalDefects };
QString purposeName(DatasetPurpose purpose); ///< "functional", ..., "technical_defects"
std::optional<DatasetPurpose> purposeFromName(const QString &name);

/// The plan of a dataset (what `dataset create` takes).
struct DatasetSpec {
    QString code;          ///< DS_<test>_<modality>[_<organ>]_<target>, see Datasets::validateCode
    QString name;
    DatasetPurpose purpose = DatasetPurpose::Calibration;
    QString clinicalTask;
    QString dataUnit;      ///< what one item is, e.g. "one chest CT study"
    LabelSchema schema;    ///< copied into the dataset (a snapshot)
    QMap<QString, int> classTargets; ///< target count per schema class code
    DisagreementThresholds thresholds;
    QString verificationMethod;
    QString dataSource;
};

struct Dataset {
    qint64 id = 0;
    DatasetSpec spec;
    QString version;       ///< MAJOR.MINOR.PATCH
    QString createdBy;     ///< login
    QDateTime createdAt;
    int studyCount = 0;    ///< studies in the dataset (not withdrawn)
};

/// A study of a dataset with its data unit.
struct DatasetStudy {
    qint64 id = 0;
    QString studyInstanceUid;
    QString seriesInstanceUid; ///< the chosen series; empty when the data unit is the whole study
    QString state;             ///< added, assigned, reading, disputed, final, withdrawn
    QDateTime addedAt;
};

/// The series a data unit's findings are drawn on (Datasets::unitSeries).
struct DataUnitSeries {
    qint64 seriesId = 0;
    QString seriesInstanceUid;
};

/// A study (and optionally one of its series) to add.
struct StudyToAdd {
    QString studyInstanceUid;
    QString seriesInstanceUid; ///< empty: the whole study is the data unit
};

/// What addStudies did with each requested study.
struct AddStudiesReport {
    QStringList added;          ///< study UIDs added now
    QStringList alreadyPresent; ///< already in the dataset with the same data unit (nothing changed)
    QStringList unknown;        ///< study UIDs that are not in the workspace
    QList<QPair<QString, QString>> problems; ///< (study UID, translated reason) e.g. series not in the study
    bool complete() const { return unknown.isEmpty() && problems.isEmpty(); }
};

/// Datasets and their studies. Creating and adding studies is for coordinators; the
/// audit log records both. Readers and experts see only datasets in which they have a
/// reading or a dispute, and never the dataset's study list (states would reveal how
/// other readers are doing).
class Datasets {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Datasets)

public:
    /// Checks the code pattern DS_<test>_<modality>[_<organ>]_<target>: each part upper-case
    /// Latin letters and digits, the test part may have a '-' suffix (FT-I, CT-II), e.g.
    /// DS_CT-I_CT_OGK_COVID, DS_CT-II_MMG_CANCER (the organ may be left out when the
    /// modality implies it). InvalidArgument explains what is wrong.
    static Result<void> validateCode(const QString &code);
    /// The database id of dataset `code` (NotFound naming it): a lookup for core's own
    /// queries, without a permission check (the callers check the session themselves).
    static Result<qint64> idOf(store::Workspace &workspace, const QString &code);
    /// The series a data unit's findings are drawn on, measured and released against: the
    /// series chosen for the dataset, or for a whole-study unit the image series with the most
    /// frames (derived objects such as SEG only when the study has nothing else), ties broken by
    /// series number. One rule for the reading screen, verification, statistics and the release.
    /// NotFound naming the study when it has no image series.
    static Result<DataUnitSeries> unitSeries(store::Workspace &workspace, qint64 datasetStudyId);
    /// Modalities of derived objects and documents, never a data unit's images ("SEG", "SR"...).
    static const QStringList &derivedModalities();
    /// Validates the whole spec (code, name, class targets against the schema, thresholds).
    static Result<void> validate(const DatasetSpec &spec);

    static Result<Dataset> create(store::Workspace &workspace, const Session &session, const DatasetSpec &spec);
    static Result<Dataset> show(store::Workspace &workspace, const Session &session, const QString &code);
    static Result<QList<Dataset>> list(store::Workspace &workspace, const Session &session);
    /// Coordinators only.
    static Result<QList<DatasetStudy>> studies(store::Workspace &workspace, const Session &session, const QString &code);
    /// Coordinators only. Idempotent: a study already in the dataset with the same data unit
    /// is reported, not added twice; the same study with a different series is a problem
    /// (a study is in a dataset once). Unknown UIDs are reported; the others are added in
    /// one transaction.
    static Result<AddStudiesReport> addStudies(store::Workspace &workspace, const Session &session, const QString &code,
                                               const QList<StudyToAdd> &studies);
    /// Coordinators only: replaces the plan of dataset `code` with spec (whose code must be
    /// `code`: codes never change). Validated like create. The label schema may change only
    /// while no reading of the dataset exists (InvalidState otherwise: stored classes would
    /// lose their meaning). Audited as "dataset.update_plan" with each changed field's old
    /// and new value. Such changes (purpose, clinical task, schema...) make the next release
    /// MAJOR (workflow::Releases).
    static Result<Dataset> updatePlan(store::Workspace &workspace, const Session &session, const QString &code,
                                      const DatasetSpec &spec);
};

} // namespace etalon::core::workflow
