#pragma once

#include "core/Result.h"

#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace etalon::core::store {

class Workspace;

struct SeriesSummary {
    QString seriesInstanceUid;
    QString studyInstanceUid;
    int seriesNumber = 0;
    QString modality;
    QString description;
    QString bodyPartExamined;
    QString manufacturer;
    QString manufacturerModelName;
    QString convolutionKernel;
    std::optional<double> kvp;
    std::optional<double> sliceThickness;
    std::optional<std::array<double, 2>> pixelSpacing; ///< row spacing, column spacing (mm)
    QString frameOfReferenceUid;
    std::optional<std::array<double, 6>> imageOrientationPatient;
    int rows = 0;
    int columns = 0;
    int instanceCount = 0;      ///< all indexed instances, images or not
    int imageInstanceCount = 0; ///< instances with pixel data
    int frameCount = 0;         ///< sum of frames over image instances (slices of the volume)
};

struct StudySummary {
    QString studyInstanceUid;
    QString patientId;
    QString patientName;
    QString patientSex;
    QString patientBirthDate;
    std::optional<int> patientAgeYears;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;
    QStringList modalities; ///< distinct, sorted
    int seriesCount = 0;
    int instanceCount = 0;
};

/// Read access to the indexed patients, studies, series and instances of a workspace.
/// Uses the workspace's connection, so it lives on the workspace's thread.
class Catalog {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::store::Catalog)

public:
    explicit Catalog(Workspace &workspace) : m_workspace(workspace) {}

    /// All studies, ordered by patient name, patient id, study date and UID.
    Result<QList<StudySummary>> studies() const;
    Result<StudySummary> studyByUid(const QString &studyInstanceUid) const;
    /// Series of a study ordered by series number (NotFound for an unknown study).
    Result<QList<SeriesSummary>> series(const QString &studyInstanceUid) const;
    Result<SeriesSummary> seriesByUid(const QString &seriesInstanceUid) const;
    /// Absolute paths of the series' image instance files (with pixel data), in instance
    /// number order; the loader sorts slices by position itself.
    Result<QStringList> instanceFiles(const QString &seriesInstanceUid) const;
    /// A file to draw a thumbnail from: the middle image instance by instance number.
    Result<QString> representativeFile(const QString &seriesInstanceUid) const;
    /// Number of indexed instances, or -1 if the database cannot be read.
    int instanceCount() const;

private:
    Workspace &m_workspace;
};

} // namespace etalon::core::store
