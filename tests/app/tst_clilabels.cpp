#include "tests/core/ReadingFixture.h"
#include "tests/support/CliRunner.h"

#include "core/workflow/AuditLog.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/FindingCodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace readingtest;

namespace {

using Run = etalon::testing::CliRun;
using etalon::testing::runCliAs;
using etalon::testing::testPassword;

} // namespace

/// `etalon-cli labels list|correct` and `etalon-cli dataset withdraw` as a script uses them on
/// a workspace whose studies two readers agreed on (one with a drawn box); what the CLI prints
/// and changes is compared with FinalLabels on the same workspace.
class TestCliLabels : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    const QString m_code = QStringLiteral("DS_CT-I_DX_CHEST_CLILABELS");
    QString m_plain; ///< agreed NORMAL
    QString m_boxed; ///< agreed PATHOLOGY with one box

    Run as(const QString &login, const QStringList &args) { return runCliAs(args, testPassword(login)); }

    Run labels(const QString &login, const QString &verb, const QStringList &more = {})
    {
        return as(login, QStringList{QStringLiteral("labels"), verb, m_fx.dir, QStringLiteral("--user"), login,
                                     QStringLiteral("--dataset"), m_code}
                             + more);
    }

    bool read(const char *login, const QString &uid, const QString &studyClass, bool withBox)
    {
        std::vector<Finding> findings;
        if (withBox) {
            Finding f;
            f.label = QStringLiteral("SIGN");
            f.geometry = BoxGeometry{4.5, 6.5, 20.5, 30.5, 0, 0};
            findings.push_back(f);
        }
        return m_fx.read(QString::fromLatin1(login), m_code, uid, studyClass, findings);
    }

    static QJsonObject byStudy(const QJsonArray &array, const QString &uid)
    {
        for (const QJsonValue &v : array) {
            if (v.toObject().value(QStringLiteral("studyInstanceUid")).toString() == uid)
                return v.toObject();
        }
        return {};
    }

    QList<FinalLabel> coreLabels()
    {
        const Result<QList<FinalLabel>> l = FinalLabels::list(*m_fx.ws, *m_fx.admin, m_code);
        return l.ok() ? *l : QList<FinalLabel>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/dx"), QStringLiteral(ETALON_SHARED_DICOM "/chest-cr")}),
                 qPrintable(m_fx.error));
        QCOMPARE(m_fx.studyUids.size(), 2);
        m_plain = m_fx.studyUids[0];
        m_boxed = m_fx.studyUids[1];
        QVERIFY(m_fx.dataset(m_code, QStringLiteral("binary-presence"), {m_plain, m_boxed}).ok());
        AssignOptions options;
        options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
        QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, m_code, options).ok());
        QVERIFY(read("r1", m_plain, QStringLiteral("NORMAL"), false));
        QVERIFY(read("r2", m_plain, QStringLiteral("NORMAL"), false));
        QVERIFY(read("r1", m_boxed, QStringLiteral("PATHOLOGY"), true));
        QVERIFY(read("r2", m_boxed, QStringLiteral("PATHOLOGY"), true));
        QCOMPARE(coreLabels().size(), 2);
    }

    void listMatchesTheCore()
    {
        const Run r = labels(QStringLiteral("admin"), QStringLiteral("list"), {QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 2);
        for (const FinalLabel &l : coreLabels()) {
            const QJsonObject o = byStudy(array, l.studyInstanceUid);
            QCOMPARE(o.value(QStringLiteral("datasetStudy")).toInteger(), l.datasetStudyId);
            QCOMPARE(o.value(QStringLiteral("state")).toString(), l.state);
            QCOMPARE(o.value(QStringLiteral("studyClass")).toString(), l.studyClass.value_or(QString()));
            QCOMPARE(o.value(QStringLiteral("verificationLevel")).toString(), l.verificationLevel);
            QCOMPARE(o.value(QStringLiteral("findings")).toArray(), FindingCodec::findingsToJson(l.findings));
            QCOMPARE(o.value(QStringLiteral("corrections")).toInt(), 0);
        }
        const QJsonArray box = byStudy(array, m_boxed).value(QStringLiteral("findings")).toArray();
        QCOMPARE(box.size(), 1);
        QCOMPARE(box.first().toObject().value(QStringLiteral("geometry")).toObject().value(QStringLiteral("i1")).toDouble(), 20.5);

        const Run text = labels(QStringLiteral("admin"), QStringLiteral("list"));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(m_plain.toUtf8()) && text.out.contains(m_boxed.toUtf8()));
        QVERIFY(text.out.contains("PATHOLOGY"));
    }

    void readersAreRefused()
    {
        QCOMPARE(labels(QStringLiteral("r1"), QStringLiteral("list")).exitCode, 4);
        const Run r = labels(QStringLiteral("e1"), QStringLiteral("correct"),
                             {QStringLiteral("--study"), m_plain, QStringLiteral("--class"), QStringLiteral("PATHOLOGY"),
                              QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 4);
        const Run w = as(QStringLiteral("r1"), {QStringLiteral("dataset"), QStringLiteral("withdraw"), m_fx.dir, QStringLiteral("--user"),
                                                QStringLiteral("r1"), QStringLiteral("--dataset"), m_code, QStringLiteral("--study"),
                                                m_plain, QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(w.exitCode, 4);
        QCOMPARE(coreLabels().first().corrections, 0);
        QCOMPARE(coreLabels().size(), 2);
    }

    void correctClassAndLevel()
    {
        Run r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                       {QStringLiteral("--study"), m_plain, QStringLiteral("--class"), QStringLiteral("PATHOLOGY")});
        QCOMPARE(r.exitCode, 2); // no reason
        r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                   {QStringLiteral("--study"), m_plain, QStringLiteral("--class"), QStringLiteral("CT2"), QStringLiteral("--reason"),
                    QStringLiteral("Histology")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("CT2") && r.err.contains("NORMAL"), r.err.constData());
        r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                   {QStringLiteral("--study"), QStringLiteral("1.2.3.999"), QStringLiteral("--class"), QStringLiteral("PATHOLOGY"),
                    QStringLiteral("--reason"), QStringLiteral("Histology")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1.2.3.999"), r.err.constData());

        r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                   {QStringLiteral("--study"), m_plain, QStringLiteral("--class"), QStringLiteral("PATHOLOGY"), QStringLiteral("--level"),
                    QStringLiteral("high"), QStringLiteral("--reason"), QStringLiteral("Histology: adenocarcinoma"),
                    QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject printed = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(printed.value(QStringLiteral("studyClass")).toString(), QStringLiteral("PATHOLOGY"));
        QCOMPARE(printed.value(QStringLiteral("corrections")).toInt(), 1);

        for (const FinalLabel &l : coreLabels()) {
            if (l.studyInstanceUid != m_plain)
                continue;
            QCOMPARE(l.studyClass.value_or(QString()), QStringLiteral("PATHOLOGY"));
            QCOMPARE(l.verificationLevel, QStringLiteral("high"));
            QCOMPARE(l.reason, QStringLiteral("Histology: adenocarcinoma"));
            QCOMPARE(l.corrections, 1);
        }
        const Result<QList<AuditEntry>> log = AuditLog::list(*m_fx.ws, *m_fx.admin, 1);
        QVERIFY(log.ok() && log->size() == 1);
        QCOMPARE(log->first().action, QStringLiteral("final_label.correct"));
        QCOMPARE(log->first().actorLogin, QStringLiteral("admin"));
    }

    void correctFindingsFromAFile()
    {
        const QString bad = m_fx.tmp.filePath(QStringLiteral("bad.json"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"kind\": \"box\"}");
        badFile.close();
        Run r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                       {QStringLiteral("--study"), m_boxed, QStringLiteral("--findings-json"), bad, QStringLiteral("--reason"),
                        QStringLiteral("Second lesion")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(bad.toUtf8()), r.err.constData());

        Finding point;
        point.label = QStringLiteral("SIGN");
        point.geometry = PointGeometry{Vec3{7, 9, 0}, 3.0};
        Finding box;
        box.label = QStringLiteral("SIGN");
        box.geometry = BoxGeometry{1.5, 2.5, 10.5, 12.5, 0, 0};
        const QJsonArray wanted = FindingCodec::findingsToJson({box, point});
        const QString path = m_fx.tmp.filePath(QStringLiteral("findings.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(wanted).toJson());
        file.close();
        r = labels(QStringLiteral("admin"), QStringLiteral("correct"),
                   {QStringLiteral("--study"), m_boxed, QStringLiteral("--findings-json"), path, QStringLiteral("--reason"),
                    QStringLiteral("Second lesion")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Run listed = labels(QStringLiteral("admin"), QStringLiteral("list"), {QStringLiteral("--json")});
        const QJsonObject o = byStudy(QJsonDocument::fromJson(listed.out).array(), m_boxed);
        QCOMPARE(o.value(QStringLiteral("findings")).toArray(), wanted);
        QCOMPARE(o.value(QStringLiteral("studyClass")).toString(), QStringLiteral("PATHOLOGY"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("Second lesion"));
    }

    void withdrawAStudy()
    {
        const QStringList base{QStringLiteral("dataset"), QStringLiteral("withdraw"), m_fx.dir, QStringLiteral("--user"),
                               QStringLiteral("admin"), QStringLiteral("--dataset"), m_code, QStringLiteral("--study"), m_boxed};
        QCOMPARE(as(QStringLiteral("admin"), base).exitCode, 2); // no reason
        Run r = as(QStringLiteral("admin"), base + QStringList{QStringLiteral("--reason"), QStringLiteral("Wrong patient")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(coreLabels().size(), 1);
        QCOMPARE(m_fx.scalarString(QStringLiteral("SELECT withdrawn_reason FROM dataset_studies WHERE state = 'withdrawn'")),
                 QStringLiteral("Wrong patient"));
        r = as(QStringLiteral("admin"), base + QStringList{QStringLiteral("--reason"), QStringLiteral("Wrong patient")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_boxed.toUtf8()), r.err.constData());
        const Run listed = labels(QStringLiteral("admin"), QStringLiteral("list"), {QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
        QVERIFY(AuditLog::verify(*m_fx.ws)->ok);
    }

    void helpAndUsage()
    {
        const Run help = as(QStringLiteral("admin"), {QStringLiteral("labels"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--findings-json"));
        QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("labels"), QStringLiteral("fix"), m_fx.dir}).exitCode, 2);
        const Run dataset = as(QStringLiteral("admin"), {QStringLiteral("dataset"), QStringLiteral("--help")});
        QVERIFY(dataset.out.contains("withdraw"));
    }
};

QTEST_GUILESS_MAIN(TestCliLabels)
#include "tst_clilabels.moc"
