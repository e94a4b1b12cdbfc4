#include "core/imaging/Consensus.h"

#include <QRandomGenerator>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::imaging;

namespace {

MaskGeometry emptyMask(int nx, int ny, int nz)
{
    MaskGeometry m;
    m.size = {nx, ny, nz};
    m.labels.assign(std::size_t(nx) * ny * nz, 0);
    return m;
}

/// Voxels within \a r of \a c get \a label.
void ball(MaskGeometry &m, double ci, double cj, double ck, double r, std::uint8_t label)
{
    for (int k = 0; k < m.size[2]; ++k)
        for (int j = 0; j < m.size[1]; ++j)
            for (int i = 0; i < m.size[0]; ++i)
                if ((i - ci) * (i - ci) + (j - cj) * (j - cj) + (k - ck) * (k - ck) <= r * r)
                    m.labels[std::size_t(i + m.size[0] * (j + m.size[1] * k))] = label;
}

qint64 countOf(const MaskGeometry &m, std::uint8_t label)
{
    return std::count(m.labels.begin(), m.labels.end(), label);
}

} // namespace

class TestConsensus : public QObject {
    Q_OBJECT

private slots:
    void unionAndIntersectionMatchBruteForce()
    {
        // Random two-label masks: every voxel checked against the rule stated in Consensus.h.
        QRandomGenerator rng(20261124);
        MaskGeometry a = emptyMask(17, 13, 5), b = emptyMask(17, 13, 5);
        for (std::size_t v = 0; v < a.labels.size(); ++v) {
            a.labels[v] = std::uint8_t(rng.bounded(3));
            b.labels[v] = std::uint8_t(rng.bounded(3));
        }
        const auto u = Consensus::combine(a, b, ConsensusKind::Union);
        const auto x = Consensus::combine(a, b, ConsensusKind::Intersection);
        QVERIFY(u.ok());
        QVERIFY(x.ok());
        QCOMPARE(u->size, a.size);
        int disagreements = 0;
        for (std::size_t v = 0; v < a.labels.size(); ++v) {
            const int la = a.labels[v], lb = b.labels[v];
            const int expectedUnion = la != 0 ? la : lb;
            const int expectedIntersection = la == lb ? la : 0;
            QCOMPARE(int(u->labels[v]), expectedUnion);
            QCOMPARE(int(x->labels[v]), expectedIntersection);
            disagreements += la != lb;
        }
        QVERIFY(disagreements > 100); // the data does exercise the rules

        // The difference view: 1 = only A labelled the voxel, 2 = only B, 3 = both.
        const auto d = Consensus::difference(a, b);
        QVERIFY(d.ok());
        QCOMPARE(d->size, a.size);
        for (std::size_t v = 0; v < a.labels.size(); ++v)
            QCOMPARE(int(d->labels[v]), (a.labels[v] != 0 ? 1 : 0) + (b.labels[v] != 0 ? 2 : 0));
    }

    void stapleOfIdenticalMasksIsThatMask()
    {
        MaskGeometry a = emptyMask(32, 32, 12);
        ball(a, 10, 12, 5, 4.5, 1);
        ball(a, 22, 20, 6, 3.2, 2);
        const auto s = Consensus::combine(a, a, ConsensusKind::Staple);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QVERIFY(countOf(a, 1) > 100 && countOf(a, 2) > 50);
        QVERIFY(s->labels == a.labels);
    }

    void stapleOfSupersetLiesBetweenIntersectionAndUnion()
    {
        // A's ball contains B's: the estimate holds all of B and nothing outside A.
        MaskGeometry a = emptyMask(40, 40, 16), b = emptyMask(40, 40, 16);
        ball(a, 20, 20, 8, 7.0, 1);
        ball(b, 20, 20, 8, 4.0, 1);
        // A second label where the readers agree exactly must come through unchanged.
        ball(a, 5, 5, 3, 2.0, 2);
        ball(b, 5, 5, 3, 2.0, 2);
        const auto s = Consensus::combine(a, b, ConsensusKind::Staple);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        for (std::size_t v = 0; v < a.labels.size(); ++v) {
            if (b.labels[v] == 1)
                QCOMPARE(int(s->labels[v]), 1);
            if (a.labels[v] == 0)
                QCOMPARE(int(s->labels[v]), 0);
            if (a.labels[v] == 2)
                QCOMPARE(int(s->labels[v]), 2);
        }
        const qint64 n = countOf(*s, 1);
        QVERIFY(n >= countOf(b, 1) && n <= countOf(a, 1));
    }

    void stapleOfTwoEmptyMasksIsEmpty()
    {
        const MaskGeometry a = emptyMask(8, 8, 4);
        const auto s = Consensus::combine(a, a, ConsensusKind::Staple);
        QVERIFY(s.ok());
        QCOMPARE(countOf(*s, 0), qint64(a.labels.size()));
    }

    void differentSizesAreRefused()
    {
        const auto r = Consensus::combine(emptyMask(8, 8, 4), emptyMask(8, 8, 5), ConsensusKind::Union);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(r.error().message.contains(QLatin1String("8x8x4")));
        MaskGeometry broken = emptyMask(8, 8, 4);
        broken.labels.resize(10);
        QVERIFY(!Consensus::combine(broken, emptyMask(8, 8, 4), ConsensusKind::Staple).ok());
        QCOMPARE(Consensus::difference(emptyMask(8, 8, 4), emptyMask(8, 8, 5)).error().code, ErrorCode::InvalidArgument);
        QVERIFY(!Consensus::difference(broken, emptyMask(8, 8, 4)).ok());
    }
};

QTEST_GUILESS_MAIN(TestConsensus)
#include "tst_consensus.moc"
