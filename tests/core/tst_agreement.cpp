#include "core/evaluation/Agreement.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace etalon::core;
using namespace etalon::core::evaluation;

namespace {

ConfusionMatrix matrixOf(std::vector<std::vector<qint64>> counts)
{
    ConfusionMatrix m;
    m.counts = std::move(counts);
    return m;
}

// A fixed 4-category ordinal table (e.g. CT1..CT4 read by two radiologists, 120 studies)
// with disagreements mostly one step apart.
const std::vector<std::vector<qint64>> ordinalTable{
    {22, 5, 1, 0},
    {4, 30, 6, 1},
    {1, 7, 18, 5},
    {0, 1, 4, 15},
};

QString rMatrix(const std::vector<std::vector<qint64>> &t)
{
    QStringList values;
    for (const auto &row : t)
        for (qint64 v : row)
            values << QString::number(v);
    return QStringLiteral("matrix(c(%1), nrow=%2, byrow=TRUE)").arg(values.join(',')).arg(t.size());
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private slots:
    void confusionFromRatings();
    void confusionRejectsBadInput();
    void textbookTwoByTwo_data();
    void textbookTwoByTwo();
    void weightsCoincideForTwoCategories();
    void perfectAndChanceAgreement();
    void undefinedWhenOneCategoryOnly();
    void fleissWikipediaExample();
    void fleissWithTwoRatersMatchesScottPi();
    void fleissRejectsUnequalRaters();
    void matchesRPsych();
};

void TestAgreement::confusionFromRatings()
{
    auto m = confusionMatrix({0, 1, 2, 2, 1}, {0, 2, 2, 2, 1}, 3);
    QVERIFY(m.ok());
    QCOMPARE(m->total(), 5);
    QCOMPARE(m->agreements(), 4);
    QCOMPARE(m->counts[1][2], 1);
    QCOMPARE(m->counts[2][2], 2);
    QCOMPARE(percentAgreement(*m), 0.8);
}

void TestAgreement::confusionRejectsBadInput()
{
    QVERIFY(!confusionMatrix({0, 1}, {0}, 2).ok());
    auto outside = confusionMatrix({0, 3}, {0, 1}, 3);
    QVERIFY(!outside.ok());
    QVERIFY(outside.error().message.contains(QLatin1String("Item 2")));
}

void TestAgreement::textbookTwoByTwo_data()
{
    QTest::addColumn<qint64>("yesYes");
    QTest::addColumn<qint64>("yesNo");
    QTest::addColumn<qint64>("noYes");
    QTest::addColumn<qint64>("noNo");
    QTest::addColumn<double>("expectedKappa");
    // Cohen's kappa article examples (Wikipedia, "Cohen's kappa"): p_o = 0.7, p_e = 0.5 → 0.4;
    // the "same agreement, different margins" pair 0.1304 and 0.2593.
    QTest::newRow("grant-proposals") << qint64(20) << qint64(5) << qint64(10) << qint64(15) << 0.4;
    QTest::newRow("symmetric-margins") << qint64(45) << qint64(15) << qint64(25) << qint64(15) << 0.1304;
    QTest::newRow("asymmetric-margins") << qint64(25) << qint64(35) << qint64(5) << qint64(35) << 0.2593;
}

void TestAgreement::textbookTwoByTwo()
{
    QFETCH(qint64, yesYes);
    QFETCH(qint64, yesNo);
    QFETCH(qint64, noYes);
    QFETCH(qint64, noNo);
    QFETCH(double, expectedKappa);
    auto k = cohenKappa(matrixOf({{yesYes, yesNo}, {noYes, noNo}}));
    QVERIFY(k.ok());
    QVERIFY2(std::abs(k->kappa - expectedKappa) < 5e-5, qPrintable(QString::number(k->kappa)));
    QVERIFY(k->ciLower < k->kappa && k->kappa < k->ciUpper);
}

void TestAgreement::weightsCoincideForTwoCategories()
{
    // With two categories the off-diagonal weight is 0 for any weighting, so weighted kappa
    // and its SE must equal the unweighted ones.
    const auto m = matrixOf({{20, 5}, {10, 15}});
    auto u = cohenKappa(m, KappaWeighting::Unweighted);
    auto l = cohenKappa(m, KappaWeighting::Linear);
    auto q = cohenKappa(m, KappaWeighting::Quadratic);
    QVERIFY(u.ok() && l.ok() && q.ok());
    QCOMPARE(l->kappa, u->kappa);
    QCOMPARE(q->standardError, u->standardError);
}

void TestAgreement::perfectAndChanceAgreement()
{
    auto perfect = cohenKappa(matrixOf({{10, 0, 0}, {0, 5, 0}, {0, 0, 7}}));
    QVERIFY(perfect.ok());
    QCOMPARE(perfect->kappa, 1.0);
    QCOMPARE(perfect->standardError, 0.0);
    // Independent raters with uniform margins: observed = expected → kappa 0.
    auto chance = cohenKappa(matrixOf({{5, 5}, {5, 5}}));
    QVERIFY(chance.ok());
    QVERIFY(std::abs(chance->kappa) < 1e-12);
    QCOMPARE(chance->observedAgreement, 0.5);
}

void TestAgreement::undefinedWhenOneCategoryOnly()
{
    auto k = cohenKappa(matrixOf({{12, 0}, {0, 0}}));
    QVERIFY(!k.ok());
    QVERIFY(!cohenKappa(matrixOf({{0, 0}, {0, 0}})).ok());
}

void TestAgreement::fleissWikipediaExample()
{
    // Fleiss' kappa, Wikipedia worked example: 10 items, 14 raters, 5 categories;
    // P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const std::vector<std::vector<int>> counts{
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };
    auto f = fleissKappa(counts);
    QVERIFY(f.ok());
    QVERIFY2(std::abs(f->meanObservedAgreement - 0.378) < 5e-4, qPrintable(QString::number(f->meanObservedAgreement)));
    QVERIFY2(std::abs(f->expectedAgreement - 0.213) < 5e-4, qPrintable(QString::number(f->expectedAgreement)));
    QVERIFY2(std::abs(f->kappa - 0.210) < 5e-4, qPrintable(QString::number(f->kappa)));
    QCOMPARE(f->ratersPerItem, 14);
    QVERIFY(f->standardErrorNull > 0.0);
}

void TestAgreement::fleissWithTwoRatersMatchesScottPi()
{
    // With two raters Fleiss' kappa is Scott's pi: (p_o - p_e) / (1 - p_e) with p_e from the
    // pooled margins. 20 items both yes, 15 split, 15 both no: p_o = 35/50 = 0.7, pooled
    // yes = (40 + 15)/100 = 0.55, no = 0.45 → p_e = 0.505, pi = 0.195/0.495.
    std::vector<std::vector<int>> counts;
    for (int n = 0; n < 20; ++n)
        counts.push_back({2, 0});
    for (int n = 0; n < 15; ++n)
        counts.push_back({1, 1});
    for (int n = 0; n < 15; ++n)
        counts.push_back({0, 2});
    auto f = fleissKappa(counts);
    QVERIFY(f.ok());
    QVERIFY(std::abs(f->kappa - 0.195 / 0.495) < 1e-12);
}

void TestAgreement::fleissRejectsUnequalRaters()
{
    auto f = fleissKappa({{2, 1}, {1, 1}});
    QVERIFY(!f.ok());
    QVERIFY(f.error().message.contains(QLatin1String("Item 2")));
}

void TestAgreement::matchesRPsych()
{
    const QString rscript = QStandardPaths::findExecutable(QStringLiteral("Rscript"));
    if (rscript.isEmpty())
        QSKIP("Rscript is not installed (apt-get install r-cran-psych r-cran-vcd)");

    // psych::cohen.kappa: kappa, its SE and CI, and the weighted kappas. Its weighted-kappa
    // variance uses rs_j·Σ_k w_jk where Fleiss, Cohen & Everitt (1969) have w̄_.j = Σ_i p_i. w_ij,
    // so the weighted CI bounds are compared with vcd::Kappa, which implements FCE 1969 as
    // published (the two agree for unweighted kappa, where the terms coincide).
    const QString script = QStringLiteral(
        "suppressMessages({library(psych); library(vcd)}); x <- %1; k <- nrow(x);"
        "lin <- 1 - abs(col(x) - row(x)) / (k - 1);"
        "q <- cohen.kappa(x, alpha = 0.05); l <- cohen.kappa(x, w = lin, alpha = 0.05);"
        "vq <- Kappa(x, weights = 'Fleiss-Cohen')$Weighted; vl <- Kappa(x, weights = 'Equal-Spacing')$Weighted;"
        "z <- qnorm(0.975);"
        "cat(sprintf('%.12f', c(q$kappa, sqrt(q$var.kappa), q$confid[1,1], q$confid[1,3],"
        " q$weighted.kappa, vq[1] - z * vq[2], vq[1] + z * vq[2],"
        " l$weighted.kappa, vl[1] - z * vl[2], vl[1] + z * vl[2])))")
                               .arg(rMatrix(ordinalTable));
    QProcess r;
    r.start(rscript, {QStringLiteral("-e"), script});
    QVERIFY(r.waitForFinished(60000));
    QCOMPARE(r.exitCode(), 0);
    const QStringList fields = QString::fromLatin1(r.readAllStandardOutput()).split(' ', Qt::SkipEmptyParts);
    QCOMPARE(fields.size(), 10);
    std::vector<double> ref;
    for (const QString &f : fields)
        ref.push_back(f.toDouble());

    const auto m = matrixOf(ordinalTable);
    auto u = cohenKappa(m, KappaWeighting::Unweighted);
    auto q = cohenKappa(m, KappaWeighting::Quadratic);
    auto l = cohenKappa(m, KappaWeighting::Linear);
    QVERIFY(u.ok() && q.ok() && l.ok());
    const auto near = [](double a, double b) { return std::abs(a - b) < 1e-9; };
    QVERIFY2(near(u->kappa, ref[0]), qPrintable(QStringLiteral("%1 vs R %2").arg(u->kappa).arg(ref[0])));
    QVERIFY2(near(u->standardError, ref[1]), qPrintable(QStringLiteral("%1 vs R %2").arg(u->standardError).arg(ref[1])));
    QVERIFY(near(u->ciLower, ref[2]));
    QVERIFY(near(u->ciUpper, ref[3]));
    QVERIFY2(near(q->kappa, ref[4]), qPrintable(QStringLiteral("%1 vs R %2").arg(q->kappa).arg(ref[4])));
    QVERIFY2(near(q->ciLower, ref[5]), qPrintable(QStringLiteral("%1 vs R %2").arg(q->ciLower).arg(ref[5])));
    QVERIFY2(near(q->ciUpper, ref[6]), qPrintable(QStringLiteral("%1 vs R %2").arg(q->ciUpper).arg(ref[6])));
    QVERIFY2(near(l->kappa, ref[7]), qPrintable(QStringLiteral("%1 vs R %2").arg(l->kappa).arg(ref[7])));
    QVERIFY2(near(l->ciLower, ref[8]), qPrintable(QStringLiteral("%1 vs R %2").arg(l->ciLower).arg(ref[8])));
    QVERIFY2(near(l->ciUpper, ref[9]), qPrintable(QStringLiteral("%1 vs R %2").arg(l->ciUpper).arg(ref[9])));
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
