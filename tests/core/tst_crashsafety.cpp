#include "ReadingFixture.h"

#include "core/workflow/AuditLog.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace readingtest;

/// A killed writer loses nothing it acknowledged: the real etalon-cli adds findings in a loop
/// (each printed id is an acknowledged, committed edit) and is killed with SIGKILL at random
/// moments, 30 times; then the database must pass integrity_check, hold every acknowledged
/// finding with its audit entry, and the audit chain must verify.
class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    qint64 m_reading = 0;

    /// Runs \a script (sh; $START holds \a start) as r1 under setsid, kills the whole process
    /// group with SIGKILL after a random 150-900 ms, and returns the complete output lines:
    /// the acknowledged edits (a line cut by the kill is not one). False when the writer
    /// stopped on its own (its error is printed).
    bool runAndKill(const QString &script, int start, QList<QByteArray> *lines)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ETALON_PASSWORD"), passwordOf(QStringLiteral("r1")));
        env.insert(QStringLiteral("ETALON_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("START"), QString::number(start));
        QProcess writer;
        writer.setProcessEnvironment(env);
        writer.setStandardInputFile(QProcess::nullDevice());
        // setsid: the shell and its etalon-cli children form their own group, killed together.
        writer.start(QStringLiteral("setsid"), {QStringLiteral("sh"), QStringLiteral("-c"), script});
        if (!writer.waitForStarted())
            return false;
        QTest::qWait(int(QRandomGenerator::global()->bounded(150, 900)));
        if (writer.state() != QProcess::Running) {
            qWarning("%s", writer.readAllStandardError().constData());
            return false;
        }
        ::kill(-pid_t(writer.processId()), SIGKILL);
        if (!writer.waitForFinished(10000))
            return false;
        *lines = writer.readAllStandardOutput().split('\n');
        lines->removeLast();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(ETALON_BIN_DIR "/etalon-cli")), "build etalon-cli first");
        QVERIFY2(m_fx.setUp(2, 0, {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")}), qPrintable(m_fx.error));
        const QString code = QStringLiteral("DS_FT-I_CT_OGK_CRASH");
        QVERIFY(m_fx.dataset(code, QStringLiteral("custom-chest-xray"), m_fx.studyUids).ok());
        QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, code, {}).ok());
        m_reading = m_fx.readingOf(QStringLiteral("r1"), code, m_fx.studyUids.front());
        QVERIFY(Readings::start(*m_fx.ws, m_fx.user("r1"), m_reading).ok());
    }

    void killedWriterLosesNothingAcknowledged()
    {
        const QString script = QStringLiteral(
            "i=0; while :; do i=$((i+1)); \"%1\" reading add-finding \"%2\" --user r1 --reading %3 "
            "--box $((i % 400)).5,10.5,$((i % 400 + 50)).5,60.5,0,2 --label NODULE --attr certainty=probable || exit 9; done")
                                   .arg(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), m_fx.dir)
                                   .arg(m_reading);
        QSet<qint64> acknowledged;
        int killsMidRun = 0;
        for (int run = 0; run < 30; ++run) {
            QList<QByteArray> lines;
            QVERIFY(runAndKill(script, 0, &lines));
            ++killsMidRun;
            for (const QByteArray &line : lines) {
                bool ok = false;
                const qint64 id = line.trimmed().toLongLong(&ok);
                QVERIFY2(ok, line.constData());
                acknowledged.insert(id);
            }
        }
        QCOMPARE(killsMidRun, 30);
        QVERIFY2(acknowledged.size() >= 30, qPrintable(QString::number(acknowledged.size())));

        Result<std::unique_ptr<store::Workspace>> reopened = store::Workspace::open(m_fx.dir);
        QVERIFY(reopened.ok());
        QSqlQuery q((*reopened)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QSet<qint64> stored;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM findings WHERE reading_ref = %1").arg(m_reading)));
        while (q.next())
            stored.insert(q.value(0).toLongLong());
        QSet<qint64> audited;
        QVERIFY(q.exec(QStringLiteral("SELECT details_json FROM audit_log WHERE action = 'finding.add' AND object_id = '%1'").arg(m_reading)));
        while (q.next())
            audited.insert(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QStringLiteral("finding")).toInteger());
        for (qint64 id : acknowledged) {
            QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("acknowledged finding %1 is missing").arg(id)));
            QVERIFY2(audited.contains(id), qPrintable(QStringLiteral("acknowledged finding %1 has no audit entry").arg(id)));
        }
        // Nothing half-done either: every stored finding has its audit entry and vice versa.
        QCOMPARE(stored, audited);
        const Result<Reading> reading = Readings::reading(**reopened, m_fx.user("r1"), m_reading);
        QVERIFY2(reading.ok(), reading.ok() ? "" : qPrintable(reading.error().message));
        QCOMPARE(qsizetype(reading->findings.size()), stored.size());
        const Result<AuditVerification> v = AuditLog::verify(**reopened);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->problem));
        qInfo("%lld acknowledged edits over 30 kills; %lld stored", qint64(acknowledged.size()), qint64(stored.size()));
    }

    /// The same for brush strokes: a killed `reading paint` loop (each stroke one delta,
    /// acknowledged by its printed line) leaves a mask that holds every acknowledged stroke
    /// and nothing of an unacknowledged one except, at most, the stroke in flight.
    void killedPainterLosesNoAcknowledgedStroke()
    {
        // Stroke n paints row j = n of slice n % 3 from i = 100 to 199 with label 1 + n % 4.
        const QString script = QStringLiteral(
            "n=${START}; while :; do \"%1\" reading paint \"%2\" --user r1 --reading %3 "
            "--voxels 100,$n,$((n % 3)),199,$n,$((n % 3)) --value $((1 + n % 4)) >/dev/null || exit 9; echo $n; n=$((n+1)); done")
                                   .arg(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), m_fx.dir)
                                   .arg(m_reading);
        QSet<int> acknowledged;
        int next = 0;
        for (int run = 0; run < 15; ++run) {
            QList<QByteArray> lines;
            QVERIFY(runAndKill(script, next, &lines));
            int last = next - 1;
            for (const QByteArray &line : lines) {
                bool ok = false;
                last = line.trimmed().toInt(&ok);
                QVERIFY2(ok, line.constData());
                acknowledged.insert(last);
            }
            // The next run starts after the stroke that may have been in flight.
            next = last + 2;
        }
        QVERIFY2(acknowledged.size() >= 15, qPrintable(QString::number(acknowledged.size())));
        QVERIFY(next < 512);

        Result<std::unique_ptr<store::Workspace>> reopened = store::Workspace::open(m_fx.dir);
        QVERIFY(reopened.ok());
        QSqlQuery q((*reopened)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        const Result<Reading> reading = Readings::reading(**reopened, m_fx.user("r1"), m_reading);
        QVERIFY2(reading.ok(), reading.ok() ? "" : qPrintable(reading.error().message));
        const MaskGeometry *mask = nullptr;
        for (const Finding &f : reading->findings)
            if (const auto *m = std::get_if<MaskGeometry>(&f.geometry))
                mask = m;
        QVERIFY(mask);
        int inFlight = 0;
        for (int n = 0; n < next; ++n) {
            const int k = n % 3;
            const std::size_t row = (std::size_t(k) * 512 + std::size_t(n)) * 512;
            const auto painted = std::count(mask->labels.begin() + std::ptrdiff_t(row + 100),
                                            mask->labels.begin() + std::ptrdiff_t(row + 200), std::uint8_t(1 + n % 4));
            if (acknowledged.contains(n)) {
                QVERIFY2(painted == 100, qPrintable(QStringLiteral("acknowledged stroke %1 is missing").arg(n)));
            } else {
                QVERIFY2(painted == 0 || painted == 100, qPrintable(QStringLiteral("stroke %1 is half stored").arg(n)));
                inFlight += painted == 100;
            }
        }
        QVERIFY(inFlight <= 15);
        qint64 total = std::count_if(mask->labels.begin(), mask->labels.end(), [](std::uint8_t v) { return v != 0; });
        QCOMPARE(total, qint64(acknowledged.size() + inFlight) * 100);
        const Result<AuditVerification> v = AuditLog::verify(**reopened);
        QVERIFY(v.ok());
        QVERIFY2(v->ok, qPrintable(v->problem));
        qInfo("%lld acknowledged strokes over 15 kills, %d stored but not acknowledged", qint64(acknowledged.size()), inFlight);
    }

    void cleanupTestCase()
    {
        m_fx.sessions.clear();
        m_fx.admin.reset();
        m_fx.ws.reset();
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
