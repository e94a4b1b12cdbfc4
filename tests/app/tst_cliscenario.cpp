#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/LabelSchemas.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Users.h"

#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace {

using Run = etalon::testing::CliRun;
using etalon::testing::runCliAs;
using etalon::testing::testPassword;

} // namespace

/// The verification commands of etalon-cli as a script uses them: a study read twice with
/// different answers (readers driven through core), then disputes, arbitrate show/decide and
/// status --json through the real binary, with the documented exit codes.
class TestCliScenario : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    const QString m_code = QStringLiteral("DS_FT-I_DX_CHEST_CLI");
    QString m_study;
    qint64 m_disputeId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        qputenv("ETALON_PWHASH_FAST", "1");
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        Result<std::unique_ptr<store::Workspace>> created = store::Workspace::create(m_dir);
        QVERIFY(created.ok());
        store::Workspace &ws = **created;
        const Result<Session> admin = Users::createFirstCoordinator(
            ws, NewUser{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Coordinator, {}, testPassword(QStringLiteral("admin"))});
        QVERIFY(admin.ok());
        std::map<QString, Session> sessions;
        for (const auto &[login, role, years, degree] :
             {std::tuple{QStringLiteral("r1"), Role::Reader, 3, Degree::None}, std::tuple{QStringLiteral("r2"), Role::Reader, 6, Degree::None},
              std::tuple{QStringLiteral("e1"), Role::Expert, 15, Degree::Candidate}}) {
            QVERIFY(Users::add(ws, *admin, NewUser{login, login, role, {years, degree}, testPassword(login)}).ok());
            sessions.emplace(login, *Users::authenticate(ws, login, testPassword(login)));
        }
        dicom::Indexer indexer(ws);
        QVERIFY(indexer.importPaths({QStringLiteral(ETALON_SHARED_DICOM "/dx")}, {}).ok());
        m_study = store::Catalog(ws).studies()->first().studyInstanceUid;

        DatasetSpec spec;
        spec.code = m_code;
        spec.name = QStringLiteral("CLI scenario");
        spec.schema = *LabelSchemas::builtIn(QStringLiteral("custom-chest-xray"));
        QVERIFY(Datasets::create(ws, *admin, spec).ok());
        QVERIFY(Datasets::addStudies(ws, *admin, m_code, {StudyToAdd{m_study, {}}}).ok());
        QVERIFY(Readings::assign(ws, *admin, m_code, {}).ok());
        for (const auto &[login, cls] : {std::pair{QStringLiteral("r1"), QStringLiteral("NORMAL")},
                                         std::pair{QStringLiteral("r2"), QStringLiteral("ABNORMAL")}}) {
            const Session &s = sessions.at(login);
            const qint64 id = Readings::worklist(ws, s)->first().readingId;
            QVERIFY(Readings::start(ws, s, id).ok());
            QVERIFY(Readings::setStudyClass(ws, s, id, cls).ok());
            QVERIFY(Readings::submit(ws, s, id).ok());
        }
    }

    void helpForEachCommand()
    {
        for (const QString &command : {QStringLiteral("disputes"), QStringLiteral("arbitrate"), QStringLiteral("status")}) {
            const Run r = runCliAs({command, QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("Usage: etalon-cli " + command.toUtf8()));
            QVERIFY(r.out.contains("Exit codes"));
        }
        QCOMPARE(runCliAs({QStringLiteral("disputes"), m_dir, QStringLiteral("--user"), QStringLiteral("admin")}).exitCode, 2);
    }

    void listsDisputes()
    {
        const Run r = runCliAs({QStringLiteral("disputes"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dataset"),
                           m_code, QStringLiteral("--json")},
                          testPassword(QStringLiteral("admin")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject d = list[0].toObject();
        QCOMPARE(d.value(QStringLiteral("studyInstanceUid")).toString(), m_study);
        QCOMPARE(d.value(QStringLiteral("decided")).toBool(), false);
        QVERIFY(d.value(QStringLiteral("expert")).isDouble()); // e1 qualifies
        QCOMPARE(d.value(QStringLiteral("reasons")).toArray().size(), 1);
        m_disputeId = d.value(QStringLiteral("dispute")).toInteger();

        // A reader is refused (4); a wrong password fails authentication (3); no password: usage (2).
        const QStringList asReader{QStringLiteral("disputes"), m_dir, QStringLiteral("--user"), QStringLiteral("r1"),
                                   QStringLiteral("--dataset"), m_code};
        QCOMPARE(runCliAs(asReader, testPassword(QStringLiteral("r1"))).exitCode, 4);
        QCOMPARE(runCliAs(asReader, QStringLiteral("wrong-password")).exitCode, 3);
        QCOMPARE(runCliAs(asReader).exitCode, 2);
    }

    void showsTheCase()
    {
        const Run r = runCliAs({QStringLiteral("arbitrate"), QStringLiteral("show"), m_dir, QStringLiteral("--user"), QStringLiteral("e1"),
                           QStringLiteral("--dispute"), QString::number(m_disputeId), QStringLiteral("--json")},
                          testPassword(QStringLiteral("e1")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject c = QJsonDocument::fromJson(r.out).object();
        QSet<QString> classes{c.value(QStringLiteral("readingA")).toObject().value(QStringLiteral("studyClass")).toString(),
                              c.value(QStringLiteral("readingB")).toObject().value(QStringLiteral("studyClass")).toString()};
        QCOMPARE(classes, (QSet<QString>{QStringLiteral("NORMAL"), QStringLiteral("ABNORMAL")}));
        QCOMPARE(c.value(QStringLiteral("reasons")).toArray()[0].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("class_mismatch"));
        QVERIFY(c.value(QStringLiteral("decision")).isNull());
        // Readers cannot open the case (blinding holds until arbitration, and after it too).
        QCOMPARE(runCliAs({QStringLiteral("arbitrate"), QStringLiteral("show"), m_dir, QStringLiteral("--user"), QStringLiteral("r2"),
                      QStringLiteral("--dispute"), QString::number(m_disputeId)},
                     testPassword(QStringLiteral("r2")))
                     .exitCode,
                 4);
        m_classB = c.value(QStringLiteral("readingB")).toObject().value(QStringLiteral("studyClass")).toString();
    }

    void decidesAndReportsStatus()
    {
        const QStringList base{QStringLiteral("arbitrate"), m_dir, QStringLiteral("--user"), QStringLiteral("e1"),
                               QStringLiteral("--dispute"), QString::number(m_disputeId)};
        // Exclude without a reason, or an unknown decision: usage errors.
        QCOMPARE(runCliAs(base + QStringList{QStringLiteral("--decision"), QStringLiteral("exclude")}, testPassword(QStringLiteral("e1"))).exitCode, 2);
        QCOMPARE(runCliAs(base + QStringList{QStringLiteral("--decision"), QStringLiteral("maybe")}, testPassword(QStringLiteral("e1"))).exitCode, 2);
        // "own" without an own reading: the operation fails (1) and says what to do.
        const Run own = runCliAs(base + QStringList{QStringLiteral("--decision"), QStringLiteral("own")}, testPassword(QStringLiteral("e1")));
        QCOMPARE(own.exitCode, 1);
        QVERIFY(own.err.contains("arbitrate start"));

        const Run decided = runCliAs(base + QStringList{QStringLiteral("--decision"), QStringLiteral("accept_b")}, testPassword(QStringLiteral("e1")));
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        QCOMPARE(runCliAs(base + QStringList{QStringLiteral("--decision"), QStringLiteral("accept_a")}, testPassword(QStringLiteral("e1"))).exitCode, 1);

        const Run status = runCliAs({QStringLiteral("status"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dataset"),
                                m_code, QStringLiteral("--json")},
                               testPassword(QStringLiteral("admin")));
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QStringLiteral("completedPairs")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("disputedAfterTwoReads")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("disputedShare")).toDouble(), 1.0);
        QCOMPARE(s.value(QStringLiteral("excludedShare")).toDouble(), 0.0);
        QCOMPARE(s.value(QStringLiteral("finalByState")).toObject().value(QStringLiteral("arbitrated")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("finalClassCounts")).toObject().value(m_classB).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("reference")).toObject().value(QStringLiteral("disputedShare")).toDouble(), 0.25);
        QCOMPARE(runCliAs({QStringLiteral("status"), m_dir, QStringLiteral("--user"), QStringLiteral("r1"), QStringLiteral("--dataset"), m_code},
                     testPassword(QStringLiteral("r1")))
                     .exitCode,
                 4);
        QCOMPARE(runCliAs({QStringLiteral("audit"), QStringLiteral("verify"), m_dir}).exitCode, 0);
    }

private:
    QString m_classB;
};

QTEST_GUILESS_MAIN(TestCliScenario)
#include "tst_cliscenario.moc"
