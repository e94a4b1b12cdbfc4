#include "core/dicom/HeaderReader.h"
#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "tests/support/DicomReference.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::dicom;
using namespace etalon::core::store;
using etalon::testing::pydicomSeries;

namespace {

const QString SharedDicom = QStringLiteral(ETALON_SHARED_DICOM);
const QString PydicomFiles = QStringLiteral(ETALON_PYDICOM_FILES);

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

/// Every series in the catalogue, by UID.
QHash<QString, SeriesSummary> allSeries(const Catalog &catalog)
{
    QHash<QString, SeriesSummary> result;
    const Result<QList<StudySummary>> studies = catalog.studies();
    if (!studies)
        return result;
    for (const StudySummary &study : *studies) {
        const Result<QList<SeriesSummary>> series = catalog.series(study.studyInstanceUid);
        if (series) {
            for (const SeriesSummary &s : *series)
                result.insert(s.seriesInstanceUid, s);
        }
    }
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// Copies a folder's files (flat) into dir; returns the copies, sorted.
QStringList copyFiles(const QString &from, const QString &dir)
{
    QStringList copies;
    QDirIterator it(from, QDir::Files);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(dir).filePath(QFileInfo(source).fileName());
        if (QFile::copy(source, target))
            copies.append(target);
    }
    copies.sort();
    return copies;
}

} // namespace

class TestIndexer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(SharedDicom).exists(), qPrintable(SharedDicom));
        if (!etalon::testing::pydicomAvailable())
            QSKIP("needs Debian's python3 with python3-pydicom for reference counts");
    }

    /// Counts per series equal pydicom's grouping of the same files; re-import adds nothing.
    void importsSharedDataIdempotently()
    {
        const etalon::testing::SeriesReference ref = pydicomSeries({SharedDicom});
        QVERIFY(ref.valid);
        QVERIFY(ref.series.size() > 5);

        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
        QVERIFY(ws.ok());
        Indexer indexer(**ws);
        const Result<ImportReport> report = indexer.importPaths({SharedDicom}, {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));

        int expectedInstances = 0;
        QSet<QString> expectedStudies;
        for (auto it = ref.series.constBegin(); it != ref.series.constEnd(); ++it) {
            expectedInstances += it->toObject().value(QStringLiteral("instances")).toInt();
            expectedStudies.insert(it->toObject().value(QStringLiteral("study")).toString());
        }
        QCOMPARE(report->instancesAdded, expectedInstances);
        QCOMPARE(report->seriesAdded, int(ref.series.size()));
        QCOMPARE(report->studiesAdded, int(expectedStudies.size()));
        QStringList problemPaths;
        for (const ImportProblem &p : report->problems) {
            problemPaths.append(p.path);
            QVERIFY(!p.reason.isEmpty());
        }
        problemPaths.sort();
        QCOMPARE(problemPaths, ref.unreadable);
        // Files that repeat a SOP Instance UID (one object in several transfer syntaxes).
        QCOMPARE(report->instancesAlreadyPresent, report->filesSeen - expectedInstances - int(ref.unreadable.size()));

        const Catalog catalog(**ws);
        const QHash<QString, SeriesSummary> series = allSeries(catalog);
        QCOMPARE(series.size(), ref.series.size());
        for (auto it = ref.series.constBegin(); it != ref.series.constEnd(); ++it) {
            QVERIFY2(series.contains(it.key()), qPrintable(it.key()));
            const SeriesSummary &s = series.value(it.key());
            QCOMPARE(s.instanceCount, it->toObject().value(QStringLiteral("instances")).toInt());
            QCOMPARE(s.frameCount, it->toObject().value(QStringLiteral("frames")).toInt());
            QCOMPARE(s.studyInstanceUid, it->toObject().value(QStringLiteral("study")).toString());
        }
        QCOMPARE(catalog.instanceCount(), expectedInstances);

        const Result<ImportReport> again = indexer.importPaths({SharedDicom}, {});
        QVERIFY(again.ok());
        QCOMPARE(again->instancesAdded, 0);
        QCOMPARE(again->studiesAdded, 0);
        QCOMPARE(again->seriesAdded, 0);
        QCOMPARE(again->instancesAlreadyPresent, report->filesSeen - int(ref.unreadable.size()));
        QCOMPARE(catalog.instanceCount(), expectedInstances);
        QCOMPARE(scalar((*ws)->database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    /// The catalogue reports series geometry and criteria tags as the files say.
    void catalogueDescribesSeries()
    {
        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
        QVERIFY(ws.ok());
        QVERIFY(Indexer(**ws).importPaths({SharedDicom + QStringLiteral("/ct-3slice")}, {}).ok());
        const QStringList files = collectCandidateFiles({SharedDicom + QStringLiteral("/ct-3slice")});
        QCOMPARE(files.size(), 3);
        const Result<InstanceHeader> first = readHeader(files.first());
        QVERIFY(first.ok());

        const Catalog catalog(**ws);
        const Result<SeriesSummary> s = catalog.seriesByUid(first->seriesInstanceUid);
        QVERIFY(s.ok());
        QCOMPARE(s->rows, first->rows);
        QCOMPARE(s->columns, first->columns);
        QCOMPARE(s->modality, QStringLiteral("CT"));
        QVERIFY(s->pixelSpacing.has_value());
        QCOMPARE((*s->pixelSpacing)[0], (*first->pixelSpacing)[0]);
        QCOMPARE(s->kvp, first->kvp);
        QCOMPARE(s->imageOrientationPatient.has_value(), true);

        const Result<StudySummary> study = catalog.studyByUid(first->studyInstanceUid);
        QVERIFY(study.ok());
        QCOMPARE(study->modalities, QStringList{QStringLiteral("CT")});
        QCOMPARE(study->seriesCount, 1);
        QCOMPARE(study->instanceCount, 3);

        Result<QStringList> instanceFiles = catalog.instanceFiles(first->seriesInstanceUid);
        QVERIFY(instanceFiles.ok());
        QStringList sorted = *instanceFiles;
        sorted.sort();
        QCOMPARE(sorted, files);
        const Result<QString> middle = catalog.representativeFile(first->seriesInstanceUid);
        QVERIFY(middle.ok());
        QCOMPARE(*middle, instanceFiles->at(1));

        QCOMPARE(catalog.seriesByUid(QStringLiteral("1.2.3.4")).error().code, ErrorCode::NotFound);
        QCOMPARE(catalog.series(QStringLiteral("1.2.3.4")).error().code, ErrorCode::NotFound);
        QCOMPARE(catalog.instanceFiles(QStringLiteral("1.2.3.4")).error().code, ErrorCode::NotFound);
    }

    /// Broken files are reported with path and reason; the good ones are imported.
    void reportsCorruptFilesAndGoesOn()
    {
        QTemporaryDir tmp;
        const QString input = tmp.filePath(QStringLiteral("input"));
        QVERIFY(QDir().mkpath(input));
        const QStringList good = copyFiles(SharedDicom + QStringLiteral("/ct-3slice"), input);
        QCOMPARE(good.size(), 3);

        QFile real(SharedDicom + QStringLiteral("/mr-series-20/brain_001.dcm"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QByteArray bytes = real.readAll();
        const auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(QDir(input).filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        QByteArray random(50000, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &c : random)
            c = char(generator.bounded(256));
        QStringList bad{write(QStringLiteral("truncated.dcm"), bytes.left(bytes.size() * 2 / 3)),
                        write(QStringLiteral("zero.dcm"), QByteArray()),
                        write(QStringLiteral("random.bin"), random),
                        write(QStringLiteral("notes.txt"), "not an image, just text\n")};
        bad.sort();

        QTemporaryDir wsDir;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(wsDir.path());
        QVERIFY(ws.ok());
        const Result<ImportReport> report = Indexer(**ws).importPaths({input}, {});
        QVERIFY(report.ok());
        QCOMPARE(report->filesSeen, 7);
        QCOMPARE(report->instancesAdded, 3);
        QStringList problemPaths;
        for (const ImportProblem &p : report->problems) {
            problemPaths.append(p.path);
            QVERIFY2(!p.reason.isEmpty() && !p.reason.contains(p.path), qPrintable(p.reason));
        }
        problemPaths.sort();
        QCOMPARE(problemPaths, bad);
        QCOMPARE(Catalog(**ws).instanceCount(), 3);
    }

    /// Cancelling rolls back the open batch only: whole earlier batches stay, the
    /// database is intact, and a later import completes the rest.
    void cancelKeepsWholeBatches_data()
    {
        QTest::addColumn<bool>("copy");
        QTest::newRow("reference files") << false;
        QTest::newRow("copy into storage") << true;
    }
    void cancelKeepsWholeBatches()
    {
        QFETCH(bool, copy);
        QTemporaryDir tmp;
        const QString input = tmp.filePath(QStringLiteral("input"));
        QVERIFY(QDir().mkpath(input));
        QCOMPARE(copyFiles(SharedDicom + QStringLiteral("/mr-series-20"), input).size(), 20); // 20 distinct instances

        const QString wsPath = tmp.filePath(QStringLiteral("ws"));
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(wsPath);
        QVERIFY(ws.ok());
        Indexer::Options options;
        options.batchSize = 5;
        options.copyIntoStorage = copy;
        int calls = 0;
        options.progress = [&calls](int done, int total) {
            ++calls;
            return !(done == 12 && total == 20); // cancel inside the third batch
        };
        const Result<ImportReport> report = Indexer(**ws).importPaths({input}, options);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(calls, 12);
        QCOMPARE(report->instancesAdded, 10);
        const QSqlDatabase db = (*ws)->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(Catalog(**ws).instanceCount(), 10);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM series")).toInt(), 1);
        if (copy) {
            QStringList stored;
            QDirIterator it((*ws)->storageDirectory(), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                stored.append(it.next());
            QCOMPARE(stored.size(), 10); // copies of the rolled-back batch are removed
        }

        options.progress = nullptr;
        const Result<ImportReport> rest = Indexer(**ws).importPaths({input}, options);
        QVERIFY(rest.ok());
        QVERIFY(!rest->cancelled);
        QCOMPARE(rest->instancesAdded, 10);
        QCOMPARE(rest->instancesAlreadyPresent, 10);
        QCOMPARE(rest->seriesAdded, 0);
        QCOMPARE(Catalog(**ws).instanceCount(), 20);
    }

    /// --copy: files land in storage/<study>/<series>/<sop>.dcm, byte-identical, and the
    /// index points at them relative to the workspace (so it can be moved).
    void copiesIntoStorage()
    {
        QTemporaryDir tmp;
        const QString wsPath = tmp.filePath(QStringLiteral("ws"));
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(wsPath);
        QVERIFY(ws.ok());
        Indexer::Options options;
        options.copyIntoStorage = true;
        const Result<ImportReport> report = Indexer(**ws).importPaths({SharedDicom + QStringLiteral("/ct-3slice")}, options);
        QVERIFY(report.ok());
        QCOMPARE(report->instancesAdded, 3);

        QHash<QByteArray, QString> originals;
        for (const QString &f : collectCandidateFiles({SharedDicom + QStringLiteral("/ct-3slice")})) {
            const Result<InstanceHeader> h = readHeader(f);
            QVERIFY(h.ok());
            const QString expected = QStringLiteral("%1/storage/%2/%3/%4.dcm")
                                         .arg(wsPath, h->studyInstanceUid, h->seriesInstanceUid, h->sopInstanceUid);
            QVERIFY2(QFile::exists(expected), qPrintable(expected));
            QCOMPARE(fileHash(expected), fileHash(f));
        }
        QCOMPARE(scalar((*ws)->database(), QStringLiteral("SELECT COUNT(*) FROM instances WHERE in_storage = 1 AND "
                                                           "file_path LIKE 'storage/%'"))
                     .toInt(),
                 3);
        const Result<InstanceHeader> h = readHeader(SharedDicom + QStringLiteral("/ct-3slice/01.dcm"));
        const Result<QStringList> files = Catalog(**ws).instanceFiles(h->seriesInstanceUid);
        QVERIFY(files.ok());
        for (const QString &f : *files)
            QVERIFY(f.startsWith(wsPath + QStringLiteral("/storage/")) && QFile::exists(f));
    }

    /// A DICOMDIR imports the files it references (pydicom's dicomdirtests).
    void importsDicomDir()
    {
        const QString dicomDir = PydicomFiles + QStringLiteral("/dicomdirtests/DICOMDIR");
        const QJsonDocument listed = etalon::testing::pydicomReference({QStringLiteral("dicomdir"), dicomDir});
        QVERIFY(listed.isArray());
        QStringList referenced;
        for (const QJsonValue &v : listed.array())
            referenced.append(v.toString());
        const etalon::testing::SeriesReference ref = pydicomSeries(referenced);
        QVERIFY(ref.valid);

        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
        QVERIFY(ws.ok());
        const Result<ImportReport> report = Indexer(**ws).importPaths({dicomDir}, {});
        QVERIFY(report.ok());
        QCOMPARE(report->filesSeen, int(referenced.size()));
        const QHash<QString, SeriesSummary> series = allSeries(Catalog(**ws));
        QCOMPARE(series.size(), ref.series.size());
        for (auto it = ref.series.constBegin(); it != ref.series.constEnd(); ++it)
            QCOMPARE(series.value(it.key()).instanceCount, it->toObject().value(QStringLiteral("instances")).toInt());
    }

    /// SR and RT plan have no pixel data: indexed with their series, flagged, and not
    /// offered to the volume loader.
    void indexesNonImageObjects()
    {
        QTemporaryDir tmp;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(tmp.path());
        QVERIFY(ws.ok());
        const QStringList files{PydicomFiles + QStringLiteral("/test-SR.dcm"), PydicomFiles + QStringLiteral("/rtplan.dcm")};
        const Result<ImportReport> report = Indexer(**ws).importPaths(files, {});
        QVERIFY(report.ok());
        QCOMPARE(report->instancesAdded, 2);
        QCOMPARE(report->nonImageInstancesAdded, 2);
        QVERIFY(report->problems.isEmpty());
        for (const QString &f : files) {
            const Result<InstanceHeader> h = readHeader(f);
            QVERIFY(h.ok());
            const Result<SeriesSummary> s = Catalog(**ws).seriesByUid(h->seriesInstanceUid);
            QVERIFY(s.ok());
            QCOMPARE(s->instanceCount, 1);
            QCOMPARE(s->imageInstanceCount, 0);
            QCOMPARE(s->frameCount, 0);
            QVERIFY(Catalog(**ws).instanceFiles(h->seriesInstanceUid)->isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestIndexer)
#include "tst_indexer.moc"
