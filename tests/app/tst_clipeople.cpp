#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = etalon::testing::CliRun;

/// The real etalon-cli with the given passwords (unset when empty), at the real hashing cost.
Run cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {})
{
    return etalon::testing::runCli(args, {password, newPassword, false});
}

const QString AdminPassword = QStringLiteral("admin-secret-1");
const QString ReaderPassword = QStringLiteral("reader-secret-1");

} // namespace

class TestCliPeople : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
    }

    /// Without a password (no variable, no terminal) nothing is created.
    void workspaceCreateNeedsAPassword()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("nopassword"));
        const Run r = cli({"workspace", "create", dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ETALON_PASSWORD"), r.err.constData());
        QVERIFY(!QFile::exists(dir + QStringLiteral("/etalon.sqlite")));
        const Run shortPassword = cli({"workspace", "create", dir}, QStringLiteral("short"));
        QCOMPARE(shortPassword.exitCode, 2);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/etalon.sqlite")));
    }

    void workspaceCreateMakesTheCoordinator()
    {
        const Run r = cli({"workspace", "create", m_ws, "--admin", "chief", "--name", "Chief Coordinator"}, AdminPassword);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("chief"));
        const Run list = cli({"user", "list", m_ws, "--user", "chief", "--json"}, AdminPassword);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0)[QStringLiteral("login")].toString(), QStringLiteral("chief"));
        QCOMPARE(users.at(0)[QStringLiteral("role")].toString(), QStringLiteral("coordinator"));
        QCOMPARE(users.at(0)[QStringLiteral("fullName")].toString(), QStringLiteral("Chief Coordinator"));
    }

    void userAddAndExitCodes()
    {
        Run r = cli({"user", "add", m_ws, "--user", "chief", "--login", "reader1", "--name", "Anna Reader", "--role", "reader",
                     "--years", "4"},
                    AdminPassword, ReaderPassword);
        QCOMPARE(r.exitCode, 0);
        r = cli({"user", "add", m_ws, "--user", "chief", "--login", "expert1", "--name", "Boris Expert", "--role", "expert",
                 "--years", "20", "--degree", "doctor"},
                AdminPassword, QStringLiteral("expert-secret"));
        QCOMPARE(r.exitCode, 0);

        // 3: wrong password, unknown user.
        r = cli({"user", "list", m_ws, "--user", "chief", "--json"}, QStringLiteral("not the password"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(cli({"user", "list", m_ws, "--user", "ghost"}, AdminPassword).exitCode, 3);
        // 4: a reader adding a user or listing users.
        r = cli({"user", "add", m_ws, "--user", "reader1", "--login", "x1", "--name", "X", "--role", "coordinator"}, ReaderPassword,
                QStringLiteral("whatever-1"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("only coordinators"), r.err.constData());
        QCOMPARE(cli({"user", "list", m_ws, "--user", "reader1"}, ReaderPassword).exitCode, 4);
        QCOMPARE(cli({"user", "list", m_ws, "--user", "expert1"}, QStringLiteral("expert-secret")).exitCode, 4);
        // 2: usage errors and a missing new password.
        QCOMPARE(cli({"user", "add", m_ws, "--user", "chief", "--login", "x2", "--name", "X", "--role", "boss"}, AdminPassword).exitCode, 2);
        QCOMPARE(cli({"user", "add", m_ws, "--user", "chief", "--login", "x2", "--name", "X", "--role", "reader"}, AdminPassword).exitCode, 2);
        QCOMPARE(cli({"user", "list", m_ws}, AdminPassword).exitCode, 2);
        QCOMPARE(cli({"user", "list", m_ws, "--user", "chief"}).exitCode, 2);
        QCOMPARE(cli({"user", "frobnicate", m_ws}).exitCode, 2);
        // 1: the login exists.
        QCOMPARE(cli({"user", "add", m_ws, "--user", "chief", "--login", "reader1", "--name", "A", "--role", "reader"}, AdminPassword,
                     ReaderPassword)
                     .exitCode,
                 1);

        const Run list = cli({"user", "list", m_ws, "--user", "chief", "--json"}, AdminPassword);
        const QJsonArray users = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(users.size(), 3);
        QCOMPARE(users.at(1)[QStringLiteral("login")].toString(), QStringLiteral("expert1"));
        QCOMPARE(users.at(1)[QStringLiteral("degree")].toString(), QStringLiteral("doctor"));
        QCOMPARE(users.at(1)[QStringLiteral("yearsExperience")].toInt(), 20);
    }

    void datasets()
    {
        QCOMPARE(cli({"import", m_ws, "--from", ETALON_SHARED_DICOM "/ct-3slice", ETALON_SHARED_DICOM "/mr-series-20"}).exitCode, 0);
        const QStringList create{"dataset", "create", m_ws, "--code", "DS_CT-I_CT_OGK_COVID", "--name", "COVID calibration",
                                 "--purpose", "calibration", "--schema", "covid-ct-severity", "--target", "CT0=100", "--target",
                                 "CT1=25", "--hd95", "5", "--json"};
        // A reader may not create one.
        Run r = cli(create + QStringList{"--user", "reader1"}, ReaderPassword);
        QCOMPARE(r.exitCode, 4);
        r = cli(create + QStringList{"--user", "chief"}, AdminPassword);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject dataset = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(dataset[QStringLiteral("code")].toString(), QStringLiteral("DS_CT-I_CT_OGK_COVID"));
        QCOMPARE(dataset[QStringLiteral("classTargets")][QStringLiteral("CT1")].toInt(), 25);
        QCOMPARE(dataset[QStringLiteral("thresholds")][QStringLiteral("hd95Mm")].toDouble(), 5.0);
        QCOMPARE(dataset[QStringLiteral("thresholds")][QStringLiteral("iou")].toDouble(), 0.5);
        QCOMPARE(dataset[QStringLiteral("schema")][QStringLiteral("classes")].toArray().size(), 5);

        // Bad code: exit 1 with the pattern in the message.
        QStringList bad = create;
        bad[4] = QStringLiteral("covid");
        r = cli(bad + QStringList{"--user", "chief"}, AdminPassword);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("DS_<test>"), r.err.constData());

        // Add studies: the listed ones, the series as data unit, unknown UIDs reported (exit 1).
        const Run listed = cli({"list", m_ws, "--json"});
        const QJsonArray studies = QJsonDocument::fromJson(listed.out).object()[QStringLiteral("studies")].toArray();
        QCOMPARE(studies.size(), 2);
        const QString a = studies.at(0)[QStringLiteral("studyInstanceUid")].toString();
        const QString b = studies.at(1)[QStringLiteral("studyInstanceUid")].toString();
        const QString bSeries = studies.at(1)[QStringLiteral("series")][0][QStringLiteral("seriesInstanceUid")].toString();
        r = cli({"dataset", "add-studies", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "reader1", a}, ReaderPassword);
        QCOMPARE(r.exitCode, 4);
        r = cli({"dataset", "add-studies", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "chief", a, b + QLatin1Char('/') + bSeries, "9.9.9",
                 "--json"},
                AdminPassword);
        QCOMPARE(r.exitCode, 1);
        QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report[QStringLiteral("added")].toArray().size(), 2);
        QCOMPARE(report[QStringLiteral("unknown")].toArray(), QJsonArray{QStringLiteral("9.9.9")});
        QVERIFY(r.err.contains("9.9.9"));
        r = cli({"dataset", "add-studies", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "chief", "--all", "--json"}, AdminPassword);
        QCOMPARE(r.exitCode, 0);
        report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report[QStringLiteral("added")].toArray().size(), 0);
        // Listing them again: already there, nothing added; the whole study b is refused
        // because its series is the data unit there.
        r = cli({"dataset", "add-studies", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "chief", a, b, "--json"}, AdminPassword);
        QCOMPARE(r.exitCode, 1);
        report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report[QStringLiteral("alreadyPresent")].toArray(), QJsonArray{a});
        QCOMPARE(report[QStringLiteral("problems")][0][QStringLiteral("studyInstanceUid")].toString(), b);

        r = cli({"dataset", "show", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "chief", "--json"}, AdminPassword);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray members = QJsonDocument::fromJson(r.out).object()[QStringLiteral("studies")].toArray();
        QCOMPARE(members.size(), 2);
        QVERIFY(members.at(0)[QStringLiteral("seriesInstanceUid")].isNull());
        QCOMPARE(members.at(1)[QStringLiteral("seriesInstanceUid")].toString(), bSeries);
        // A reader without readings in it does not see it.
        QCOMPARE(cli({"dataset", "show", m_ws, "DS_CT-I_CT_OGK_COVID", "--user", "reader1"}, ReaderPassword).exitCode, 1);
        r = cli({"dataset", "list", m_ws, "--user", "reader1", "--json"}, ReaderPassword);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());

        r = cli({"dataset", "schemas", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 5);
    }

    void auditListAndVerify()
    {
        QCOMPARE(cli({"audit", "list", m_ws, "--user", "reader1"}, ReaderPassword).exitCode, 4);
        Run r = cli({"audit", "list", m_ws, "--user", "chief", "--json"}, AdminPassword);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out).array();
        QStringList actions;
        for (const QJsonValue &e : entries)
            actions.append(e[QStringLiteral("action")].toString());
        QCOMPARE(actions, (QStringList{"user.add", "user.add", "user.add", "dataset.create", "dataset.add_studies"}));
        QVERIFY(entries.at(0)[QStringLiteral("actor")].isNull());
        QCOMPARE(entries.at(1)[QStringLiteral("actor")].toString(), QStringLiteral("chief"));

        r = cli({"audit", "verify", m_ws, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()[QStringLiteral("rows")].toInt(), 5);

        // Tamper with row 3 around the trigger: verify names it and fails.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_ws + QStringLiteral("/etalon.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET details_json = replace(details_json, 'expert', 'reader') WHERE id = 3")));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        r = cli({"audit", "verify", m_ws});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("row 3"), r.err.constData());
    }

    void helpDocumentsExitCodes()
    {
        for (const char *command : {"user", "dataset", "audit", "workspace"}) {
            const Run r = cli({QLatin1String(command), "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("Exit codes"), command);
        }
        const Run top = cli({"--help"});
        QVERIFY(top.out.contains("4 permission denied"));
    }
};

QTEST_GUILESS_MAIN(TestCliPeople)
#include "tst_clipeople.moc"
