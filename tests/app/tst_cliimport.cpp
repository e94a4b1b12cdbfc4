#include "tests/support/DicomReference.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString SharedDicom = QStringLiteral(ETALON_SHARED_DICOM);

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the real etalon-cli binary.
Run cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_LANG"), QStringLiteral("en"));
    // workspace create makes the first coordinator with this password.
    env.insert(QStringLiteral("ETALON_PASSWORD"), QStringLiteral("test-coordinator-password"));
    env.insert(QStringLiteral("ETALON_PWHASH_FAST"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        if (!etalon::testing::pydicomAvailable())
            QSKIP("needs Debian's python3 with python3-pydicom for reference counts");
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("workspace without dir") << QStringList{"workspace", "create"};
        QTest::newRow("workspace unknown verb") << QStringList{"workspace", "delete", "/tmp/x"};
        QTest::newRow("import without --from") << QStringList{"import", "/tmp/x"};
        QTest::newRow("import without paths") << QStringList{"import", "/tmp/x", "--from"};
        QTest::newRow("import unknown option") << QStringList{"import", "/tmp/x", "--from", "/tmp", "--fast"};
        QTest::newRow("list without dir") << QStringList{"list"};
        QTest::newRow("list unknown option") << QStringList{"list", "/tmp/x", "--xml"};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void helpDocumentsJson()
    {
        const Run import = cli({"import", "--help"});
        QCOMPARE(import.exitCode, 0);
        QVERIFY(import.out.contains("instancesAlreadyPresent"));
        const Run list = cli({"list", "--help"});
        QCOMPARE(list.exitCode, 0);
        for (const char *key : {"studyInstanceUid", "seriesInstanceUid", "instanceCount", "frameCount", "modalities"})
            QVERIFY2(list.out.contains(key), key);
        QCOMPARE(cli({"workspace", "--help"}).exitCode, 0);
    }

    void createRefusesExistingWorkspace()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("ws"));
        const Run first = cli({"workspace", "create", dir});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(dir + QStringLiteral("/etalon.sqlite")));
        QVERIFY(QFileInfo(dir + QStringLiteral("/storage")).isDir());
        const Run second = cli({"workspace", "create", dir});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("already holds an Etalon workspace"), second.err.constData());
    }

    /// import --json and list --json agree with pydicom's grouping of the shared data;
    /// a second import adds nothing and still exits 0.
    void importAndListMatchReference()
    {
        const etalon::testing::SeriesReference ref = etalon::testing::pydicomSeries({SharedDicom});
        QVERIFY(ref.valid);
        int expectedInstances = 0;
        QSet<QString> expectedStudies;
        for (const QJsonValue &s : ref.series) {
            expectedInstances += s.toObject().value(QStringLiteral("instances")).toInt();
            expectedStudies.insert(s.toObject().value(QStringLiteral("study")).toString());
        }

        QTemporaryDir tmp;
        QCOMPARE(cli({"workspace", "create", tmp.path()}).exitCode, 0);
        const Run import = cli({"import", tmp.path(), "--from", SharedDicom, "--json"});
        QCOMPARE(import.exitCode, 0);
        const QJsonObject report = json(import);
        QCOMPARE(report.value(QStringLiteral("instancesAdded")).toInt(), expectedInstances);
        QCOMPARE(report.value(QStringLiteral("seriesAdded")).toInt(), int(ref.series.size()));
        QCOMPARE(report.value(QStringLiteral("studiesAdded")).toInt(), int(expectedStudies.size()));
        QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(), false);
        const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), ref.unreadable.size());
        for (const QJsonValue &p : problems) {
            QVERIFY(ref.unreadable.contains(p.toObject().value(QStringLiteral("path")).toString()));
            QVERIFY(!p.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        }

        const Run list = cli({"list", tmp.path(), "--json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject listed = json(list);
        QCOMPARE(listed.value(QStringLiteral("instanceCount")).toInt(), expectedInstances);
        QCOMPARE(listed.value(QStringLiteral("studyCount")).toInt(), int(expectedStudies.size()));
        int seriesSeen = 0;
        for (const QJsonValue &studyValue : listed.value(QStringLiteral("studies")).toArray()) {
            const QJsonObject study = studyValue.toObject();
            int instancesInStudy = 0;
            const QJsonArray series = study.value(QStringLiteral("series")).toArray();
            QCOMPARE(study.value(QStringLiteral("seriesCount")).toInt(), int(series.size()));
            for (const QJsonValue &seriesValue : series) {
                const QJsonObject s = seriesValue.toObject();
                const QJsonObject expected = ref.series.value(s.value(QStringLiteral("seriesInstanceUid")).toString()).toObject();
                QVERIFY(!expected.isEmpty());
                QCOMPARE(expected.value(QStringLiteral("study")).toString(), study.value(QStringLiteral("studyInstanceUid")).toString());
                QCOMPARE(s.value(QStringLiteral("instanceCount")).toInt(), expected.value(QStringLiteral("instances")).toInt());
                QCOMPARE(s.value(QStringLiteral("frameCount")).toInt(), expected.value(QStringLiteral("frames")).toInt());
                instancesInStudy += s.value(QStringLiteral("instanceCount")).toInt();
                ++seriesSeen;
            }
            QCOMPARE(study.value(QStringLiteral("instanceCount")).toInt(), instancesInStudy);
        }
        QCOMPARE(seriesSeen, int(ref.series.size()));

        const Run again = cli({"import", tmp.path(), "--from", SharedDicom, "--json"});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).value(QStringLiteral("instancesAdded")).toInt(), 0);
        QVERIFY(json(again).value(QStringLiteral("instancesAlreadyPresent")).toInt() >= expectedInstances);

        const Run text = cli({"list", tmp.path()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("FSE PD AXIAL OBL")); // mr-series-20's series description
    }

    /// Nothing importable: exit 1, with each file named in the problems.
    void nothingImportableExitsOne()
    {
        QTemporaryDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({"workspace", "create", ws}).exitCode, 0);
        const QString input = tmp.filePath(QStringLiteral("junk"));
        QDir().mkpath(input);
        QFile text(input + QStringLiteral("/notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello\n");
        text.close();
        QFile empty(input + QStringLiteral("/empty.dcm"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        const Run run = cli({"import", ws, "--from", input, "--json"});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray problems = json(run).value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 2);
        QStringList paths;
        for (const QJsonValue &p : problems)
            paths.append(p.toObject().value(QStringLiteral("path")).toString());
        paths.sort();
        QCOMPARE(paths, (QStringList{input + QStringLiteral("/empty.dcm"), input + QStringLiteral("/notes.txt")}));

        const Run noWorkspace = cli({"import", tmp.filePath(QStringLiteral("nope")), "--from", SharedDicom});
        QCOMPARE(noWorkspace.exitCode, 1);
        QVERIFY(noWorkspace.err.contains("workspace create"));
    }

    /// --copy places the files in the workspace's storage.
    void copyOption()
    {
        QTemporaryDir tmp;
        QCOMPARE(cli({"workspace", "create", tmp.path()}).exitCode, 0);
        const Run run = cli({"import", tmp.path(), "--from", SharedDicom + QStringLiteral("/ct-3slice"), "--copy", "--json"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run).value(QStringLiteral("instancesAdded")).toInt(), 3);
        int stored = 0;
        QDirIterator it(tmp.filePath(QStringLiteral("storage")), {QStringLiteral("*.dcm")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++stored;
        }
        QCOMPARE(stored, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
