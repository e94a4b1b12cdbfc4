#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = etalon::testing::CliRun;

/// The real etalon-cli with the password of login (login + "-pass-1").
Run cli(const QStringList &args, const QString &login = {}, const QString &newPassword = {})
{
    return etalon::testing::runCli(args, {login.isEmpty() ? QString() : login + QStringLiteral("-pass-1"), newPassword});
}

} // namespace

/// The reading commands as a script uses them: assign, worklists, a reader's edits, submit,
/// reopen, and the exit codes for refusals.
class TestCliReading : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_ws;
    const QString Code = QStringLiteral("DS_FT-I_CT_OGK_CLI");
    qint64 m_r1 = 0;
    qint64 m_r2 = 0;

    QJsonArray worklist(const QString &login)
    {
        const Run r = cli({"worklist", m_ws, "--user", login, "--json"}, login);
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        QCOMPARE(cli({"workspace", "create", m_ws, "--admin", "chief"}, QStringLiteral("chief")).exitCode, 0);
        for (const char *login : {"r1", "r2"}) {
            const Run r = cli({"user", "add", m_ws, "--user", "chief", "--login", login, "--name", "Reader", "--role", "reader"},
                              QStringLiteral("chief"), QString::fromLatin1(login) + QStringLiteral("-pass-1"));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QCOMPARE(cli({"import", m_ws, "--from", ETALON_SHARED_DICOM "/ct-3slice"}).exitCode, 0);
        const Run created = cli({"dataset", "create", m_ws, "--user", "chief", "--code", Code, "--name", "CLI set", "--purpose",
                                 "functional", "--schema", "custom-chest-xray"},
                                QStringLiteral("chief"));
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QCOMPARE(cli({"dataset", "add-studies", m_ws, Code, "--user", "chief", "--all"}, QStringLiteral("chief")).exitCode, 0);
    }

    void helpForEachCommand()
    {
        for (const char *command : {"assign", "worklist", "reading"}) {
            const Run r = cli({command, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("add-finding") && r.out.contains("Exit codes") && r.out.contains("5 not allowed"));
        }
        QVERIFY(cli({"--help"}).out.contains("worklist"));
        QCOMPARE(cli({"reading", "fly", m_ws, "--user", "r1", "--reading", "1"}).exitCode, 2);
        QCOMPARE(cli({"reading", "start", m_ws, "--user", "r1"}).exitCode, 2);
    }

    void assignByCoordinatorOnly()
    {
        QCOMPARE(cli({"assign", m_ws, "--user", "r1", "--dataset", Code}, QStringLiteral("r1")).exitCode, 4);
        QCOMPARE(cli({"assign", m_ws, "--user", "r1", "--dataset", Code}, QStringLiteral("nobody")).exitCode, 3);
        const Run r = cli({"assign", m_ws, "--user", "chief", "--dataset", Code, "--readers", "r1,r2", "--json"}, QStringLiteral("chief"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("studiesAssigned")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("workload")).toObject().value(QStringLiteral("r1")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("workload")).toObject().value(QStringLiteral("r2")).toInt(), 1);
        const QJsonArray w1 = worklist(QStringLiteral("r1"));
        const QJsonArray w2 = worklist(QStringLiteral("r2"));
        QCOMPARE(w1.size(), 1);
        QCOMPARE(w2.size(), 1);
        m_r1 = w1.at(0).toObject().value(QStringLiteral("reading")).toInteger();
        m_r2 = w2.at(0).toObject().value(QStringLiteral("reading")).toInteger();
        QVERIFY(m_r1 != m_r2);
        QCOMPARE(w1.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("assigned"));
        QCOMPARE(w1.at(0).toObject().value(QStringLiteral("modalities")).toString(), QStringLiteral("CT"));
    }

    void readerScript()
    {
        const QString id = QString::number(m_r1);
        const auto r1 = [&](const QStringList &args) { return cli(args, QStringLiteral("r1")); };
        // Not started yet: state refusal.
        QCOMPARE(r1({"reading", "set-class", m_ws, "--user", "r1", "--reading", id, "--class", "NORMAL"}).exitCode, 5);
        QCOMPARE(r1({"reading", "start", m_ws, "--user", "r1", "--reading", id}).exitCode, 0);
        QCOMPARE(r1({"reading", "set-class", m_ws, "--user", "r1", "--reading", id, "--class", "CT3"}).exitCode, 1);
        QCOMPARE(r1({"reading", "set-class", m_ws, "--user", "r1", "--reading", id, "--class", "ABNORMAL"}).exitCode, 0);
        const Run point = r1({"reading", "add-finding", m_ws, "--user", "r1", "--reading", id, "--point", "100,120.5,1", "--diameter", "8",
                              "--label", "NODULE", "--attr", "certainty=definite"});
        QVERIFY2(point.exitCode == 0, point.err.constData());
        const Run box = r1({"reading", "add-finding", m_ws, "--user", "r1", "--reading", id, "--box", "9.5,19.5,40.5,60.5,0,2",
                            "--label", "EFFUSION", "--json"});
        QVERIFY2(box.exitCode == 0, box.err.constData());
        const Run contour = r1({"reading", "add-finding", m_ws, "--user", "r1", "--reading", id, "--contour", "1:10,10;50,10;30,40",
                                "--contour", "2:11,11;49,12;30,39", "--label", "INFILTRATE"});
        QVERIFY2(contour.exitCode == 0, contour.err.constData());
        QCOMPARE(r1({"reading", "add-finding", m_ws, "--user", "r1", "--reading", id, "--box", "0,0,600,10", "--label", "NODULE"}).exitCode, 1);
        QCOMPARE(r1({"reading", "add-finding", m_ws, "--user", "r1", "--reading", id, "--box", "0,0,x,10"}).exitCode, 2);
        QCOMPARE(r1({"reading", "comment", m_ws, "--user", "r1", "--reading", id, "--text", "right lower lobe"}).exitCode, 0);
        QCOMPARE(r1({"reading", "time", m_ws, "--user", "r1", "--reading", id, "--seconds", "90"}).exitCode, 0);
        QCOMPARE(r1({"reading", "remove-finding", m_ws, "--user", "r1", "--finding", QString::fromLatin1(contour.out.trimmed())}).exitCode, 0);

        const Run shown = r1({"reading", "show", m_ws, "--user", "r1", "--reading", id, "--json"});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject reading = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(reading.value(QStringLiteral("state")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(reading.value(QStringLiteral("studyClass")).toString(), QStringLiteral("ABNORMAL"));
        QCOMPARE(reading.value(QStringLiteral("comment")).toString(), QStringLiteral("right lower lobe"));
        QCOMPARE(reading.value(QStringLiteral("secondsSpent")).toInt(), 90);
        const QJsonArray findings = reading.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("id")).toInteger(), point.out.trimmed().toLongLong());
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("geometry")).toObject(),
                 QJsonDocument::fromJson(R"({"index":[100,120.5,1],"diameterMm":8})").object());
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("id")).toInteger(),
                 QJsonDocument::fromJson(box.out).object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(findings.at(1).toObject().value(QStringLiteral("geometry")).toObject(),
                 QJsonDocument::fromJson(R"({"i0":9.5,"j0":19.5,"i1":40.5,"j1":60.5,"k0":0,"k1":2})").object());

        // Blinding through the CLI: r2 asking for r1's reading gets what a missing id gets.
        const Run other = cli({"reading", "show", m_ws, "--user", "r2", "--reading", id}, QStringLiteral("r2"));
        const Run missing = cli({"reading", "show", m_ws, "--user", "r2", "--reading", "999"}, QStringLiteral("r2"));
        QCOMPARE(other.exitCode, missing.exitCode);
        QCOMPARE(QString::fromUtf8(other.err).replace(id, QStringLiteral("#")), QString::fromUtf8(missing.err).replace(QStringLiteral("999"), QStringLiteral("#")));
        QCOMPARE(cli({"reading", "comment", m_ws, "--user", "chief", "--reading", id, "--text", "x"}, QStringLiteral("chief")).exitCode, 4);

        QCOMPARE(r1({"reading", "submit", m_ws, "--user", "r1", "--reading", id}).exitCode, 0);
        QCOMPARE(r1({"reading", "comment", m_ws, "--user", "r1", "--reading", id, "--text", "late"}).exitCode, 5);
        QCOMPARE(worklist(QStringLiteral("r1")).at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
        QCOMPARE(r1({"reading", "reopen", m_ws, "--user", "r1", "--reading", id, "--reason", "mine"}).exitCode, 4);
        QCOMPARE(cli({"reading", "reopen", m_ws, "--user", "chief", "--reading", id}, QStringLiteral("chief")).exitCode, 2);
        QCOMPARE(cli({"reading", "reopen", m_ws, "--user", "chief", "--reading", id, "--reason", "wrong side"}, QStringLiteral("chief")).exitCode, 0);
        QCOMPARE(r1({"reading", "comment", m_ws, "--user", "r1", "--reading", id, "--text", "left lower lobe"}).exitCode, 0);
        QCOMPARE(cli({"audit", "verify", m_ws}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReading)
#include "tst_clireading.moc"
