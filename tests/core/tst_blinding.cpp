#include "ReadingFixture.h"

#include "core/workflow/AuditLog.h"
#include "core/workflow/FindingCodec.h"
#include "core/workflow/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace readingtest;

namespace {

/// The error's code and message, with the probed id (if any) replaced in the message.
QString errorText(const Error &e, qint64 id = -1)
{
    return QStringLiteral("%1:%2").arg(int(e.code)).arg(id < 0 ? e.message : withoutId(e.message, id));
}

} // namespace

/// Blinding: before arbitration, nothing reader B can call tells B anything about reader A's
/// reading of the same study. Every public entry point B can reach is probed with A's
/// reading and finding ids, and everything B can observe is recorded before and after A
/// starts, draws, comments and submits: the two records must be identical.
class TestBlinding : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    const QString Code = QStringLiteral("DS_CT-I_CT_OGK_BLIND");
    QString m_study;
    qint64 m_a = 0;     ///< r1's reading
    qint64 m_b = 0;     ///< r2's reading of the same study
    qint64 m_missing = 0; ///< an id no reading has
    QList<qint64> m_aFindings;

    /// Everything r2 can observe, as text (ids of A's objects replaced by '#', so the
    /// answers for A's ids and for missing ids can be compared too).
    QStringList observe()
    {
        store::Workspace &ws = *m_fx.ws;
        const Session &b = m_fx.user("r2");
        QStringList seen;
        const Result<QList<WorklistItem>> list = Readings::worklist(ws, b);
        for (const WorklistItem &i : *list) {
            seen << QStringLiteral("worklist %1 %2 %3 %4 %5 %6 %7 %8 %9")
                        .arg(i.readingId).arg(i.datasetStudyId).arg(i.datasetCode, i.studyInstanceUid, i.seriesInstanceUid,
                                                                     i.patientId, i.studyDate, readingStateName(i.state),
                                                                     i.assignedAt.toString(Qt::ISODateWithMs));
        }
        for (ReadingState s : {ReadingState::Assigned, ReadingState::InProgress, ReadingState::Submitted})
            seen << QStringLiteral("worklist %1: %2").arg(readingStateName(s)).arg(Readings::worklist(ws, b, s)->size());
        const Result<Reading> own = Readings::reading(ws, b, m_b);
        seen << QStringLiteral("own %1 %2 %3 %4").arg(readingStateName(own->state)).arg(own->findings.size()).arg(own->comment)
                    .arg(own->studyClass.value_or(QStringLiteral("-")));
        // A's reading and a missing one: the same answer, whatever the call.
        for (qint64 id : {m_a, m_missing}) {
            const qint64 other = id;
            const auto probe = [&](const QString &call, const Error &e) {
                seen << QStringLiteral("%1(%2) -> %3").arg(call, id == m_a ? QStringLiteral("A") : QStringLiteral("missing"),
                                                         errorText(e, other));
            };
            probe(QStringLiteral("reading"), Readings::reading(ws, b, id).error());
            probe(QStringLiteral("start"), Readings::start(ws, b, id).error());
            probe(QStringLiteral("setStudyClass"), Readings::setStudyClass(ws, b, id, QStringLiteral("NORMAL")).error());
            Finding f;
            f.label = QStringLiteral("NODULE");
            f.geometry = PointGeometry{{5, 5, 0}, std::nullopt};
            probe(QStringLiteral("addFinding"), Readings::addFinding(ws, b, id, f).error());
            probe(QStringLiteral("setComment"), Readings::setComment(ws, b, id, QStringLiteral("x")).error());
            probe(QStringLiteral("addTimeSpent"), Readings::addTimeSpent(ws, b, id, 3).error());
            probe(QStringLiteral("submit"), Readings::submit(ws, b, id).error());
            probe(QStringLiteral("reopen"), Readings::reopen(ws, b, id, QStringLiteral("r")).error());
            probe(QStringLiteral("reassign"), Readings::reassign(ws, b, id, m_fx.ids["r2"]).error());
        }
        // Findings: A's ids answer like ids no finding has.
        for (qint64 fid : m_aFindings) {
            Finding f;
            f.label = QStringLiteral("NODULE");
            f.geometry = PointGeometry{{5, 5, 0}, std::nullopt};
            seen << QStringLiteral("update A finding -> %1").arg(errorText(Readings::updateFinding(ws, b, fid, f).error(), fid));
            seen << QStringLiteral("remove A finding -> %1").arg(errorText(Readings::removeFinding(ws, b, fid).error(), fid));
        }
        for (qint64 fid : {qint64(900001), qint64(900002)}) {
            Finding f;
            f.label = QStringLiteral("NODULE");
            f.geometry = PointGeometry{{5, 5, 0}, std::nullopt};
            seen << QStringLiteral("update missing finding -> %1").arg(errorText(Readings::updateFinding(ws, b, fid, f).error(), fid));
            seen << QStringLiteral("remove missing finding -> %1").arg(errorText(Readings::removeFinding(ws, b, fid).error(), fid));
        }
        // Scanning ids: only B's own reading answers.
        QList<qint64> visible;
        for (qint64 id = 1; id <= m_missing; ++id) {
            if (Readings::reading(ws, b, id).ok())
                visible << id;
        }
        seen << QStringLiteral("visible readings %1").arg(QString::number(visible.size()) + QLatin1Char(':') +
                                                          (visible.size() == 1 ? QString::number(visible.front()) : QString()));
        // Datasets, audit, verification.
        const Result<Dataset> shown = Datasets::show(ws, b, Code);
        seen << QStringLiteral("dataset %1 %2").arg(shown->spec.code).arg(shown->studyCount);
        seen << QStringLiteral("datasets %1").arg(Datasets::list(ws, b)->size());
        seen << QStringLiteral("studies -> %1").arg(errorText(Datasets::studies(ws, b, Code).error()));
        seen << QStringLiteral("audit -> %1").arg(errorText(AuditLog::list(ws, b).error()));
        seen << QStringLiteral("status -> %1").arg(errorText(Verification::status(ws, b, Code).error()));
        const Result<QList<DisputeItem>> disputes = Verification::disputes(ws, b, Code);
        seen << QStringLiteral("disputes -> %1").arg(disputes.ok() ? QString::number(disputes->size()) : errorText(disputes.error()));
        return seen;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fx.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/dx")}),
                 qPrintable(m_fx.error));
        m_study = m_fx.scalarString(QStringLiteral("SELECT st.study_uid FROM studies st JOIN series se ON se.study_ref = st.id "
                                                   "WHERE se.modality = 'CT' LIMIT 1"));
        QVERIFY(m_fx.dataset(Code, QStringLiteral("custom-chest-xray"), {m_study}).ok());
        QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, Code, {}).ok());
        m_a = m_fx.readingOf(QStringLiteral("r1"), Code, m_study);
        m_b = m_fx.readingOf(QStringLiteral("r2"), Code, m_study);
        QVERIFY(m_a > 0 && m_b > 0 && m_a != m_b);
        m_missing = std::max(m_a, m_b) + 1;
        QVERIFY(Readings::start(*m_fx.ws, m_fx.user("r2"), m_b).ok());
    }

    /// The error for A's reading is the error for a reading that does not exist.
    void otherReadingIsIndistinguishableFromMissing()
    {
        const Result<Reading> a = Readings::reading(*m_fx.ws, m_fx.user("r2"), m_a);
        const Result<Reading> missing = Readings::reading(*m_fx.ws, m_fx.user("r2"), m_missing);
        QCOMPARE(a.error().code, ErrorCode::NotFound);
        QCOMPARE(withoutId(a.error().message, m_a), withoutId(missing.error().message, m_missing));
        const Result<QList<WorklistItem>> list = Readings::worklist(*m_fx.ws, m_fx.user("r2"));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->front().readingId, m_b);
    }

    /// Everything B sees is the same before A starts, while A works and after A submits.
    void nothingChangesForBWhileAWorks()
    {
        const QStringList before = observe();
        // The probes above must have changed nothing for A either.
        QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user("r1"), m_a)->state, ReadingState::Assigned);

        const Session &a = m_fx.user("r1");
        QVERIFY(Readings::start(*m_fx.ws, a, m_a).ok());
        QCOMPARE(observe(), before);
        Finding f;
        f.label = QStringLiteral("NODULE");
        f.geometry = BoxGeometry{10.5, 10.5, 60.5, 80.5, 0, 2};
        m_aFindings << *Readings::addFinding(*m_fx.ws, a, m_a, f);
        f.geometry = PointGeometry{{100, 120, 1}, 4.0};
        m_aFindings << *Readings::addFinding(*m_fx.ws, a, m_a, f);
        QVERIFY(Readings::setStudyClass(*m_fx.ws, a, m_a, QStringLiteral("ABNORMAL")).ok());
        QVERIFY(Readings::setComment(*m_fx.ws, a, m_a, QStringLiteral("nodule right upper lobe")).ok());
        QVERIFY(Readings::addTimeSpent(*m_fx.ws, a, m_a, 120).ok());
        // With A's finding ids now known to the test, record again: identical to missing ids.
        const QStringList during = observe();
        QVERIFY(Readings::submit(*m_fx.ws, a, m_a).ok());
        const QStringList after = observe();
        QCOMPARE(after, during);
        // The lines for A's findings equal those for findings that do not exist.
        for (const QString &line : during) {
            if (line.startsWith(QLatin1String("update A finding")))
                QCOMPARE(line.mid(QStringLiteral("update A finding").size()),
                         during.filter(QStringLiteral("update missing finding")).front().mid(QStringLiteral("update missing finding").size()));
            if (line.startsWith(QLatin1String("remove A finding")))
                QCOMPARE(line.mid(QStringLiteral("remove A finding").size()),
                         during.filter(QStringLiteral("remove missing finding")).front().mid(QStringLiteral("remove missing finding").size()));
        }
        // The lines for A's reading equal those for a missing one.
        for (const QString &line : after) {
            if (line.contains(QLatin1String("(A) -> "))) {
                QString asMissing = line;
                asMissing.replace(QLatin1String("(A) -> "), QLatin1String("(missing) -> "));
                QVERIFY2(after.contains(asMissing), qPrintable(line));
            }
        }
        // A's reading is untouched by B's attempts.
        const Result<Reading> aNow = Readings::reading(*m_fx.ws, a, m_a);
        QCOMPARE(aNow->findings.size(), std::size_t(2));
        QCOMPARE(aNow->comment, QStringLiteral("nodule right upper lobe"));
        QCOMPARE(aNow->secondsSpent, 120);
    }

    /// B's own submit answers the same as A's did: nothing says whose submit completed the pair.
    void submittingRevealsNothing()
    {
        const Session &b = m_fx.user("r2");
        QVERIFY(Readings::setStudyClass(*m_fx.ws, b, m_b, QStringLiteral("NORMAL")).ok());
        const Result<void> submitted = Readings::submit(*m_fx.ws, b, m_b);
        QVERIFY(submitted.ok());
        // Even now, until an expert decides, A's reading stays hidden from B.
        QCOMPARE(withoutId(Readings::reading(*m_fx.ws, b, m_a).error().message, m_a),
                 withoutId(Readings::reading(*m_fx.ws, b, m_missing + 50).error().message, m_missing + 50));
        const Result<AuditVerification> v = AuditLog::verify(*m_fx.ws);
        QVERIFY(v.ok() && v->ok);
    }

    void cleanupTestCase()
    {
        m_fx.sessions.clear();
        m_fx.admin.reset();
        m_fx.ws.reset();
    }
};

QTEST_GUILESS_MAIN(TestBlinding)
#include "tst_blinding.moc"
