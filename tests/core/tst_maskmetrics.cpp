#include "core/imaging/MaskMetrics.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

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

void setVoxel(MaskGeometry &m, int i, int j, int k, std::uint8_t v = 1)
{
    m.labels[(std::size_t(k) * m.size[1] + j) * m.size[0] + i] = v;
}

std::uint8_t voxel(const MaskGeometry &m, int i, int j, int k)
{
    if (i < 0 || j < 0 || k < 0 || i >= m.size[0] || j >= m.size[1] || k >= m.size[2])
        return 0;
    return m.labels[(std::size_t(k) * m.size[1] + j) * m.size[0] + i];
}

/// Independent reference: surface voxels by the documented rule, distances by brute force
/// between all surface voxel pairs, numpy-style linear percentile.
struct Reference {
    double hd = 0, hd95 = 0;
};

Reference bruteForce(const MaskGeometry &a, const MaskGeometry &b, const Vec3 &s)
{
    auto surface = [](const MaskGeometry &m) {
        std::vector<std::array<int, 3>> out;
        for (int k = 0; k < m.size[2]; ++k)
            for (int j = 0; j < m.size[1]; ++j)
                for (int i = 0; i < m.size[0]; ++i) {
                    if (!voxel(m, i, j, k))
                        continue;
                    bool edge = false;
                    const int d[6][3] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
                    for (const auto &o : d) {
                        const int axis = o[0] ? 0 : o[1] ? 1 : 2;
                        if (m.size[axis] == 1)
                            continue;
                        if (!voxel(m, i + o[0], j + o[1], k + o[2]))
                            edge = true;
                    }
                    if (edge)
                        out.push_back({i, j, k});
                }
        return out;
    };
    const auto sa = surface(a), sb = surface(b);
    auto directed = [&](const auto &from, const auto &to, std::vector<double> &out) {
        for (const auto &p : from) {
            double best = 1e300;
            for (const auto &q : to) {
                const double dx = (p[0] - q[0]) * s[0], dy = (p[1] - q[1]) * s[1], dz = (p[2] - q[2]) * s[2];
                best = std::min(best, std::sqrt(dx * dx + dy * dy + dz * dz));
            }
            out.push_back(best);
        }
    };
    std::vector<double> d;
    directed(sa, sb, d);
    directed(sb, sa, d);
    std::sort(d.begin(), d.end());
    Reference r;
    r.hd = d.back();
    const double pos = 0.95 * double(d.size() - 1);
    const std::size_t lo = std::size_t(pos);
    const std::size_t hi = std::min(lo + 1, d.size() - 1);
    r.hd95 = d[lo] + (pos - double(lo)) * (d[hi] - d[lo]);
    return r;
}

qint64 countOf(const MaskGeometry &m)
{
    return std::count_if(m.labels.begin(), m.labels.end(), [](std::uint8_t v) { return v != 0; });
}

} // namespace

class TestMaskMetrics : public QObject {
    Q_OBJECT

private slots:
    void diceAndJaccardByHand();
    void perLabelOverlap();
    void emptyMasks();
    void rejectsMismatchedSizes();
    void distanceBetweenTwoVoxelsWithAnisotropicSpacing();
    void hd95IgnoresAStrayVoxel();
    void distancesMatchBruteForce();
    void boxRasterisationCoversPixelCentres();
    void triangleByHand();
    void evenOddRule();
    void adjacentPolygonsShareNoVoxel();
    void contourRoundTripIsExact();
    void rasteriseToMaskClips();
    void runMaskSetOperations();
};

void TestMaskMetrics::diceAndJaccardByHand()
{
    // A: 4×3 block, B: the same block shifted by 2 columns → overlap 2×3 = 6.
    MaskGeometry a = emptyMask(8, 5, 1), b = emptyMask(8, 5, 1);
    for (int j = 1; j < 4; ++j)
        for (int i = 0; i < 4; ++i) {
            setVoxel(a, i, j, 0);
            setVoxel(b, i + 2, j, 0);
        }
    auto o = MaskMetrics::overlap(a, b);
    QVERIFY(o.ok());
    QCOMPARE(o->voxelsA, 12);
    QCOMPARE(o->voxelsB, 12);
    QCOMPARE(o->intersection, 6);
    QCOMPARE(o->dice, 2.0 * 6 / 24);
    QCOMPARE(o->jaccard, 6.0 / 18);
}

void TestMaskMetrics::perLabelOverlap()
{
    MaskGeometry a = emptyMask(4, 1, 1), b = emptyMask(4, 1, 1);
    // a: 1 1 2 2   b: 1 2 2 0
    setVoxel(a, 0, 0, 0, 1);
    setVoxel(a, 1, 0, 0, 1);
    setVoxel(a, 2, 0, 0, 2);
    setVoxel(a, 3, 0, 0, 2);
    setVoxel(b, 0, 0, 0, 1);
    setVoxel(b, 1, 0, 0, 2);
    setVoxel(b, 2, 0, 0, 2);
    auto per = MaskMetrics::overlapPerLabel(a, b);
    QVERIFY(per.ok());
    QCOMPARE(per->size(), std::size_t(2));
    QCOMPARE(per->at(1).dice, 2.0 * 1 / 3);
    QCOMPARE(per->at(2).dice, 2.0 * 1 / 4);
    auto label2 = MaskMetrics::overlap(a, b, 2);
    QCOMPARE(label2->dice, per->at(2).dice);
    auto binary = MaskMetrics::overlap(a, b);
    QCOMPARE(binary->dice, 2.0 * 3 / 7);
}

void TestMaskMetrics::emptyMasks()
{
    MaskGeometry a = emptyMask(5, 5, 2), b = emptyMask(5, 5, 2);
    auto bothEmpty = MaskMetrics::overlap(a, b);
    QCOMPARE(bothEmpty->dice, 1.0);
    QCOMPARE(bothEmpty->jaccard, 1.0);
    auto d = MaskMetrics::surfaceDistances(a, b, {1, 1, 1});
    QVERIFY(d.ok());
    QVERIFY(d->defined);
    QCOMPARE(d->hausdorffMm, 0.0);
    QCOMPARE(d->hd95Mm, 0.0);

    setVoxel(a, 2, 2, 1);
    auto oneEmpty = MaskMetrics::overlap(a, b);
    QCOMPARE(oneEmpty->dice, 0.0);
    auto undefinedDistance = MaskMetrics::surfaceDistances(a, b, {1, 1, 1});
    QVERIFY(undefinedDistance.ok());
    QVERIFY(!undefinedDistance->defined);
    QVERIFY(std::isinf(undefinedDistance->hausdorffMm));
    QVERIFY(std::isinf(undefinedDistance->hd95Mm));
}

void TestMaskMetrics::rejectsMismatchedSizes()
{
    MaskGeometry a = emptyMask(5, 5, 2), b = emptyMask(5, 4, 2);
    QVERIFY(!MaskMetrics::overlap(a, b).ok());
    QVERIFY(!MaskMetrics::surfaceDistances(a, b, {1, 1, 1}).ok());
    MaskGeometry broken = emptyMask(5, 5, 2);
    broken.labels.pop_back();
    auto v = MaskMetrics::overlap(broken, a);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().code, ErrorCode::CorruptData);
    QVERIFY(!MaskMetrics::surfaceDistances(a, a, {1, 0, 1}).ok());
}

void TestMaskMetrics::distanceBetweenTwoVoxelsWithAnisotropicSpacing()
{
    // Single voxels at (2,2,1) and (3,3,3), spacing 0.5 × 0.8 × 3 mm:
    // sqrt(0.5² + 0.8² + 6²) = sqrt(36.89).
    MaskGeometry a = emptyMask(6, 6, 5), b = emptyMask(6, 6, 5);
    setVoxel(a, 2, 2, 1);
    setVoxel(b, 3, 3, 3);
    auto d = MaskMetrics::surfaceDistances(a, b, {0.5, 0.8, 3.0});
    QVERIFY(d.ok());
    QVERIFY(d->defined);
    QVERIFY2(std::abs(d->hausdorffMm - std::sqrt(36.89)) < 1e-5, qPrintable(QString::number(d->hausdorffMm)));
    QVERIFY(std::abs(d->hd95Mm - std::sqrt(36.89)) < 1e-5);
    QCOMPARE(MaskMetrics::overlap(a, b)->dice, 0.0);
}

void TestMaskMetrics::hd95IgnoresAStrayVoxel()
{
    // A: a 10×10 plate on slice 0 (all 100 voxels are surface: slice 1 above is empty).
    // B: the same plate plus one stray voxel at (0,0,2). Pooled distances: 200 zeros and the
    // stray voxel's 2 × 2.5 mm = 5 mm. HD = 5; the 95th percentile (index 0.95·200 = 190) is 0.
    MaskGeometry a = emptyMask(12, 12, 3), b = emptyMask(12, 12, 3);
    for (int j = 0; j < 10; ++j)
        for (int i = 0; i < 10; ++i) {
            setVoxel(a, i, j, 0);
            setVoxel(b, i, j, 0);
        }
    setVoxel(b, 0, 0, 2);
    auto d = MaskMetrics::surfaceDistances(a, b, {0.7, 0.7, 2.5});
    QVERIFY(d.ok());
    QVERIFY(std::abs(d->hausdorffMm - 5.0) < 1e-5);
    QCOMPARE(d->hd95Mm, 0.0);
    QCOMPARE(MaskMetrics::overlap(a, b)->dice, 200.0 / 201.0);
}

void TestMaskMetrics::distancesMatchBruteForce()
{
    QRandomGenerator rng(20240601);
    const Vec3 spacing{0.6, 0.9, 2.5};
    for (int trial = 0; trial < 30; ++trial) {
        MaskGeometry a = emptyMask(14, 11, 6), b = emptyMask(14, 11, 6);
        // Blobs: random boxes plus noise, different per mask.
        auto fill = [&](MaskGeometry &m) {
            const int i0 = rng.bounded(0, 8), j0 = rng.bounded(0, 6), k0 = rng.bounded(0, 4);
            for (int k = k0; k < std::min(6, k0 + rng.bounded(1, 4)); ++k)
                for (int j = j0; j < std::min(11, j0 + rng.bounded(2, 6)); ++j)
                    for (int i = i0; i < std::min(14, i0 + rng.bounded(2, 7)); ++i)
                        setVoxel(m, i, j, k);
            for (int n = 0; n < 3; ++n)
                setVoxel(m, rng.bounded(0, 14), rng.bounded(0, 11), rng.bounded(0, 6));
        };
        fill(a);
        fill(b);
        auto d = MaskMetrics::surfaceDistances(a, b, spacing);
        QVERIFY(d.ok());
        const Reference r = bruteForce(a, b, spacing);
        QVERIFY2(std::abs(d->hausdorffMm - r.hd) < 1e-4,
                 qPrintable(QStringLiteral("trial %1: HD %2 vs %3").arg(trial).arg(d->hausdorffMm).arg(r.hd)));
        QVERIFY2(std::abs(d->hd95Mm - r.hd95) < 1e-4,
                 qPrintable(QStringLiteral("trial %1: HD95 %2 vs %3").arg(trial).arg(d->hd95Mm).arg(r.hd95)));
    }
}

void TestMaskMetrics::boxRasterisationCoversPixelCentres()
{
    // The documented example: pixels 10..19 → i0 = 9.5, i1 = 19.5.
    BoxGeometry box{9.5, 4.5, 19.5, 7.5, 2, 4};
    RunMask runs = rasterise(box);
    QCOMPARE(runs.voxelCount(), 10 * 3 * 3);
    MaskGeometry m = rasteriseToMask(box, {32, 16, 8});
    QCOMPARE(countOf(m), 90);
    QCOMPARE(voxel(m, 10, 5, 2), 1);
    QCOMPARE(voxel(m, 19, 7, 4), 1);
    QCOMPARE(voxel(m, 9, 5, 2), 0);
    QCOMPARE(voxel(m, 20, 5, 2), 0);
    QCOMPARE(voxel(m, 10, 5, 5), 0);
}

void TestMaskMetrics::triangleByHand()
{
    // Right triangle (0,0) (4,0) (0,4): centres with i ≥ 0, j ≥ 0, i + j < 4 (the hypotenuse
    // is a right edge, so its centres are outside): 4 + 3 + 2 + 1 = 10.
    ContourGeometry c;
    c.slices[3] = {{0, 0}, {4, 0}, {0, 4}};
    MaskGeometry m = rasteriseToMask(c, {6, 6, 5});
    QCOMPARE(countOf(m), 10);
    for (int j = 0; j < 6; ++j)
        for (int i = 0; i < 6; ++i)
            QCOMPARE(voxel(m, i, j, 3), std::uint8_t(i + j < 4 ? 1 : 0));
}

void TestMaskMetrics::evenOddRule()
{
    // A square traversed twice: even-odd leaves nothing inside (non-zero winding would fill 16).
    ContourGeometry twice;
    twice.slices[0] = {{-0.5, -0.5}, {3.5, -0.5}, {3.5, 3.5}, {-0.5, 3.5},
                       {-0.5, -0.5}, {3.5, -0.5}, {3.5, 3.5}, {-0.5, 3.5}};
    QCOMPARE(rasterise(twice).voxelCount(), 0);
    // A concave "U": 5×5 square minus the 1×3 notch in the middle of the top.
    ContourGeometry u;
    u.slices[0] = {{-0.5, -0.5}, {1.5, -0.5}, {1.5, 2.5}, {2.5, 2.5}, {2.5, -0.5}, {4.5, -0.5}, {4.5, 4.5}, {-0.5, 4.5}};
    MaskGeometry m = rasteriseToMask(u, {5, 5, 1});
    QCOMPARE(countOf(m), 25 - 3);
    QCOMPARE(voxel(m, 2, 0, 0), 0);
    QCOMPARE(voxel(m, 2, 2, 0), 0);
    QCOMPARE(voxel(m, 2, 3, 0), 1);
}

void TestMaskMetrics::adjacentPolygonsShareNoVoxel()
{
    // Edges through pixel centres: left and top edges are in, right and bottom out.
    ContourGeometry left, right, whole;
    left.slices[0] = {{0, 0}, {2, 0}, {2, 3}, {0, 3}};
    right.slices[0] = {{2, 0}, {4, 0}, {4, 3}, {2, 3}};
    whole.slices[0] = {{0, 0}, {4, 0}, {4, 3}, {0, 3}};
    const RunMask a = rasterise(left), b = rasterise(right), w = rasterise(whole);
    QCOMPARE(RunMask::intersectionCount(a, b), 0);
    QCOMPARE(a.voxelCount() + b.voxelCount(), w.voxelCount());
    QCOMPARE(w.voxelCount(), 4 * 3);
}

void TestMaskMetrics::contourRoundTripIsExact()
{
    // Random masks with holes, separate pieces and diagonal pinches: the traced contour must
    // rasterise back to exactly the same voxels.
    QRandomGenerator rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        RunMask mask;
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 9; ++j) {
                int i = 0;
                while (i < 12) {
                    const int gap = rng.bounded(0, 4), length = rng.bounded(1, 5);
                    i += gap;
                    if (i >= 12)
                        break;
                    const int end = std::min(12, i + length);
                    if (trial % 3 != 0 || rng.bounded(2))
                        mask.runs.push_back({k, j, i, end});
                    i = end + 1;
                }
            }
        const ContourGeometry contour = mask.toContour();
        const RunMask back = rasterise(contour);
        QCOMPARE(back.voxelCount(), mask.voxelCount());
        QCOMPARE(RunMask::intersectionCount(back, mask), mask.voxelCount());
    }
    // A plain rectangle traces to its four corners.
    RunMask rect = rasterise(BoxGeometry{1.5, 2.5, 5.5, 4.5, 0, 0});
    const ContourGeometry c = rect.toContour();
    QCOMPARE(c.slices.size(), std::size_t(1));
    QCOMPARE(c.slices.at(0).size(), std::size_t(4));
}

void TestMaskMetrics::rasteriseToMaskClips()
{
    ContourGeometry c;
    c.slices[-1] = {{0, 0}, {3, 0}, {3, 3}};
    c.slices[1] = {{-5.5, -5.5}, {2.5, -5.5}, {2.5, 1.5}, {-5.5, 1.5}}; // i ∈ [-5, 2], j ∈ [-5, 1]
    MaskGeometry m = rasteriseToMask(c, {4, 4, 2});
    QCOMPARE(countOf(m), 6); // i 0..2 × j 0..1 on slice 1; slice -1 is outside
}

void TestMaskMetrics::runMaskSetOperations()
{
    const RunMask a = rasterise(BoxGeometry{-0.5, -0.5, 3.5, 1.5, 0, 1});  // 4×2×2 = 16
    const RunMask b = rasterise(BoxGeometry{1.5, 0.5, 5.5, 2.5, 1, 2});    // 4×2×2 = 16
    // Overlap: i 2..3, j 1, k 1 → 2 voxels.
    QCOMPARE(RunMask::intersectionCount(a, b), 2);
    QCOMPARE(RunMask::intersection(a, b).voxelCount(), 2);
    QCOMPARE(RunMask::united(a, b).voxelCount(), 30);
    QCOMPARE(RunMask::iou(a, b), 2.0 / 30.0);
    QCOMPARE(RunMask::iou(RunMask{}, RunMask{}), 1.0);
}

QTEST_GUILESS_MAIN(TestMaskMetrics)
#include "tst_maskmetrics.moc"
