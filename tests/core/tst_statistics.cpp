#include "ReadingFixture.h"

#include "core/workflow/Statistics.h"
#include "core/workflow/Verification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace readingtest;

namespace {

const QString DicomDirTests = QStringLiteral(ETALON_PYDICOM_FILES "/dicomdirtests");

/// Runs /usr/bin/python3 with a script; its standard output, split at white space.
QStringList python(const QString &script)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QString::fromLatin1(p.readAllStandardOutput()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QString pyList(const std::vector<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'g', 17);
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString rVector(const std::vector<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return QStringLiteral("c(") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

/// A box covering pixels i..i+w-1, j..j+h-1 of slice 0.
Finding box(int i, int j, int w, int h)
{
    Finding f;
    f.label = QStringLiteral("SIGN");
    f.geometry = BoxGeometry{i - 0.5, j - 0.5, i + w - 0.5, j + h - 0.5, 0, 0};
    return f;
}

/// A mask of the given size with label value `label` on the block [i0,i1) x [j0,j1) x [k0,k1).
void paint(MaskGeometry &m, int label, int i0, int i1, int j0, int j1, int k0, int k1)
{
    for (int k = k0; k < k1; ++k)
        for (int j = j0; j < j1; ++j)
            for (int i = i0; i < i1; ++i)
                m.labels[std::size_t((qint64(k) * m.size[1] + j) * m.size[0] + i)] = std::uint8_t(label);
}

} // namespace

class TestStatistics : public QObject {
    Q_OBJECT

private:
    Fixture m_f;

    /// The two primary readers' logins of a study, A (assigned first) then B.
    QStringList readersOf(const QString &code, const QString &uid)
    {
        QSqlQuery q(m_f.ws->database());
        q.prepare(QStringLiteral("SELECT u.login FROM readings r JOIN users u ON u.id = r.reader_ref "
                                 "JOIN dataset_studies ds ON ds.id = r.dataset_study_ref JOIN datasets d ON d.id = ds.dataset_ref "
                                 "JOIN studies st ON st.id = ds.study_ref WHERE d.code = ? AND st.study_uid = ? AND r.kind = 'primary' "
                                 "ORDER BY r.assigned_at, r.id"));
        q.addBindValue(code);
        q.addBindValue(uid);
        QStringList logins;
        if (q.exec()) {
            while (q.next())
                logins << q.value(0).toString();
        }
        return logins;
    }

    qint64 datasetStudyId(const QString &code, const QString &uid)
    {
        QSqlQuery q(m_f.ws->database());
        q.prepare(QStringLiteral("SELECT ds.id FROM dataset_studies ds JOIN datasets d ON d.id = ds.dataset_ref "
                                 "JOIN studies st ON st.id = ds.study_ref WHERE d.code = ? AND st.study_uid = ?"));
        q.addBindValue(code);
        q.addBindValue(uid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    bool read(const QString &login, const QString &code, const QString &uid, const QString &studyClass,
              const std::vector<Finding> &findings, qint64 seconds)
    {
        return m_f.read(login, code, uid, studyClass, findings, {}, seconds);
    }

    void assign(const QString &code, const QStringList &uids, const QString &schema)
    {
        const Result<Dataset> d = m_f.dataset(code, schema, uids);
        QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().message));
        AssignOptions options;
        options.readerIds = {m_f.ids.value(QStringLiteral("r1")), m_f.ids.value(QStringLiteral("r2"))};
        const Result<AssignmentReport> assigned = Readings::assign(*m_f.ws, *m_f.admin, code, options);
        QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
    }

    /// Scripted classes (ranks) of reader A and B of study i: agreement on most studies, a
    /// few one or two ranks apart.
    static int classA(int i) { return (i * 2) % 5; }
    static int classB(int i)
    {
        const int a = classA(i);
        switch (i % 4) {
        case 1:
            return std::min(4, a + 1);
        case 3:
            return i % 8 == 3 ? std::max(0, a - 2) : a;
        default:
            return a;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_f.setUp(2, 1, {QStringLiteral(ETALON_SHARED_DICOM), DicomDirTests}), qPrintable(m_f.error));
        QVERIFY2(m_f.studyUids.size() >= 8, qPrintable(QString::number(m_f.studyUids.size())));
    }

    void permissions()
    {
        assign(QStringLiteral("DS_ST-I_CT_OGK_PERM"), {m_f.studyUids.first()}, QStringLiteral("binary-presence"));
        for (const QString &login : {QStringLiteral("r1"), QStringLiteral("e1")}) {
            const Result<DatasetStatistics> s = Statistics::compute(*m_f.ws, m_f.user(login), QStringLiteral("DS_ST-I_CT_OGK_PERM"));
            QVERIFY(!s.ok());
            QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
        }
        const Result<DatasetStatistics> none = Statistics::compute(*m_f.ws, *m_f.admin, QStringLiteral("DS_ST-I_CT_OGK_NOPE"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        // Nothing read yet: defined zeros and nulls, no failure.
        const Result<DatasetStatistics> empty = Statistics::compute(*m_f.ws, *m_f.admin, QStringLiteral("DS_ST-I_CT_OGK_PERM"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->classes.items, 0);
        QVERIFY(!empty->classes.cohenKappa);
        QVERIFY(empty->toJson().value(QStringLiteral("classes")).toObject().value(QStringLiteral("cohenKappa")).isNull());
        QVERIFY(!empty->findings.iou);
    }

    /// Classes on every study, masks on two, arbitration on three disputes: every figure
    /// against R (kappa), numpy (percentiles, Fleiss' formula) and hand-derived counts.
    void classesMasksAndProcess()
    {
        const QString code = QStringLiteral("DS_ST-I_CT_OGK_SEV");
        assign(code, m_f.studyUids, QStringLiteral("covid-ct-severity"));
        QStringList uids; // studies with an image series (verification needs the data unit's geometry)
        for (const QString &uid : m_f.studyUids) {
            if (Verification::dataUnitGeometry(*m_f.ws, datasetStudyId(code, uid)).ok())
                uids << uid;
        }
        const int n = int(uids.size());
        QVERIFY2(n >= 8, qPrintable(QString::number(n)));
        const QStringList classes{QStringLiteral("CT0"), QStringLiteral("CT1"), QStringLiteral("CT2"), QStringLiteral("CT3"),
                                  QStringLiteral("CT4")};

        // Two studies with slices of at least 64x64 get masks: label 1 (GGO) shifted by 5
        // voxels (Dice 0.5) on the first, B twice as long on the second (Dice 2/3); label 2
        // (CONSOLIDATION) identical on the first (Dice 1).
        QList<int> maskStudies;
        QList<VolumeGeometry> maskGeometry;
        for (int i = 0; i < n && maskStudies.size() < 2; ++i) {
            const Result<VolumeGeometry> g = Verification::dataUnitGeometry(*m_f.ws, datasetStudyId(code, uids[i]));
            if (g && g->size[0] >= 64 && g->size[1] >= 64 && g->size[0] * qint64(g->size[1]) * g->size[2] <= 8'000'000) {
                maskStudies << i;
                maskGeometry << *g;
            }
        }
        QCOMPARE(maskStudies.size(), 2);

        std::vector<int> ratingsA, ratingsB;
        QMap<QString, std::vector<double>> seconds;
        std::vector<double> expectedDice1{0.5, 2.0 / 3.0};
        for (int i = 0; i < n; ++i) {
            const QString uid = uids[i];
            const QStringList ab = readersOf(code, uid);
            QCOMPARE(ab.size(), 2);
            std::vector<Finding> fa, fb;
            const int m = int(maskStudies.indexOf(i));
            if (m >= 0) {
                const VolumeGeometry &g = maskGeometry[m];
                MaskGeometry a{g.size, std::vector<std::uint8_t>(std::size_t(g.size[0]) * g.size[1] * g.size[2], 0)};
                MaskGeometry b = a;
                const int k1 = std::min(2, g.size[2]);
                if (m == 0) {
                    paint(a, 1, 10, 20, 10, 20, 0, k1);
                    paint(b, 1, 15, 25, 10, 20, 0, k1);
                    paint(a, 2, 40, 50, 40, 50, 0, 1);
                    paint(b, 2, 40, 50, 40, 50, 0, 1);
                } else {
                    paint(a, 1, 10, 20, 10, 20, 0, k1);
                    paint(b, 1, 10, 20, 10, 30, 0, k1);
                }
                Finding f;
                f.label = QStringLiteral("GGO");
                f.geometry = a;
                fa.push_back(f);
                f.geometry = b;
                fb.push_back(f);
            }
            const qint64 secondsA = 30 + 7 * i;
            const qint64 secondsB = 200 - 11 * i;
            QVERIFY(read(ab[0], code, uid, classes[classA(i)], fa, secondsA));
            QVERIFY(read(ab[1], code, uid, classes[classB(i)], fb, secondsB));
            ratingsA.push_back(classA(i));
            ratingsB.push_back(classB(i));
            seconds[ab[0]].push_back(double(secondsA));
            seconds[ab[1]].push_back(double(secondsB));
        }

        // Arbitration: the expert gives an own class on the first two disputes (a third read),
        // accepts A on the third.
        const Result<QList<DisputeItem>> disputes = Verification::disputes(*m_f.ws, *m_f.admin, code);
        QVERIFY(disputes.ok());
        QVERIFY(disputes->size() >= 3);
        const Session &expert = m_f.user(QStringLiteral("e1"));
        std::vector<std::vector<int>> fleissCounts;
        QMap<QString, int> upheld;
        for (int d = 0; d < 3; ++d) {
            const DisputeItem &item = disputes->at(d);
            const int i = int(uids.indexOf(item.studyInstanceUid));
            QVERIFY(i >= 0);
            if (d < 2) {
                const Result<qint64> own = Verification::startOwnReading(*m_f.ws, expert, item.disputeId);
                QVERIFY2(own.ok(), own.ok() ? "" : qPrintable(own.error().message));
                const int third = (classA(i) + 3) % 5;
                QVERIFY(Readings::setStudyClass(*m_f.ws, expert, *own, classes[third]).ok());
                const Result<void> submitted = Readings::submit(*m_f.ws, expert, *own);
                QVERIFY2(submitted.ok(), submitted.ok() ? "" : qPrintable(submitted.error().message));
                QVERIFY(Verification::arbitrate(*m_f.ws, expert, item.disputeId, ArbitrationDecision::Own).ok());
                std::vector<int> row(5, 0);
                ++row[std::size_t(classA(i))];
                ++row[std::size_t(classB(i))];
                ++row[std::size_t(third)];
                fleissCounts.push_back(row);
            } else {
                QVERIFY(Verification::arbitrate(*m_f.ws, expert, item.disputeId, ArbitrationDecision::AcceptA).ok());
                ++upheld[readersOf(code, item.studyInstanceUid).at(0)];
            }
        }

        const Result<DatasetStatistics> stats = Statistics::compute(*m_f.ws, *m_f.admin, code);
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        const ClassAgreement &c = stats->classes;
        QCOMPARE(c.scale, QStringLiteral("ordinal"));
        QCOMPARE(c.categories, classes);
        QCOMPARE(c.completedPairs, n);
        QCOMPARE(c.items, n);

        // Confusion matrix and percent agreement, counted here from the scripted ratings.
        std::vector<std::vector<qint64>> expected(5, std::vector<qint64>(5, 0));
        int agreements = 0;
        for (int i = 0; i < n; ++i) {
            ++expected[std::size_t(ratingsA[i])][std::size_t(ratingsB[i])];
            agreements += ratingsA[i] == ratingsB[i];
        }
        QCOMPARE(c.confusion.counts, expected);
        QVERIFY(c.percentAgreement);
        QCOMPARE(*c.percentAgreement, double(agreements) / n);

        // Kappa, its SE and CI (psych::cohen.kappa) and the weighted kappas with FCE 1969 CIs
        // (vcd::Kappa), from the raw ratings tabulated by R.
        const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
        if (rscript.isEmpty())
            QSKIP("Rscript is not installed (apt-get install r-cran-psych r-cran-vcd)");
        const QString script = QStringLiteral(
            "suppressMessages({library(psych); library(vcd)});"
            "x <- unclass(table(factor(%1, levels=0:4), factor(%2, levels=0:4))); k <- nrow(x);"
            "lin <- 1 - abs(col(x) - row(x)) / (k - 1);"
            "q <- cohen.kappa(x, alpha = 0.05); l <- cohen.kappa(x, w = lin, alpha = 0.05);"
            "vq <- Kappa(x, weights = 'Fleiss-Cohen')$Weighted; vl <- Kappa(x, weights = 'Equal-Spacing')$Weighted;"
            "z <- qnorm(0.975);"
            "cat(sprintf('%.12f', c(q$kappa, sqrt(q$var.kappa), q$confid[1,1], q$confid[1,3],"
            " q$weighted.kappa, vq[2], vq[1] - z * vq[2], vq[1] + z * vq[2],"
            " l$weighted.kappa, vl[2], vl[1] - z * vl[2], vl[1] + z * vl[2])))")
                                   .arg(rVector(ratingsA), rVector(ratingsB));
        QProcess r;
        r.start(rscript, {QStringLiteral("-e"), script});
        QVERIFY(r.waitForFinished(60000));
        QVERIFY2(r.exitCode() == 0, r.readAllStandardError().constData());
        const QStringList fields = QString::fromLatin1(r.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(fields.size(), 12);
        std::vector<double> ref;
        for (const QString &f : fields)
            ref.push_back(f.toDouble());
        QVERIFY(c.cohenKappa && c.quadraticKappa && c.linearKappa);
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
        QVERIFY2(near(c.cohenKappa->kappa, ref[0]), qPrintable(QStringLiteral("%1 vs %2").arg(c.cohenKappa->kappa).arg(ref[0])));
        QVERIFY(near(c.cohenKappa->standardError, ref[1]));
        QVERIFY(near(c.cohenKappa->ciLower, std::max(-1.0, ref[2])));
        QVERIFY(near(c.cohenKappa->ciUpper, std::min(1.0, ref[3])));
        QVERIFY(near(c.quadraticKappa->kappa, ref[4]));
        QVERIFY(near(c.quadraticKappa->standardError, ref[5]));
        QVERIFY(near(c.quadraticKappa->ciLower, std::max(-1.0, ref[6])));
        QVERIFY(near(c.quadraticKappa->ciUpper, std::min(1.0, ref[7])));
        QVERIFY(near(c.linearKappa->kappa, ref[8]));
        QVERIFY(near(c.linearKappa->standardError, ref[9]));
        QVERIFY(near(c.linearKappa->ciLower, std::max(-1.0, ref[10])));
        QVERIFY(near(c.linearKappa->ciUpper, std::min(1.0, ref[11])));
        // The process block is Verification::status as it is, whose kappa is the quadratic one.
        const Result<DatasetStatus> status = Verification::status(*m_f.ws, *m_f.admin, code);
        QVERIFY(status.ok());
        QCOMPARE(stats->toJson().value(QStringLiteral("process")).toObject(), status->toJson());
        QVERIFY(status->kappa && near(*status->kappa, ref[4]));

        // Fleiss' kappa over the two studies with three class reads, by its formula in numpy.
        QCOMPARE(c.studiesWithMoreThanTwoReads, 2);
        QVERIFY(c.fleissKappa);
        QCOMPARE(c.fleissKappa->items, qint64(2));
        QCOMPARE(c.fleissKappa->ratersPerItem, 3);
        QString rows;
        for (const auto &row : fleissCounts)
            rows += QStringLiteral("[%1,%2,%3,%4,%5],").arg(row[0]).arg(row[1]).arg(row[2]).arg(row[3]).arg(row[4]);
        const QStringList fleiss = python(QStringLiteral(
            "import numpy as np\nx=np.array([%1],float)\nn=x.sum(1)[0]\nN=len(x)\np=x.sum(0)/(N*n)\n"
            "P=((x*x).sum(1)-n)/(n*(n-1))\nPb=P.mean()\nPe=(p*p).sum()\nprint('%.12f'%((Pb-Pe)/(1-Pe)))").arg(rows));
        QCOMPARE(fleiss.size(), 1);
        QVERIFY(near(c.fleissKappa->kappa, fleiss[0].toDouble()));

        // Masks: Dice per label derived by hand from the painted blocks; percentiles by numpy.
        const FindingAgreement &f = stats->findings;
        QCOMPARE(f.studiesCompared, 2);
        QCOMPARE(f.matchedPairs, 2);
        QCOMPARE(f.unmatchedA, 0);
        QCOMPARE(f.unmatchedB, 0);
        QVERIFY(!f.iou);
        QCOMPARE(f.labelCodes.value(1), QStringLiteral("GGO"));
        QVERIFY(f.diceByLabel.contains(1) && f.diceByLabel.contains(2));
        QCOMPARE(f.diceByLabel[2].count, qint64(1));
        QVERIFY(near(f.diceByLabel[2].median, 1.0));
        const QStringList np = python(QStringLiteral("import numpy as np\nv=np.array(%1)\n"
                                                     "print(*['%.12f'%x for x in (np.percentile(v,25),np.median(v),np.percentile(v,75),v.min(),v.max())])")
                                          .arg(pyList(expectedDice1)));
        QCOMPARE(np.size(), 5);
        const evaluation::DistributionSummary &d1 = f.diceByLabel[1];
        QCOMPARE(d1.count, qint64(2));
        QVERIFY(near(d1.q1, np[0].toDouble()));
        QVERIFY(near(d1.median, np[1].toDouble()));
        QVERIFY(near(d1.q3, np[2].toDouble()));
        QVERIFY(near(d1.min, np[3].toDouble()));
        QVERIFY(near(d1.max, np[4].toDouble()));
        // HD95 per label: every matched label has one (the dataset sets no HD95 threshold), and
        // the summary is numpy's over the detector's per-study values.
        std::vector<double> hd95;
        for (int m : maskStudies) {
            const Result<PrimaryComparison> cmp =
                Verification::comparePrimaryReadings(*m_f.ws, datasetStudyId(code, uids[m]), true);
            QVERIFY(cmp.ok());
            for (const CaseMaskLabel &l : cmp->maskLabels) {
                if (l.label == 1) {
                    QVERIFY(l.hd95Mm);
                    hd95.push_back(*l.hd95Mm);
                }
            }
        }
        QCOMPARE(int(hd95.size()), 2);
        const QStringList npHd = python(QStringLiteral("import numpy as np\nv=np.array(%1)\n"
                                                       "print(*['%.12f'%x for x in (np.percentile(v,25),np.median(v),np.percentile(v,75))])")
                                            .arg(pyList(hd95)));
        QCOMPARE(npHd.size(), 3);
        QVERIFY(f.hd95ByLabel.contains(1));
        QVERIFY(near(f.hd95ByLabel[1].q1, npHd[0].toDouble()));
        QVERIFY(near(f.hd95ByLabel[1].median, npHd[1].toDouble()));
        QVERIFY(near(f.hd95ByLabel[1].q3, npHd[2].toDouble()));
        QVERIFY(f.hd95ByLabel[1].max > 0.0);
        QVERIFY(near(f.hd95ByLabel.value(2).max, 0.0)); // identical label 2

        // Per reader: studies read, mean and median seconds (numpy), upheld in arbitration.
        QCOMPARE(stats->readers.size(), 2);
        for (const ReaderProcess &rp : stats->readers) {
            const std::vector<double> &sec = seconds[rp.login];
            QCOMPARE(rp.studiesRead, int(sec.size()));
            const QStringList t = python(QStringLiteral("import numpy as np\nv=np.array(%1)\nprint('%.12f %.12f'%(v.mean(),np.median(v)))")
                                             .arg(pyList(sec)));
            QCOMPARE(t.size(), 2);
            QVERIFY(rp.meanSecondsPerStudy && near(*rp.meanSecondsPerStudy, t[0].toDouble()));
            QVERIFY(rp.medianSecondsPerStudy && near(*rp.medianSecondsPerStudy, t[1].toDouble()));
            QCOMPARE(rp.upheldInArbitration, upheld.value(rp.login));
            QCOMPARE(rp.arbitrationsInvolved, 3);
        }
    }

    /// Boxes on a nominal schema: IoU distribution and detection counts derived by hand.
    void boxesAndDetection()
    {
        const QString code = QStringLiteral("DS_ST-I_DX_CHEST_BOX");
        assign(code, m_f.studyUids, QStringLiteral("binary-presence"));
        QStringList uids; // four studies with images of at least 64x64 (the rest stay unread)
        for (const QString &uid : m_f.studyUids) {
            const Result<VolumeGeometry> g = Verification::dataUnitGeometry(*m_f.ws, datasetStudyId(code, uid));
            if (g && g->size[0] >= 64 && g->size[1] >= 64 && uids.size() < 4)
                uids << uid;
        }
        QCOMPARE(uids.size(), 4);
        // Study 0: a 10x10 box and the same shifted 5 pixels: IoU 50/150 = 1/3.
        // Study 1: identical boxes (IoU 1) and an extra box of A far away (unmatched A).
        // Study 2: only B draws a box (unmatched B).
        // Study 3: A 20x10, B 10x10 inside it: IoU 100/200 = 0.5.
        const std::vector<std::vector<Finding>> scriptA{
            {box(10, 10, 10, 10)}, {box(10, 10, 10, 10), box(40, 40, 5, 5)}, {}, {box(10, 10, 20, 10)}};
        const std::vector<std::vector<Finding>> scriptB{{box(15, 10, 10, 10)}, {box(10, 10, 10, 10)}, {box(30, 30, 6, 6)}, {box(10, 10, 10, 10)}};
        QMap<QString, int> drawn, matched;
        const std::vector<int> matches{1, 1, 0, 1};
        for (int i = 0; i < 4; ++i) {
            const QStringList ab = readersOf(code, uids[i]);
            QCOMPARE(ab.size(), 2);
            QVERIFY(read(ab[0], code, uids[i], QStringLiteral("PATHOLOGY"), scriptA[std::size_t(i)], 60));
            QVERIFY(read(ab[1], code, uids[i], i == 2 ? QStringLiteral("NORMAL") : QStringLiteral("PATHOLOGY"), scriptB[std::size_t(i)], 60));
            drawn[ab[0]] += int(scriptA[std::size_t(i)].size());
            drawn[ab[1]] += int(scriptB[std::size_t(i)].size());
            matched[ab[0]] += matches[std::size_t(i)];
            matched[ab[1]] += matches[std::size_t(i)];
        }
        const Result<DatasetStatistics> stats = Statistics::compute(*m_f.ws, *m_f.admin, code);
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        const FindingAgreement &f = stats->findings;
        QCOMPARE(f.studiesCompared, 4);
        QCOMPARE(f.matchedPairs, 3);
        QCOMPARE(f.unmatchedA, 1);
        QCOMPARE(f.unmatchedB, 1);
        QVERIFY(f.iou);
        const QStringList np = python(QStringLiteral("import numpy as np\nv=np.array([1/3,1.0,0.5])\n"
                                                     "print(*['%.12f'%x for x in (np.percentile(v,25),np.median(v),np.percentile(v,75))])"));
        QCOMPARE(np.size(), 3);
        QCOMPARE(f.iou->count, qint64(3));
        QVERIFY(std::abs(f.iou->q1 - np[0].toDouble()) < 1e-9);
        QVERIFY(std::abs(f.iou->median - np[1].toDouble()) < 1e-9);
        QVERIFY(std::abs(f.iou->q3 - np[2].toDouble()) < 1e-9);
        QVERIFY(std::abs(f.iou->min - 1.0 / 3.0) < 1e-9);
        QCOMPARE(f.iou->max, 1.0);
        QCOMPARE(f.readers.size(), 2);
        for (const ReaderDetection &r : f.readers) {
            QCOMPARE(r.drawn, drawn.value(r.login));
            QCOMPARE(r.matched, matched.value(r.login));
            QCOMPARE(r.unmatched, drawn.value(r.login) - matched.value(r.login));
        }
        // Nominal: no weighted kappa; 3 of 4 classes agree.
        QVERIFY(stats->toJson().value(QStringLiteral("classes")).toObject().value(QStringLiteral("weightedKappa")).isNull());
        QCOMPARE(*stats->classes.percentAgreement, 0.75);
        QCOMPARE(stats->classes.confusion.counts[1][1], qint64(3));
        QCOMPARE(stats->classes.confusion.counts[1][0], qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
