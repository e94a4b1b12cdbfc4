#include "core/dicom/VolumeLoader.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using etalon::core::dicom::VolumeLoader;

/// Broken input must give a Result error naming the file and saying what is wrong — never a
/// crash, a hang or a huge allocation.
class TestCorruptFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rejected_data();
    void rejected();

private:
    /// Rewrites attributes of a real file with pydicom (independent of the code under test).
    QString modified(const QString &source, const QString &name, const QString &assignments);
    QString copyTruncated(const QString &source, const QString &name, double fraction);

    QTemporaryDir m_dir;
};

void TestCorruptFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestCorruptFiles::modified(const QString &source, const QString &name, const QString &assignments)
{
    const QString target = m_dir.filePath(name);
    const QString script = QStringLiteral("import pydicom,sys\nd=pydicom.dcmread(sys.argv[1])\n%1\nd.save_as(sys.argv[2])\n")
                               .arg(assignments);
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, source, target});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return target;
}

QString TestCorruptFiles::copyTruncated(const QString &source, const QString &name, double fraction)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = in.readAll();
    const QString target = m_dir.filePath(name);
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(data.left(qsizetype(double(data.size()) * fraction)));
    return target;
}

void TestCorruptFiles::rejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<ErrorCode>>("codes");
    QTest::addColumn<QString>("says");
    const QString ct = QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice/01.dcm");
    const QString emriJls = QStringLiteral(ETALON_SHARED_DICOM "/mr-enhanced/emri_small_jpeg_ls_lossless.dcm");
    const QString emri = QStringLiteral(ETALON_SHARED_DICOM "/mr-enhanced/emri_small.dcm");

    const QString empty = m_dir.filePath(QStringLiteral("empty.dcm"));
    QFile(empty).open(QIODevice::WriteOnly);
    QTest::newRow("zero bytes") << empty << QList<ErrorCode>{ErrorCode::NotDicom} << QStringLiteral("empty");

    const QString random = m_dir.filePath(QStringLiteral("random.dcm"));
    {
        QFile f(random);
        f.open(QIODevice::WriteOnly);
        QByteArray bytes(64 * 1024, '\0');
        QRandomGenerator gen(42);
        for (char &c : bytes)
            c = char(gen.bounded(256));
        f.write(bytes);
    }
    QTest::newRow("random bytes") << random << QList<ErrorCode>{ErrorCode::NotDicom} << QStringLiteral("not a DICOM");

    QTest::newRow("truncated in pixel data") << copyTruncated(ct, QStringLiteral("half.dcm"), 0.5)
                                             << QList<ErrorCode>{ErrorCode::CorruptData} << QStringLiteral("truncated");
    QTest::newRow("truncated in header") << copyTruncated(ct, QStringLiteral("head.dcm"), 0.05)
                                         << QList<ErrorCode>{ErrorCode::CorruptData} << QString();
    QTest::newRow("pydicom MR_truncated") << QStringLiteral(ETALON_PYDICOM_FILES "/MR_truncated.dcm")
                                          << QList<ErrorCode>{ErrorCode::CorruptData} << QString();
    QTest::newRow("rows/columns 65535, tiny pixel data")
        << modified(ct, QStringLiteral("huge.dcm"), QStringLiteral("d.Rows=65535\nd.Columns=65535"))
        << QList<ErrorCode>{ErrorCode::CorruptData, ErrorCode::Unsupported} << QStringLiteral("65535");
    QTest::newRow("number of frames 2000000000")
        << modified(emri, QStringLiteral("frames.dcm"), QStringLiteral("d.NumberOfFrames=2000000000"))
        << QList<ErrorCode>{ErrorCode::CorruptData, ErrorCode::Unsupported} << QStringLiteral("2000000000");
    QTest::newRow("JPEG-LS with absurd dimensions")
        << modified(emriJls, QStringLiteral("jls-huge.dcm"), QStringLiteral("d.Rows=65535\nd.Columns=65535"))
        << QList<ErrorCode>{ErrorCode::CorruptData, ErrorCode::Unsupported} << QStringLiteral("65535");
    QTest::newRow("JPEG-LS with wrong dimensions")
        << modified(emriJls, QStringLiteral("jls-wrong.dcm"), QStringLiteral("d.Rows=128\nd.Columns=128"))
        << QList<ErrorCode>{ErrorCode::CorruptData} << QString();
    QTest::newRow("bits allocated 12")
        << modified(ct, QStringLiteral("bits.dcm"), QStringLiteral("d.BitsAllocated=12"))
        << QList<ErrorCode>{ErrorCode::Unsupported} << QStringLiteral("Bits Allocated");
    QTest::newRow("no pixel data (RT plan)") << QStringLiteral(ETALON_PYDICOM_FILES "/rtplan.dcm")
                                             << QList<ErrorCode>{ErrorCode::Unsupported} << QStringLiteral("no pixel data");
    QTest::newRow("missing file") << m_dir.filePath(QStringLiteral("absent.dcm")) << QList<ErrorCode>{ErrorCode::NotFound}
                                  << QString();
}

void TestCorruptFiles::rejected()
{
    QFETCH(QString, file);
    QFETCH(QList<ErrorCode>, codes);
    QFETCH(QString, says);
    QVERIFY(!file.isEmpty());
    auto v = VolumeLoader::loadFile(file);
    QVERIFY2(!v.ok(), "a broken file was accepted");
    QVERIFY2(codes.contains(v.error().code), qPrintable(v.error().message));
    QVERIFY2(v.error().message.contains(file), qPrintable(v.error().message));
    if (!says.isEmpty())
        QVERIFY2(v.error().message.contains(says, Qt::CaseInsensitive), qPrintable(v.error().message));
}

QTEST_GUILESS_MAIN(TestCorruptFiles)
#include "tst_corruptfiles.moc"
