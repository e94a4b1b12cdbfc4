#include "core/dicom/Indexer.h"

#include "core/Logging.h"
#include "core/dicom/HeaderReader.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

namespace etalon::core::dicom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::dicom", text);
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

template <std::size_t N>
QString joinNumbers(const std::optional<std::array<double, N>> &values)
{
    if (!values)
        return {};
    QStringList parts;
    for (double v : *values)
        parts.append(QString::number(v, 'g', 17));
    return parts.join(QLatin1Char('\\'));
}

/// Qt binds a null QString as SQL NULL; the schema wants '' for absent text.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
        else
            query.bindValue(i, v);
    }
}

/// The reason without the "path: " prefix that core error messages carry.
QString reasonFor(const QString &path, const QString &message)
{
    const QString prefix = path + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

/// Prepared statements and id caches for one import on one connection.
class CatalogWriter {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::dicom::CatalogWriter)

public:
    explicit CatalogWriter(QSqlDatabase db)
        : m_db(db), m_findPatient(db), m_insertPatient(db), m_findStudy(db), m_insertStudy(db), m_findSeries(db),
          m_insertSeries(db), m_insertInstance(db)
    {
    }

    Result<void> prepare()
    {
        const std::pair<QSqlQuery *, const char *> statements[] = {
            {&m_findPatient, "SELECT id FROM patients WHERE patient_id = ? AND name = ? AND birth_date = ?"},
            {&m_insertPatient, "INSERT INTO patients (patient_id, name, birth_date, sex) VALUES (?, ?, ?, ?)"},
            {&m_findStudy, "SELECT id FROM studies WHERE study_uid = ?"},
            {&m_insertStudy, "INSERT INTO studies (patient_ref, study_uid, study_date, study_time, description, "
                             "accession_number, study_id, patient_age_years, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_findSeries, "SELECT id FROM series WHERE series_uid = ?"},
            {&m_insertSeries,
             "INSERT INTO series (study_ref, series_uid, series_number, modality, description, body_part, manufacturer, "
             "model, convolution_kernel, kvp, slice_thickness, pixel_spacing_row, pixel_spacing_column, rows, columns, "
             "frame_of_reference_uid, image_orientation, imported_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_insertInstance,
             "INSERT INTO instances (series_ref, sop_uid, sop_class_uid, transfer_syntax_uid, file_path, in_storage, "
             "file_size, instance_number, number_of_frames, rows, columns, bits_allocated, samples_per_pixel, photometric, "
             "position_x, position_y, position_z, image_orientation, slice_thickness, pixel_spacing_row, "
             "pixel_spacing_column, has_pixel_data, imported_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
             "ON CONFLICT(sop_uid) DO NOTHING"},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(QString::fromLatin1(sql)))
                return makeError(ErrorCode::Database, tr("Cannot prepare the import: %1").arg(query->lastError().text()));
        }
        return {};
    }

    /// Counters and cache entries of the open batch; merged on commit, dropped on rollback.
    struct Batch {
        QHash<QString, qint64> patients, studies, series;
        int studiesAdded = 0;
        int seriesAdded = 0;
    };

    Result<qint64> seriesId(const InstanceHeader &h, Batch &batch, const QString &now)
    {
        if (const std::optional<qint64> id = cached(m_series, batch.series, h.seriesInstanceUid))
            return *id;
        if (Result<std::optional<qint64>> found = lookup(m_findSeries, {h.seriesInstanceUid}); !found)
            return found.error();
        else if (found->has_value())
            return remember(batch.series, h.seriesInstanceUid, **found);

        Result<qint64> study = studyId(h, batch, now);
        if (!study)
            return study;
        const QVariantList values{*study,
                                  h.seriesInstanceUid,
                                  h.seriesNumber,
                                  h.modality,
                                  h.seriesDescription,
                                  h.bodyPartExamined,
                                  h.manufacturer,
                                  h.manufacturerModelName,
                                  h.convolutionKernel,
                                  optionalValue(h.kvp),
                                  optionalValue(h.sliceThickness),
                                  optionalValue(h.pixelSpacing ? std::optional<double>((*h.pixelSpacing)[0]) : std::nullopt),
                                  optionalValue(h.pixelSpacing ? std::optional<double>((*h.pixelSpacing)[1]) : std::nullopt),
                                  h.rows,
                                  h.columns,
                                  h.frameOfReferenceUid,
                                  joinNumbers(h.imageOrientationPatient),
                                  now};
        Result<qint64> id = insert(m_insertSeries, values);
        if (!id)
            return id;
        ++batch.seriesAdded;
        return remember(batch.series, h.seriesInstanceUid, *id);
    }

    /// Inserts the instance; false when its SOP Instance UID is already indexed.
    Result<bool> insertInstance(const InstanceHeader &h, qint64 series, const QString &storedPath, bool inStorage,
                                const QString &now)
    {
        const std::optional<std::array<double, 3>> &p = h.imagePositionPatient;
        const QVariant noNumber(QMetaType::fromType<double>());
        const QVariantList values{series,
                                  h.sopInstanceUid,
                                  h.sopClassUid,
                                  h.transferSyntaxUid,
                                  storedPath,
                                  inStorage ? 1 : 0,
                                  QFileInfo(h.filePath).size(),
                                  h.instanceNumber,
                                  h.numberOfFrames,
                                  h.rows,
                                  h.columns,
                                  h.bitsAllocated,
                                  h.samplesPerPixel,
                                  h.photometricInterpretation,
                                  p ? QVariant((*p)[0]) : noNumber,
                                  p ? QVariant((*p)[1]) : noNumber,
                                  p ? QVariant((*p)[2]) : noNumber,
                                  joinNumbers(h.imageOrientationPatient),
                                  optionalValue(h.sliceThickness),
                                  optionalValue(h.pixelSpacing ? std::optional<double>((*h.pixelSpacing)[0]) : std::nullopt),
                                  optionalValue(h.pixelSpacing ? std::optional<double>((*h.pixelSpacing)[1]) : std::nullopt),
                                  h.hasPixelData ? 1 : 0,
                                  now};
        bindAll(m_insertInstance, values);
        if (!m_insertInstance.exec())
            return makeError(ErrorCode::Database, tr("Cannot record %1: %2").arg(h.filePath, m_insertInstance.lastError().text()));
        return m_insertInstance.numRowsAffected() > 0;
    }

    void commit(Batch &batch)
    {
        m_patients.insert(batch.patients);
        m_studies.insert(batch.studies);
        m_series.insert(batch.series);
    }

private:
    Result<qint64> patientId(const InstanceHeader &h, Batch &batch)
    {
        const QString key = h.patientId + QChar(0) + h.patientName + QChar(0) + h.patientBirthDate;
        if (const std::optional<qint64> id = cached(m_patients, batch.patients, key))
            return *id;
        if (Result<std::optional<qint64>> found = lookup(m_findPatient, {h.patientId, h.patientName, h.patientBirthDate});
            !found)
            return found.error();
        else if (found->has_value())
            return remember(batch.patients, key, **found);
        Result<qint64> id = insert(m_insertPatient, {h.patientId, h.patientName, h.patientBirthDate, h.patientSex});
        if (!id)
            return id;
        return remember(batch.patients, key, *id);
    }

    Result<qint64> studyId(const InstanceHeader &h, Batch &batch, const QString &now)
    {
        if (const std::optional<qint64> id = cached(m_studies, batch.studies, h.studyInstanceUid))
            return *id;
        if (Result<std::optional<qint64>> found = lookup(m_findStudy, {h.studyInstanceUid}); !found)
            return found.error();
        else if (found->has_value())
            return remember(batch.studies, h.studyInstanceUid, **found);
        Result<qint64> patient = patientId(h, batch);
        if (!patient)
            return patient;
        Result<qint64> id = insert(m_insertStudy, {*patient, h.studyInstanceUid, h.studyDate, h.studyTime, h.studyDescription,
                                                   h.accessionNumber, h.studyId,
                                                   h.patientAgeYears ? QVariant(*h.patientAgeYears)
                                                                     : QVariant(QMetaType::fromType<int>()),
                                                   now});
        if (!id)
            return id;
        ++batch.studiesAdded;
        return remember(batch.studies, h.studyInstanceUid, *id);
    }

    static std::optional<qint64> cached(const QHash<QString, qint64> &committed, const QHash<QString, qint64> &batch,
                                        const QString &key)
    {
        if (auto it = batch.constFind(key); it != batch.constEnd())
            return *it;
        if (auto it = committed.constFind(key); it != committed.constEnd())
            return *it;
        return std::nullopt;
    }

    static qint64 remember(QHash<QString, qint64> &cache, const QString &key, qint64 id)
    {
        cache.insert(key, id);
        return id;
    }

    static Result<std::optional<qint64>> lookup(QSqlQuery &query, const QVariantList &values)
    {
        bindAll(query, values);
        if (!query.exec())
            return makeError(ErrorCode::Database, tr("Cannot read the workspace: %1").arg(query.lastError().text()));
        std::optional<qint64> id;
        if (query.next())
            id = query.value(0).toLongLong();
        query.finish();
        return id;
    }

    static Result<qint64> insert(QSqlQuery &query, const QVariantList &values)
    {
        bindAll(query, values);
        if (!query.exec())
            return makeError(ErrorCode::Database, tr("Cannot write to the workspace: %1").arg(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }

    QSqlDatabase m_db;
    QSqlQuery m_findPatient, m_insertPatient, m_findStudy, m_insertStudy, m_findSeries, m_insertSeries, m_insertInstance;
    QHash<QString, qint64> m_patients, m_studies, m_series;
};

/// Copies a file into managed storage atomically (temporary name, then rename).
Result<QString> copyIntoStorage(const store::Workspace &workspace, const InstanceHeader &h, bool &created)
{
    created = false;
    const QString folder = QDir(workspace.storageDirectory()).filePath(h.studyInstanceUid + QLatin1Char('/') + h.seriesInstanceUid);
    const QString target = QDir(folder).filePath(h.sopInstanceUid + QStringLiteral(".dcm"));
    if (QFileInfo::exists(target))
        return target; // left by an earlier, interrupted import: same SOP Instance UID
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::IoError, tr("cannot create the storage folder %1").arg(folder));
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!QFile::copy(h.filePath, temporary))
        return makeError(ErrorCode::IoError, tr("cannot copy the file into %1 (disk full or no permission?)").arg(folder));
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return makeError(ErrorCode::IoError, tr("cannot move the copied file to %1").arg(target));
    }
    created = true;
    return target;
}

QString missingUid(const InstanceHeader &h)
{
    if (h.studyInstanceUid.isEmpty())
        return tr("no Study Instance UID; the file cannot be placed in a study");
    if (h.seriesInstanceUid.isEmpty())
        return tr("no Series Instance UID; the file cannot be placed in a series");
    return {};
}

} // namespace

Result<ImportReport> Indexer::importPaths(const QStringList &paths, const Options &options)
{
    ImportReport report;
    const QStringList files = collectCandidateFiles(paths);
    report.filesSeen = int(files.size());
    const int total = report.filesSeen;
    const int batchSize = std::max(1, options.batchSize);

    QSqlDatabase db = m_workspace.database();
    if (!db.isOpen())
        return makeError(ErrorCode::Database, tr("The workspace %1 is not open.").arg(m_workspace.directory()));
    CatalogWriter writer(db);
    if (Result<void> prepared = writer.prepare(); !prepared)
        return prepared.error();

    QSet<QString> seenSops; // duplicates inside this import count as already present
    int done = 0;
    for (qsizetype start = 0; start < files.size(); start += batchSize) {
        const QStringList chunk = files.mid(start, batchSize);
        // Header reading is I/O and parsing bound and independent per file.
        const QList<Result<InstanceHeader>> headers =
            QtConcurrent::blockingMapped<QList<Result<InstanceHeader>>>(chunk, [](const QString &path) { return readHeader(path); });

        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        CatalogWriter::Batch batch;
        QList<ImportProblem> batchProblems;
        QStringList copiedFiles;
        QSet<QString> batchSops;
        int added = 0, nonImages = 0, present = 0;
        bool cancelled = false;

        const auto rollback = [&] {
            db.rollback();
            for (const QString &f : copiedFiles)
                QFile::remove(f);
        };

        if (!db.transaction())
            return makeError(ErrorCode::Database, tr("Cannot start writing to the workspace %1: %2")
                                                      .arg(m_workspace.directory(), db.lastError().text()));
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QString &path = chunk.at(i);
            const Result<InstanceHeader> &header = headers.at(i);
            if (!header) {
                batchProblems.append({path, reasonFor(path, header.error().message)});
            } else if (const QString missing = missingUid(*header); !missing.isEmpty()) {
                batchProblems.append({path, missing});
            } else if (seenSops.contains(header->sopInstanceUid) || batchSops.contains(header->sopInstanceUid)) {
                ++present;
            } else {
                const InstanceHeader &h = *header;
                batchSops.insert(h.sopInstanceUid);
                Result<qint64> series = writer.seriesId(h, batch, now);
                if (!series) {
                    rollback();
                    return series.error();
                }
                QString stored = m_workspace.storedPath(h.filePath);
                bool inStorage = false;
                bool copied = false;
                bool copyFailed = false;
                if (options.copyIntoStorage) {
                    const Result<QString> target = dicom::copyIntoStorage(m_workspace, h, copied);
                    if (!target) {
                        batchProblems.append({path, target.error().message});
                        copyFailed = true;
                    } else {
                        stored = m_workspace.storedPath(*target);
                        inStorage = true;
                    }
                }
                if (!copyFailed) {
                    const Result<bool> inserted = writer.insertInstance(h, *series, stored, inStorage, now);
                    if (!inserted) {
                        rollback();
                        return inserted.error();
                    }
                    if (*inserted) {
                        ++added;
                        if (!h.hasPixelData)
                            ++nonImages;
                        if (copied)
                            copiedFiles.append(m_workspace.absolutePath(stored));
                    } else {
                        ++present;
                        if (copied) // the index already has this instance (and its own file)
                            QFile::remove(m_workspace.absolutePath(stored));
                    }
                }
            }
            ++done;
            if (options.progress && !options.progress(done, total)) {
                cancelled = true;
                break;
            }
        }

        if (cancelled) {
            rollback();
            report.cancelled = true;
            qCInfo(lcStore) << "import cancelled; batch of" << chunk.size() << "files rolled back";
            break;
        }
        if (!db.commit()) {
            const Error error = makeError(ErrorCode::Database, tr("Cannot save the import into the workspace %1: %2")
                                                                    .arg(m_workspace.directory(), db.lastError().text()));
            rollback();
            return error;
        }
        writer.commit(batch);
        seenSops.unite(batchSops);
        report.instancesAdded += added;
        report.nonImageInstancesAdded += nonImages;
        report.instancesAlreadyPresent += present;
        report.studiesAdded += batch.studiesAdded;
        report.seriesAdded += batch.seriesAdded;
        report.problems.append(batchProblems);
    }
    qCDebug(lcDicom) << "import:" << report.filesSeen << "files," << report.instancesAdded << "added,"
                    << report.instancesAlreadyPresent << "already present," << report.problems.size() << "problems"
                    << (report.cancelled ? "(cancelled)" : "");
    return report;
}

} // namespace etalon::core::dicom
