#include "core/store/Catalog.h"

#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace etalon::core::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::store", text);
}

Error queryError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Database, tr("Cannot read the workspace catalogue: %1").arg(query.lastError().text()));
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

template <std::size_t N>
std::optional<std::array<double, N>> splitNumbers(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (parts.size() != qsizetype(N))
        return std::nullopt;
    std::array<double, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        bool ok = false;
        values[i] = parts.at(int(i)).toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    return values;
}

const char *StudySelect =
    "SELECT st.study_uid, p.patient_id, p.name, p.sex, p.birth_date, st.patient_age_years, st.study_date, "
    "st.study_time, st.description, st.accession_number, "
    "(SELECT GROUP_CONCAT(DISTINCT s.modality) FROM series s WHERE s.study_ref = st.id AND s.modality <> ''), "
    "(SELECT COUNT(*) FROM series s WHERE s.study_ref = st.id), "
    "(SELECT COUNT(*) FROM instances i JOIN series s ON i.series_ref = s.id WHERE s.study_ref = st.id) "
    "FROM studies st JOIN patients p ON p.id = st.patient_ref ";

StudySummary readStudy(const QSqlQuery &q)
{
    StudySummary s;
    s.studyInstanceUid = q.value(0).toString();
    s.patientId = q.value(1).toString();
    s.patientName = q.value(2).toString();
    s.patientSex = q.value(3).toString();
    s.patientBirthDate = q.value(4).toString();
    if (!q.value(5).isNull())
        s.patientAgeYears = q.value(5).toInt();
    s.studyDate = q.value(6).toString();
    s.studyTime = q.value(7).toString();
    s.studyDescription = q.value(8).toString();
    s.accessionNumber = q.value(9).toString();
    s.modalities = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.modalities.sort();
    s.seriesCount = q.value(11).toInt();
    s.instanceCount = q.value(12).toInt();
    return s;
}

const char *SeriesSelect =
    "SELECT s.series_uid, st.study_uid, s.series_number, s.modality, s.description, s.body_part, s.manufacturer, "
    "s.model, s.convolution_kernel, s.kvp, s.slice_thickness, s.pixel_spacing_row, s.pixel_spacing_column, "
    "s.frame_of_reference_uid, s.image_orientation, s.rows, s.columns, "
    "(SELECT COUNT(*) FROM instances i WHERE i.series_ref = s.id), "
    "(SELECT COUNT(*) FROM instances i WHERE i.series_ref = s.id AND i.has_pixel_data = 1), "
    "(SELECT COALESCE(SUM(i.number_of_frames), 0) FROM instances i WHERE i.series_ref = s.id AND i.has_pixel_data = 1) "
    "FROM series s JOIN studies st ON st.id = s.study_ref ";

SeriesSummary readSeries(const QSqlQuery &q)
{
    SeriesSummary s;
    s.seriesInstanceUid = q.value(0).toString();
    s.studyInstanceUid = q.value(1).toString();
    s.seriesNumber = q.value(2).toInt();
    s.modality = q.value(3).toString();
    s.description = q.value(4).toString();
    s.bodyPartExamined = q.value(5).toString();
    s.manufacturer = q.value(6).toString();
    s.manufacturerModelName = q.value(7).toString();
    s.convolutionKernel = q.value(8).toString();
    s.kvp = optionalDouble(q.value(9));
    s.sliceThickness = optionalDouble(q.value(10));
    if (!q.value(11).isNull() && !q.value(12).isNull())
        s.pixelSpacing = std::array<double, 2>{q.value(11).toDouble(), q.value(12).toDouble()};
    s.frameOfReferenceUid = q.value(13).toString();
    s.imageOrientationPatient = splitNumbers<6>(q.value(14).toString());
    s.rows = q.value(15).toInt();
    s.columns = q.value(16).toInt();
    s.instanceCount = q.value(17).toInt();
    s.imageInstanceCount = q.value(18).toInt();
    s.frameCount = q.value(19).toInt();
    return s;
}

} // namespace

Result<QList<StudySummary>> Catalog::studies() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(QString::fromLatin1(StudySelect) + QStringLiteral("ORDER BY p.name, p.patient_id, st.study_date, st.study_uid")))
        return queryError(q);
    QList<StudySummary> result;
    while (q.next())
        result.append(readStudy(q));
    return result;
}

Result<StudySummary> Catalog::studyByUid(const QString &studyInstanceUid) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QString::fromLatin1(StudySelect) + QStringLiteral("WHERE st.study_uid = ?"));
    q.addBindValue(studyInstanceUid);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The study %1 is not in this workspace.").arg(studyInstanceUid));
    return readStudy(q);
}

Result<QList<SeriesSummary>> Catalog::series(const QString &studyInstanceUid) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM studies WHERE study_uid = ?"));
    q.addBindValue(studyInstanceUid);
    if (!q.exec() || !q.next())
        return queryError(q);
    if (q.value(0).toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("The study %1 is not in this workspace.").arg(studyInstanceUid));
    q.finish();
    q.prepare(QString::fromLatin1(SeriesSelect)
              + QStringLiteral("WHERE st.study_uid = ? ORDER BY s.series_number, s.series_uid"));
    q.addBindValue(studyInstanceUid);
    if (!q.exec())
        return queryError(q);
    QList<SeriesSummary> result;
    while (q.next())
        result.append(readSeries(q));
    return result;
}

Result<SeriesSummary> Catalog::seriesByUid(const QString &seriesInstanceUid) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QString::fromLatin1(SeriesSelect) + QStringLiteral("WHERE s.series_uid = ?"));
    q.addBindValue(seriesInstanceUid);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The series %1 is not in this workspace.").arg(seriesInstanceUid));
    return readSeries(q);
}

Result<QStringList> Catalog::instanceFiles(const QString &seriesInstanceUid) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT i.file_path FROM instances i JOIN series s ON s.id = i.series_ref "
                             "WHERE s.series_uid = ? AND i.has_pixel_data = 1 ORDER BY i.instance_number, i.file_path"));
    q.addBindValue(seriesInstanceUid);
    if (!q.exec())
        return queryError(q);
    QStringList files;
    while (q.next())
        files.append(m_workspace.absolutePath(q.value(0).toString()));
    if (files.isEmpty()) {
        Result<SeriesSummary> exists = seriesByUid(seriesInstanceUid);
        if (!exists)
            return exists.error();
    }
    return files;
}

Result<QString> Catalog::representativeFile(const QString &seriesInstanceUid) const
{
    Result<QStringList> files = instanceFiles(seriesInstanceUid);
    if (!files)
        return files.error();
    if (files->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The series %1 has no images.").arg(seriesInstanceUid));
    return files->at(files->size() / 2);
}

int Catalog::instanceCount() const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM instances")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace etalon::core::store
