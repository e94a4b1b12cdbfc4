#include "core/export/Manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::release;

/// MANIFEST.sha256 of a bundle folder, checked by GNU coreutils' sha256sum and by
/// Manifest::check after tampering.
class TestManifest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_bundle;

    static void writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }

    /// sha256sum -c MANIFEST.sha256 in folder: (exit code, output).
    static std::pair<int, QString> sha256sumCheck(const QString &folder)
    {
        QProcess p;
        p.setWorkingDirectory(folder);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("sha256sum"), {QStringLiteral("--strict"), QStringLiteral("-c"), QString::fromLatin1(Manifest::FileName)});
        if (!p.waitForFinished(60000))
            return {-1, QStringLiteral("sha256sum did not finish")};
        return {p.exitCode(), QString::fromUtf8(p.readAll())};
    }

    /// A bundle-like folder: real DICOM files copied in, tables, nested folders, a hidden
    /// file and names with spaces, non-ASCII letters and a backslash.
    void makeBundle(const QString &folder)
    {
        const QDir dicom(QStringLiteral(ETALON_PYDICOM_FILES));
        int copied = 0;
        for (const QString &name : {QStringLiteral("CT_small.dcm"), QStringLiteral("MR_small.dcm"), QStringLiteral("rtplan.dcm")}) {
            QDir().mkpath(folder + QStringLiteral("/dicom/study 1"));
            if (QFile::copy(dicom.filePath(name), folder + QStringLiteral("/dicom/study 1/") + name))
                ++copied;
        }
        QCOMPARE(copied, 3);
        writeFile(folder + QStringLiteral("/labels.csv"), "study,class\nS1,CT1\n");
        writeFile(folder + QStringLiteral("/README.md"), "# Набор данных\n");
        writeFile(folder + QStringLiteral("/masks/ёж.nii.gz"), QByteArray(1000, '\0'));
        writeFile(folder + QStringLiteral("/.hidden"), "x");
        writeFile(folder + QStringLiteral("/odd\\name.txt"), "backslash in the name");
        writeFile(folder + QStringLiteral("/empty.txt"), QByteArray());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty(), "coreutils' sha256sum is needed");
    }

    void init()
    {
        static int n = 0;
        m_bundle = m_tmp.filePath(QStringLiteral("bundle%1").arg(++n));
        makeBundle(m_bundle);
    }

    void sha256sumAcceptsTheManifest()
    {
        const Result<QString> written = Manifest::write(m_bundle);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const auto [code, output] = sha256sumCheck(m_bundle);
        QVERIFY2(code == 0, qPrintable(output));
        // Every file except the manifest was checked: 3 DICOM + 6 others.
        QCOMPARE(output.count(QStringLiteral(": OK")), 9);
        QVERIFY(!output.contains(QLatin1String(Manifest::FileName)));

        // The returned hash is the manifest file's own SHA-256.
        QFile manifest(QDir(m_bundle).filePath(QLatin1String(Manifest::FileName)));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray text = manifest.readAll();
        QCOMPARE(*written, QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));

        // Sorted relative paths with '/' separators.
        const Result<QList<ManifestEntry>> parsed = Manifest::parse(text, manifest.fileName());
        QVERIFY(parsed.ok());
        QStringList paths;
        for (const ManifestEntry &e : *parsed)
            paths.append(e.path);
        QVERIFY(paths.contains(QStringLiteral("dicom/study 1/CT_small.dcm")));
        QVERIFY(paths.contains(QStringLiteral("odd\\name.txt")));
        QStringList sorted = paths;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(paths, sorted);

        QVERIFY(Manifest::verify(m_bundle).ok());
        const Result<ManifestCheck> checked = Manifest::check(m_bundle);
        QVERIFY(checked.ok() && checked->ok());
        QCOMPARE(checked->listed, 9);
    }

    void writingAgainGivesTheSameManifest()
    {
        const Result<QString> first = Manifest::write(m_bundle);
        const Result<QString> second = Manifest::write(m_bundle);
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, *second);
    }

    void tamperingIsNamed()
    {
        QVERIFY(Manifest::write(m_bundle).ok());
        // One byte changed in a DICOM file.
        const QString ct = m_bundle + QStringLiteral("/dicom/study 1/CT_small.dcm");
        {
            QFile f(ct);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(1000));
            char c = 0;
            QVERIFY(f.getChar(&c));
            QVERIFY(f.seek(1000));
            QVERIFY(f.putChar(char(c ^ 0x01)));
        }
        QVERIFY(QFile::remove(m_bundle + QStringLiteral("/labels.csv")));
        writeFile(m_bundle + QStringLiteral("/masks/added.nii.gz"), "new");

        const Result<ManifestCheck> checked = Manifest::check(m_bundle);
        QVERIFY(checked.ok());
        QCOMPARE(checked->changed, QStringList{QStringLiteral("dicom/study 1/CT_small.dcm")});
        QCOMPARE(checked->missing, QStringList{QStringLiteral("labels.csv")});
        QCOMPARE(checked->extra, QStringList{QStringLiteral("masks/added.nii.gz")});

        const Result<void> verified = Manifest::verify(m_bundle);
        QVERIFY(!verified.ok());
        QCOMPARE(verified.error().code, ErrorCode::CorruptData);
        QVERIFY2(verified.error().message.contains(QStringLiteral("CT_small.dcm")), qPrintable(verified.error().message));
        QVERIFY(verified.error().message.contains(QStringLiteral("labels.csv")));
        QVERIFY(verified.error().message.contains(QStringLiteral("added.nii.gz")));

        // coreutils agrees on the changed and the missing file.
        const auto [code, output] = sha256sumCheck(m_bundle);
        QVERIFY(code != 0);
        QVERIFY2(output.contains(QStringLiteral("dicom/study 1/CT_small.dcm: FAILED")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("labels.csv: FAILED open or read")), qPrintable(output));
    }

    void manyChangesAreSummarised()
    {
        QVERIFY(Manifest::write(m_bundle).ok());
        for (int i = 0; i < 6; ++i)
            writeFile(m_bundle + QStringLiteral("/extra/f%1.txt").arg(i), "x");
        const Result<void> verified = Manifest::verify(m_bundle);
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().message.contains(QStringLiteral("extra/f0.txt")));
        QVERIFY2(verified.error().message.contains(QStringLiteral("3 more")), qPrintable(verified.error().message));
        QVERIFY(!verified.error().message.contains(QStringLiteral("extra/f5.txt")));
    }

    void missingOrDamagedManifestIsAnError()
    {
        const Result<ManifestCheck> none = Manifest::check(m_bundle);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QVERIFY(none.error().message.contains(QLatin1String(Manifest::FileName)));

        writeFile(QDir(m_bundle).filePath(QLatin1String(Manifest::FileName)), "not a checksum line\n");
        const Result<ManifestCheck> damaged = Manifest::check(m_bundle);
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.error().code, ErrorCode::CorruptData);
        QVERIFY(damaged.error().message.contains(QStringLiteral("Line 1")));

        QVERIFY(!Manifest::write(m_tmp.filePath(QStringLiteral("no-such-folder"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
