#pragma once

#include "core/Result.h"

#include <QList>
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
    std::optional<std::array<double, 2>> pixelSpacing;
    int rows = 0;
    int columns = 0;
    int instanceCount = 0;
    int frameCount = 0; ///< sum of frames over instances (slices of the volume)
};

struct StudySummary {
    QString studyInstanceUid;
    QString patientId;
    QString patientName;
    QString patientSex;
    std::optional<int> patientAgeYears;
    QString studyDate;
    QString studyDescription;
    QString accessionNumber;
    QStringList modalities;
    int seriesCount = 0;
    int instanceCount = 0;
};

/// Read access to the indexed patients, studies, series and instances of a workspace.
class Catalog {
public:
    explicit Catalog(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<StudySummary>> studies() const;
    Result<QList<SeriesSummary>> series(const QString &studyInstanceUid) const;
    Result<SeriesSummary> seriesByUid(const QString &seriesInstanceUid) const;
    /// Absolute paths of the series' instance files (order unspecified; the loader sorts).
    Result<QStringList> instanceFiles(const QString &seriesInstanceUid) const;
    int instanceCount() const;

private:
    Workspace &m_workspace;
};

} // namespace etalon::core::store
