#include "core/dicom/HeaderReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace etalon::core;
using namespace etalon::core::dicom;

namespace {

const QString SharedDicom = QStringLiteral(ETALON_SHARED_DICOM);
const QString PydicomFiles = QStringLiteral(ETALON_PYDICOM_FILES);

QString referenceScript()
{
    return QStringLiteral(ETALON_SOURCE_DIR "/tests/core/dicom_reference.py");
}

/// Runs the pydicom reference script (Debian's python3 has pydicom); null on failure.
QJsonDocument pydicomReference(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"), QStringList{referenceScript()} + args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << "reference script failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput());
}

QStringList sharedFiles()
{
    QStringList files;
    QDirIterator it(SharedDicom, {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

template <std::size_t N>
void compareNumbers(const std::optional<std::array<double, N>> &ours, const QJsonValue &theirs, const char *what)
{
    if (theirs.isNull()) {
        QVERIFY2(!ours.has_value(), what);
        return;
    }
    QVERIFY2(ours.has_value(), what);
    const QJsonArray values = theirs.toArray();
    QCOMPARE(qsizetype(N), values.size());
    for (std::size_t i = 0; i < N; ++i)
        QVERIFY2(std::abs((*ours)[i] - values[int(i)].toDouble()) < 1e-6, what);
}

} // namespace

class TestHeaderReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(SharedDicom).exists(), qPrintable(SharedDicom));
        if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
            QSKIP("needs Debian's python3 with python3-pydicom for reference values");
    }

    void matchesPydicom_data()
    {
        QTest::addColumn<QString>("path");
        QStringList files = sharedFiles();
        for (const char *name : {"CT_small.dcm", "MR_small_bigendian.dcm", "MR_small_implicit.dcm", "image_dfl.dcm",
                                 "JPEG2000.dcm", "ExplVR_BigEndNoMeta.dcm", "ExplVR_LitEndNoMeta.dcm",
                                 "no_meta_group_length.dcm", "rtplan.dcm", "test-SR.dcm", "liver_1frame.dcm"})
            files.append(PydicomFiles + QLatin1Char('/') + QLatin1String(name));
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    /// Every field the index stores agrees with pydicom's reading of the same file.
    void matchesPydicom()
    {
        QFETCH(QString, path);
        const QJsonDocument doc = pydicomReference({QStringLiteral("headers"), path});
        QVERIFY(doc.isArray());
        const QJsonObject ref = doc.array().first().toObject();

        const Result<InstanceHeader> header = readHeader(path);
        QVERIFY2(header.ok(), header.ok() ? "" : qPrintable(header.error().message));
        const InstanceHeader &h = *header;
        QCOMPARE(h.filePath, QFileInfo(path).absoluteFilePath());
        // PS3.10: the meta header's Media Storage SOP Instance UID equals the SOP Instance
        // UID; it stands in when the data set lacks (0008,0018).
        QString sopUid = ref[QStringLiteral("sopInstanceUid")].toString();
        if (sopUid.isEmpty())
            sopUid = ref[QStringLiteral("mediaStorageSopInstanceUid")].toString();
        QCOMPARE(h.sopInstanceUid, sopUid);
        QString sopClass = ref[QStringLiteral("sopClassUid")].toString();
        if (sopClass.isEmpty())
            sopClass = ref[QStringLiteral("mediaStorageSopClassUid")].toString();
        QCOMPARE(h.sopClassUid, sopClass);
        if (!ref[QStringLiteral("transferSyntaxUid")].toString().isEmpty())
            QCOMPARE(h.transferSyntaxUid, ref[QStringLiteral("transferSyntaxUid")].toString());
        QCOMPARE(h.studyInstanceUid, ref[QStringLiteral("studyInstanceUid")].toString());
        QCOMPARE(h.seriesInstanceUid, ref[QStringLiteral("seriesInstanceUid")].toString());
        QCOMPARE(h.patientId, ref[QStringLiteral("patientId")].toString());
        QCOMPARE(h.patientSex, ref[QStringLiteral("patientSex")].toString());
        QCOMPARE(h.studyDate, ref[QStringLiteral("studyDate")].toString());
        QCOMPARE(h.modality, ref[QStringLiteral("modality")].toString());
        QCOMPARE(h.manufacturer, ref[QStringLiteral("manufacturer")].toString());
        QCOMPARE(h.seriesNumber, ref[QStringLiteral("seriesNumber")].toInt());
        QCOMPARE(h.instanceNumber, ref[QStringLiteral("instanceNumber")].toInt());
        QCOMPARE(h.rows, ref[QStringLiteral("rows")].toInt());
        QCOMPARE(h.columns, ref[QStringLiteral("columns")].toInt());
        QCOMPARE(h.numberOfFrames, ref[QStringLiteral("numberOfFrames")].toInt());
        QCOMPARE(h.hasPixelData, ref[QStringLiteral("hasPixelData")].toBool());
        compareNumbers<2>(h.pixelSpacing, ref[QStringLiteral("pixelSpacing")], "pixel spacing");
        compareNumbers<3>(h.imagePositionPatient, ref[QStringLiteral("imagePositionPatient")], "image position");
        compareNumbers<6>(h.imageOrientationPatient, ref[QStringLiteral("imageOrientationPatient")], "image orientation");
        const QJsonValue kvp = ref[QStringLiteral("kvp")];
        QCOMPARE(h.kvp.has_value(), !kvp.isNull());
        if (h.kvp)
            QCOMPARE(*h.kvp, kvp.toArray().first().toDouble());
        const QJsonValue thickness = ref[QStringLiteral("sliceThickness")];
        QCOMPARE(h.sliceThickness.has_value(), !thickness.isNull());
        if (h.sliceThickness)
            QCOMPARE(*h.sliceThickness, thickness.toArray().first().toDouble());
        const QString age = ref[QStringLiteral("patientAge")].toString();
        if (age.size() == 4 && age.endsWith(QLatin1Char('Y')))
            QCOMPARE(h.patientAgeYears.value_or(-1), age.left(3).toInt());
    }

    /// Files without meta header: the encoding is auto-detected (pydicom's README names it).
    void detectsEncodingWithoutMetaHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("transferSyntax");
        QTest::newRow("big endian") << "ExplVR_BigEndNoMeta.dcm" << "1.2.840.10008.1.2.2";
        QTest::newRow("little endian") << "ExplVR_LitEndNoMeta.dcm" << "1.2.840.10008.1.2.1";
        QTest::newRow("implicit") << "no_meta_group_length.dcm" << "1.2.840.10008.1.2";
    }
    void detectsEncodingWithoutMetaHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, transferSyntax);
        const Result<InstanceHeader> header = readHeader(PydicomFiles + QLatin1Char('/') + file);
        QVERIFY2(header.ok(), header.ok() ? "" : qPrintable(header.error().message));
        QCOMPARE(header->transferSyntaxUid, transferSyntax);
    }

    /// Patient's Age wins; without it the age comes from birth date and study date.
    void patientAge_data()
    {
        QTest::addColumn<QStringList>("dcmodifyArgs");
        QTest::addColumn<int>("expectedYears");
        QTest::newRow("045Y") << QStringList{"-i", "PatientAge=045Y"} << 45;
        QTest::newRow("018M") << QStringList{"-i", "PatientAge=018M"} << 1;
        QTest::newRow("birthday not yet") << QStringList{"-ea", "PatientAge", "-i", "PatientBirthDate=19800615", "-i", "StudyDate=20200614"} << 39;
        QTest::newRow("on birthday") << QStringList{"-ea", "PatientAge", "-i", "PatientBirthDate=19800615", "-i", "StudyDate=20200615"} << 40;
        QTest::newRow("none") << QStringList{"-ea", "PatientAge", "-ea", "PatientBirthDate"} << -1;
    }
    void patientAge()
    {
        QFETCH(QStringList, dcmodifyArgs);
        QFETCH(int, expectedYears);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("ct.dcm"));
        QVERIFY(QFile::copy(SharedDicom + QStringLiteral("/ct-3slice/01.dcm"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess dcmodify;
        dcmodify.start(QStringLiteral("dcmodify"), QStringList{"-nb", "-q"} + dcmodifyArgs + QStringList{copy});
        QVERIFY(dcmodify.waitForFinished());
        QCOMPARE(dcmodify.exitCode(), 0);
        const Result<InstanceHeader> header = readHeader(copy);
        QVERIFY(header.ok());
        QCOMPARE(header->patientAgeYears.value_or(-1), expectedYears);
    }

    /// Broken inputs give an error that names the file; nothing crashes.
    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("zero bytes") << "empty";
        QTest::newRow("random bytes") << "random";
        QTest::newRow("text file") << "text";
        QTest::newRow("truncated in pixel data") << "truncated";
        QTest::newRow("truncated in header") << "truncatedHeader";
        QTest::newRow("missing") << "missing";
        QTest::newRow("pydicom MR_truncated") << "MR_truncated.dcm";
        QTest::newRow("pydicom rtplan_truncated") << "rtplan_truncated.dcm";
    }
    void rejectsBadFiles()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.filePath(kind + QStringLiteral(".dcm"));
        QFile original(SharedDicom + QStringLiteral("/ct-3slice/01.dcm"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray real = original.readAll();
        QFile file(path);
        if (kind.endsWith(QLatin1String(".dcm"))) {
            path = PydicomFiles + QLatin1Char('/') + kind;
        } else if (kind != QLatin1String("missing")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("random")) {
                QByteArray bytes(100000, Qt::Uninitialized);
                QRandomGenerator generator(42);
                for (char &c : bytes)
                    c = char(generator.bounded(256));
                file.write(bytes);
            } else if (kind == QLatin1String("text")) {
                file.write("Patient list\nThis is not a DICOM file, just some notes.\n");
            } else if (kind == QLatin1String("truncated")) {
                file.write(real.left(real.size() / 2));
            } else if (kind == QLatin1String("truncatedHeader")) {
                file.write(real.left(700));
            }
            file.close();
        }
        const Result<InstanceHeader> header = readHeader(path);
        QVERIFY2(!header.ok(), qPrintable(path));
        QVERIFY2(header.error().message.contains(path), qPrintable(header.error().message));
    }

    /// Folders are searched recursively; the result is sorted, absolute and without duplicates.
    void collectsFolders()
    {
        QStringList expected;
        QDirIterator it(SharedDicom, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            expected.append(QFileInfo(it.next()).absoluteFilePath());
        expected.sort();
        const QStringList files = collectCandidateFiles({SharedDicom, SharedDicom + QStringLiteral("/ct-3slice"),
                                                         SharedDicom + QStringLiteral("/ct-3slice/01.dcm")});
        QCOMPARE(files, expected);
    }

    /// A DICOMDIR yields the files its records reference (as pydicom reads them), not itself.
    void collectsDicomDir_data()
    {
        QTest::addColumn<QString>("dicomDir");
        QTest::newRow("DICOMDIR") << "DICOMDIR";
        QTest::newRow("implicit VR") << "DICOMDIR-implicit";
        QTest::newRow("big endian") << "DICOMDIR-bigEnd";
        QTest::newRow("TINY_ALPHA") << "TINY_ALPHA/DICOMDIR";
    }
    void collectsDicomDir()
    {
        QFETCH(QString, dicomDir);
        const QString path = PydicomFiles + QStringLiteral("/dicomdirtests/") + dicomDir;
        const QJsonDocument doc = pydicomReference({QStringLiteral("dicomdir"), path});
        QVERIFY(doc.isArray());
        QStringList expected;
        for (const QJsonValue &v : doc.array())
            expected.append(v.toString());
        QVERIFY(!expected.isEmpty());
        const QStringList files = collectCandidateFiles({path});
        QCOMPARE(files, expected);
        QVERIFY(!files.contains(QFileInfo(path).absoluteFilePath()));
    }
};

QTEST_GUILESS_MAIN(TestHeaderReader)
#include "tst_headerreader.moc"
