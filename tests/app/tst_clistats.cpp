#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/LabelSchemas.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Statistics.h"
#include "core/workflow/Users.h"
#include "core/workflow/Verification.h"

#include "tests/support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace {

using Run = etalon::testing::CliRun;
using etalon::testing::runCliAs;
using etalon::testing::testPassword;

} // namespace

/// `etalon-cli stats` as a script uses it: two readers driven through the real etalon-cli
/// read studies with scripted classes and boxes (known disagreements), an expert decides a
/// dispute through it, and `stats --json` is compared with Statistics::compute and with
/// `status --json` on the same workspace.
class TestCliStats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    const QString m_code = QStringLiteral("DS_ST-I_DX_CHEST_CLISTATS");
    QStringList m_studies;   ///< the studies read, in catalogue order
    QMap<QString, QStringList> m_readers; ///< study -> [reader A, reader B]

    Run as(const QString &login, const QStringList &args) { return runCliAs(args, testPassword(login)); }

    QStringList readersOf(store::Workspace &ws, const QString &uid)
    {
        QSqlQuery q(ws.database());
        q.prepare(QStringLiteral("SELECT u.login FROM readings r JOIN users u ON u.id = r.reader_ref JOIN dataset_studies ds "
                                 "ON ds.id = r.dataset_study_ref JOIN studies st ON st.id = ds.study_ref "
                                 "WHERE st.study_uid = ? AND r.kind = 'primary' ORDER BY r.assigned_at, r.id"));
        q.addBindValue(uid);
        QStringList logins;
        if (q.exec()) {
            while (q.next())
                logins << q.value(0).toString();
        }
        return logins;
    }

    /// One reader reads a study through the CLI: start, class, boxes, time, submit.
    bool readThroughCli(const QString &login, const QString &uid, const QString &cls, const QStringList &boxes, int seconds)
    {
        const Run list = as(login, {QStringLiteral("worklist"), m_dir, QStringLiteral("--user"), login, QStringLiteral("--json")});
        if (list.exitCode != 0)
            return false;
        qint64 reading = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("studyInstanceUid")).toString() == uid)
                reading = o.value(QStringLiteral("reading")).toInteger();
        }
        if (reading == 0)
            return false;
        const QStringList base{m_dir, QStringLiteral("--user"), login, QStringLiteral("--reading"), QString::number(reading)};
        QList<QStringList> steps{QStringList{QStringLiteral("reading"), QStringLiteral("start")} + base,
                                 QStringList{QStringLiteral("reading"), QStringLiteral("set-class")} + base + QStringList{QStringLiteral("--class"), cls}};
        for (const QString &b : boxes) {
            steps.append(QStringList{QStringLiteral("reading"), QStringLiteral("add-finding")} + base +
                         QStringList{QStringLiteral("--box"), b, QStringLiteral("--label"), QStringLiteral("SIGN")});
        }
        steps.append(QStringList{QStringLiteral("reading"), QStringLiteral("time")} + base +
                     QStringList{QStringLiteral("--seconds"), QString::number(seconds)});
        steps.append(QStringList{QStringLiteral("reading"), QStringLiteral("submit")} + base);
        for (const QStringList &step : steps) {
            const Run r = as(login, step);
            if (r.exitCode != 0) {
                qWarning() << step << r.err;
                return false;
            }
        }
        return true;
    }

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
        QVERIFY(Users::add(ws, *admin, NewUser{QStringLiteral("r1"), QStringLiteral("R1"), Role::Reader, {3, Degree::None}, testPassword(QStringLiteral("r1"))}).ok());
        QVERIFY(Users::add(ws, *admin, NewUser{QStringLiteral("r2"), QStringLiteral("R2"), Role::Reader, {5, Degree::None}, testPassword(QStringLiteral("r2"))}).ok());
        QVERIFY(Users::add(ws, *admin, NewUser{QStringLiteral("e1"), QStringLiteral("E1"), Role::Expert, {20, Degree::Doctor}, testPassword(QStringLiteral("e1"))}).ok());
        dicom::Indexer indexer(ws);
        QVERIFY(indexer.importPaths({QStringLiteral(ETALON_SHARED_DICOM "/dx"), QStringLiteral(ETALON_SHARED_DICOM "/mr-series-20"),
                                     QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/chest-cr")},
                                    {})
                    .ok());
        const Result<QList<store::StudySummary>> studies = store::Catalog(ws).studies();
        QVERIFY(studies.ok());
        for (const store::StudySummary &s : studies.value())
            m_studies << s.studyInstanceUid;
        QCOMPARE(m_studies.size(), 4);
        DatasetSpec spec;
        spec.code = m_code;
        spec.name = QStringLiteral("CLI stats");
        spec.schema = *LabelSchemas::builtIn(QStringLiteral("binary-presence"));
        QVERIFY(Datasets::create(ws, *admin, spec).ok());
        QList<StudyToAdd> add;
        for (const QString &uid : m_studies)
            add.append(StudyToAdd{uid, {}});
        QVERIFY(Datasets::addStudies(ws, *admin, m_code, add).ok());
        AssignOptions options;
        QSqlQuery ids(ws.database());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM users WHERE login IN ('r1', 'r2') ORDER BY login")));
        while (ids.next())
            options.readerIds.append(ids.value(0).toLongLong());
        QCOMPARE(options.readerIds.size(), 2);
        QVERIFY(Readings::assign(ws, *admin, m_code, options).ok());
        for (const QString &uid : m_studies)
            m_readers.insert(uid, readersOf(ws, uid));
    }

    void helpDocumentsTheJson()
    {
        const Run r = runCliAs({QStringLiteral("stats"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Usage: etalon-cli stats"));
        for (const char *key : {"\"classes\"", "\"confusionMatrix\"", "\"cohenKappa\"", "\"weightedKappa\"", "\"fleissKappa\"", "\"findings\"",
                                "\"hd95Mm\"", "\"detection\"", "\"process\"", "\"medianSecondsPerStudy\"", "Exit codes"})
            QVERIFY2(r.out.contains(key), key);
        QCOMPARE(runCliAs({QStringLiteral("stats"), m_dir, QStringLiteral("--user"), QStringLiteral("admin")}).exitCode, 2);
        QVERIFY(runCliAs({}).out.contains("stats DIR"));
    }

    void scriptedReadersAndStats()
    {
        // Study 0: same class, boxes 10x10 shifted 5 pixels (IoU 1/3, a dispute).
        // Study 1: same class, identical boxes (IoU 1), plus one box only A draws (a dispute).
        // Study 2: A NORMAL, B PATHOLOGY with a box only B draws (a dispute).
        // Study 3: both NORMAL, no boxes (agreed).
        const QList<QPair<QStringList, QStringList>> boxes{
            {{QStringLiteral("9.5,9.5,19.5,19.5")}, {QStringLiteral("14.5,9.5,24.5,19.5")}},
            {{QStringLiteral("9.5,9.5,19.5,19.5"), QStringLiteral("49.5,49.5,59.5,59.5")}, {QStringLiteral("9.5,9.5,19.5,19.5")}},
            {{}, {QStringLiteral("29.5,29.5,35.5,35.5")}},
            {{}, {}}};
        const QStringList classA{QStringLiteral("PATHOLOGY"), QStringLiteral("PATHOLOGY"), QStringLiteral("NORMAL"), QStringLiteral("NORMAL")};
        const QStringList classB{QStringLiteral("PATHOLOGY"), QStringLiteral("PATHOLOGY"), QStringLiteral("PATHOLOGY"), QStringLiteral("NORMAL")};
        for (int i = 0; i < 4; ++i) {
            const QStringList ab = m_readers.value(m_studies[i]);
            QCOMPARE(ab.size(), 2);
            QVERIFY(readThroughCli(ab[0], m_studies[i], classA[i], boxes[i].first, 60 + 10 * i));
            QVERIFY(readThroughCli(ab[1], m_studies[i], classB[i], boxes[i].second, 100 + 20 * i));
        }

        // The expert accepts A on the first dispute.
        const Run disputes = as(QStringLiteral("admin"), {QStringLiteral("disputes"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"),
                                                          QStringLiteral("--dataset"), m_code, QStringLiteral("--json")});
        QVERIFY2(disputes.exitCode == 0, disputes.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(disputes.out).array();
        QCOMPARE(list.size(), 3);
        const QJsonObject first = list[0].toObject();
        const Run decided = as(QStringLiteral("e1"), {QStringLiteral("arbitrate"), m_dir, QStringLiteral("--user"), QStringLiteral("e1"),
                                                      QStringLiteral("--dispute"), QString::number(first.value(QStringLiteral("dispute")).toInteger()),
                                                      QStringLiteral("--decision"), QStringLiteral("accept_a")});
        QVERIFY2(decided.exitCode == 0, decided.err.constData());
        const QString upheldLogin = m_readers.value(first.value(QStringLiteral("studyInstanceUid")).toString()).value(0);

        const QStringList statsArgs{QStringLiteral("stats"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dataset"), m_code};
        const Run stats = as(QStringLiteral("admin"), statsArgs + QStringList{QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, stats.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(stats.out).object();
        QVERIFY(!json.isEmpty());

        // The same as the core computation on the same workspace, and status --json under "process".
        {
            Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(m_dir);
            QVERIFY(ws.ok());
            const Result<Session> admin = Users::authenticate(**ws, QStringLiteral("admin"), testPassword(QStringLiteral("admin")));
            QVERIFY(admin.ok());
            const Result<DatasetStatistics> core = Statistics::compute(**ws, *admin, m_code);
            QVERIFY(core.ok());
            QCOMPARE(json, core->toJson());
        }
        const Run status = as(QStringLiteral("admin"), {QStringLiteral("status"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"),
                                                        QStringLiteral("--dataset"), m_code, QStringLiteral("--json")});
        QVERIFY(status.exitCode == 0);
        QCOMPARE(json.value(QStringLiteral("process")).toObject(), QJsonDocument::fromJson(status.out).object());
        QCOMPARE(json.value(QStringLiteral("process")).toObject().value(QStringLiteral("disputedAfterTwoReads")).toInt(), 3);

        // Hand-derived figures: classes NORMAL/PATHOLOGY/DEFECT, rows A, columns B.
        const QJsonObject classes = json.value(QStringLiteral("classes")).toObject();
        QCOMPARE(classes.value(QStringLiteral("items")).toInt(), 4);
        QCOMPARE(classes.value(QStringLiteral("percentAgreement")).toDouble(), 0.75);
        const QJsonArray counts = classes.value(QStringLiteral("confusionMatrix")).toObject().value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts, (QJsonArray{QJsonArray{1, 1, 0}, QJsonArray{0, 2, 0}, QJsonArray{0, 0, 0}}));
        // kappa = (0.75 - (0.5*0.25 + 0.5*0.75)) / (1 - 0.5) = 0.5
        QVERIFY(std::abs(classes.value(QStringLiteral("cohenKappa")).toObject().value(QStringLiteral("value")).toDouble() - 0.5) < 1e-12);
        QVERIFY(classes.value(QStringLiteral("weightedKappa")).isNull());
        QVERIFY(classes.value(QStringLiteral("fleissKappa")).isNull());

        const QJsonObject findings = json.value(QStringLiteral("findings")).toObject();
        const QJsonObject detection = findings.value(QStringLiteral("detection")).toObject();
        QCOMPARE(detection.value(QStringLiteral("matchedPairs")).toInt(), 2);
        QCOMPARE(detection.value(QStringLiteral("unmatchedA")).toInt(), 1);
        QCOMPARE(detection.value(QStringLiteral("unmatchedB")).toInt(), 1);
        const QJsonObject iou = findings.value(QStringLiteral("iou")).toObject();
        QCOMPARE(iou.value(QStringLiteral("count")).toInt(), 2);
        QVERIFY(std::abs(iou.value(QStringLiteral("median")).toDouble() - (1.0 / 3.0 + 1.0) / 2.0) < 1e-12);
        QVERIFY(std::abs(iou.value(QStringLiteral("q1")).toDouble() - (1.0 / 3.0 + 0.25 * (2.0 / 3.0))) < 1e-12);

        // Per reader: upheld once for reader A of the first dispute.
        int upheld = 0;
        for (const QJsonValue &v : json.value(QStringLiteral("readers")).toArray()) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value(QStringLiteral("studiesRead")).toInt(), 4);
            upheld += r.value(QStringLiteral("upheldInArbitration")).toInt();
            if (r.value(QStringLiteral("login")).toString() == upheldLogin)
                QCOMPARE(r.value(QStringLiteral("upheldInArbitration")).toInt(), 1);
        }
        QCOMPARE(upheld, 1);

        // Text output; readers and experts refused (4).
        const Run text = as(QStringLiteral("admin"), statsArgs);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Cohen's kappa:      0.500"));
        QVERIFY(text.out.contains("2 matched pairs, 1 unmatched of reader A, 1 of reader B"));
        QCOMPARE(as(QStringLiteral("r1"), {QStringLiteral("stats"), m_dir, QStringLiteral("--user"), QStringLiteral("r1"), QStringLiteral("--dataset"), m_code}).exitCode, 4);
        QCOMPARE(as(QStringLiteral("e1"), {QStringLiteral("stats"), m_dir, QStringLiteral("--user"), QStringLiteral("e1"), QStringLiteral("--dataset"), m_code}).exitCode, 4);
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("stats"), m_dir, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--dataset"),
                                              QStringLiteral("DS_NO_SUCH_SET_X")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
