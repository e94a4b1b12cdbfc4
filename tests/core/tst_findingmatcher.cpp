#include "core/workflow/FindingMatcher.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace {

Finding box(double i0, double j0, double i1, double j1, int k0, int k1, QString label = QStringLiteral("nodule"))
{
    Finding f;
    f.label = std::move(label);
    f.geometry = BoxGeometry{i0, j0, i1, j1, k0, k1};
    return f;
}

Finding point(Vec3 index, std::optional<double> diameter = std::nullopt)
{
    Finding f;
    f.label = QStringLiteral("nodule");
    f.geometry = PointGeometry{index, diameter};
    return f;
}

Finding square(int k, double i0, double j0, double side)
{
    Finding f;
    f.label = QStringLiteral("nodule");
    ContourGeometry c;
    c.slices[k] = {{i0, j0}, {i0 + side, j0}, {i0 + side, j0 + side}, {i0, j0 + side}};
    f.geometry = c;
    return f;
}

double totalOf(const std::vector<std::vector<double>> &w, const std::vector<int> &assignment)
{
    double total = 0.0;
    for (std::size_t i = 0; i < assignment.size(); ++i)
        if (assignment[i] >= 0)
            total += w[i][std::size_t(assignment[i])];
    return total;
}

/// Best total over every injective assignment of the smaller side, by enumerating permutations.
double bruteForceBest(const std::vector<std::vector<double>> &w)
{
    const std::size_t rows = w.size(), cols = w.front().size();
    const std::size_t big = std::max(rows, cols);
    std::vector<int> perm(big);
    std::iota(perm.begin(), perm.end(), 0);
    double best = -1e300;
    do {
        double total = 0.0;
        for (std::size_t r = 0; r < big; ++r) {
            const std::size_t i = rows <= cols ? r : std::size_t(perm[r]);
            const std::size_t j = rows <= cols ? std::size_t(perm[r]) : r;
            if (i < rows && j < cols)
                total += w[i][j];
        }
        best = std::max(best, total);
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

VolumeGeometry series(std::array<int, 3> size, Vec3 spacing)
{
    VolumeGeometry g;
    g.size = size;
    g.spacing = spacing;
    return g;
}

} // namespace

class TestFindingMatcher : public QObject {
    Q_OBJECT

private slots:
    void hungarianBeatsGreedy();
    void hungarianMatchesBruteForce();
    void hungarianRectangular();
    void boxIouInVoxels();
    void contourIouOverSlices();
    void pointsWithDiameters();
    void discIouOnSingleImage();
    void pointsWithoutDiametersUseDistance();
    void differentKindsOrLabelsNeverMatch();
    void masksUseDice();
    void matchingIsOneToOne();
};

void TestFindingMatcher::hungarianBeatsGreedy()
{
    // Greedy takes 0.9 (row 0 → col 0) and is left with 0.1; the optimum is 0.8 + 0.8.
    const std::vector<std::vector<double>> w{{0.9, 0.8}, {0.8, 0.1}};
    const auto a = maximumWeightAssignment(w);
    QCOMPARE(a[0], 1);
    QCOMPARE(a[1], 0);
}

void TestFindingMatcher::hungarianMatchesBruteForce()
{
    QRandomGenerator rng(1234);
    for (int trial = 0; trial < 500; ++trial) {
        const int rows = rng.bounded(1, 7), cols = rng.bounded(1, 7);
        std::vector<std::vector<double>> w(std::size_t(rows), std::vector<double>(std::size_t(cols), 0.0));
        for (auto &row : w)
            for (double &x : row)
                x = (trial % 4 == 0) ? double(rng.bounded(0, 3)) / 2.0 : rng.generateDouble(); // ties too
        const auto a = maximumWeightAssignment(w);
        QCOMPARE(int(a.size()), rows);
        std::vector<int> cols_used;
        for (int j : a)
            if (j >= 0)
                cols_used.push_back(j);
        std::sort(cols_used.begin(), cols_used.end());
        QVERIFY(std::adjacent_find(cols_used.begin(), cols_used.end()) == cols_used.end());
        QCOMPARE(int(cols_used.size()), std::min(rows, cols));
        QVERIFY2(std::abs(totalOf(w, a) - bruteForceBest(w)) < 1e-9,
                 qPrintable(QStringLiteral("trial %1 (%2×%3)").arg(trial).arg(rows).arg(cols)));
    }
}

void TestFindingMatcher::hungarianRectangular()
{
    const std::vector<std::vector<double>> tall{{0.1}, {0.7}, {0.3}};
    const auto a = maximumWeightAssignment(tall);
    QCOMPARE(a, (std::vector<int>{-1, 0, -1}));
    QVERIFY(maximumWeightAssignment({}).empty());
}

void TestFindingMatcher::boxIouInVoxels()
{
    FindingMatcher matcher(series({64, 64, 20}, {0.7, 0.7, 2.5}));
    // A: pixels 10..19 × 10..19 on slices 2..3 = 200 voxels; B: pixels 15..24 × 10..19 on
    // slices 3..4 = 200. Overlap: 15..19 × 10..19 on slice 3 = 50. IoU 50 / 350.
    const auto m = matcher.compare(box(9.5, 9.5, 19.5, 19.5, 2, 3), box(14.5, 9.5, 24.5, 19.5, 3, 4));
    QVERIFY(m.iou.has_value());
    QCOMPARE(*m.iou, 50.0 / 350.0);
    QCOMPARE(m.score, *m.iou);
    // 2D boxes (k0 == k1) with the same slice range are inclusive: one slice each.
    const auto same = matcher.compare(box(0.5, 0.5, 4.5, 4.5, 7, 7), box(0.5, 0.5, 4.5, 4.5, 7, 7));
    QCOMPARE(*same.iou, 1.0);
    const auto otherSlice = matcher.compare(box(0.5, 0.5, 4.5, 4.5, 7, 7), box(0.5, 0.5, 4.5, 4.5, 8, 8));
    QCOMPARE(otherSlice.score, 0.0);
}

void TestFindingMatcher::contourIouOverSlices()
{
    FindingMatcher matcher(series({64, 64, 20}, {1, 1, 1}));
    // Squares of side 4 (16 pixels) shifted by 2 columns: overlap 8, IoU 8/24.
    Finding a = square(5, -0.5, -0.5, 4), b = square(5, 1.5, -0.5, 4);
    QCOMPARE(*matcher.compare(a, b).iou, 8.0 / 24.0);
    // Add a slice that only A has: 16 more voxels in the union.
    std::get<ContourGeometry>(a.geometry).slices[6] = {{-0.5, -0.5}, {3.5, -0.5}, {3.5, 3.5}, {-0.5, 3.5}};
    QCOMPARE(*matcher.compare(a, b).iou, 8.0 / 40.0);
}

void TestFindingMatcher::pointsWithDiameters()
{
    FindingMatcher matcher(series({64, 64, 20}, {0.5, 0.5, 2.0}));
    // Concentric spheres of radii 1 and 2 mm: IoU = (1/2)³ = 1/8.
    auto concentric = matcher.compare(point({10, 10, 5}, 2.0), point({10, 10, 5}, 4.0));
    QVERIFY(concentric.iou.has_value());
    QVERIFY(std::abs(*concentric.iou - 0.125) < 1e-12);
    // Equal spheres r = 2 mm, centres 2 mm apart (4 voxels along i at 0.5 mm): the lens is
    // two caps of height h = r - d/2 = 1, each π h² (3r - h)/3 = 5π/3 → 10π/3; a sphere is
    // 32π/3, so IoU = (10/3) / (64/3 - 10/3) = 10/54.
    auto shifted = matcher.compare(point({10, 10, 5}, 4.0), point({14, 10, 5}, 4.0));
    QVERIFY(std::abs(*shifted.distanceMm - 2.0) < 1e-12);
    QVERIFY(std::abs(*shifted.iou - 10.0 / 54.0) < 1e-12);
    // Spacing matters: one slice apart is 2 mm too.
    auto acrossSlices = matcher.compare(point({10, 10, 5}, 4.0), point({10, 10, 6}, 4.0));
    QVERIFY(std::abs(*acrossSlices.iou - 10.0 / 54.0) < 1e-12);
    auto apart = matcher.compare(point({10, 10, 5}, 4.0), point({10, 10, 7}, 4.0));
    QCOMPARE(apart.score, 0.0);
}

void TestFindingMatcher::discIouOnSingleImage()
{
    FindingMatcher matcher(series({256, 256, 1}, {1, 1, 1}));
    // Equal discs r = 1, d = 1: lens = 2 acos(1/2) - (√3)/2 = 2π/3 - √3/2.
    const double lens = 2.0 * std::numbers::pi / 3.0 - std::sqrt(3.0) / 2.0;
    const double expected = lens / (2.0 * std::numbers::pi - lens);
    auto m = matcher.compare(point({10, 10, 0}, 2.0), point({11, 10, 0}, 2.0));
    QVERIFY(std::abs(*m.iou - expected) < 1e-12);
}

void TestFindingMatcher::pointsWithoutDiametersUseDistance()
{
    FindingMatcher matcher(series({64, 64, 20}, {1, 1, 5}), 8.0);
    auto near = matcher.compare(point({10, 10, 5}), point({10, 10, 6})); // 5 mm
    QVERIFY(!near.iou.has_value());
    QCOMPARE(*near.distanceMm, 5.0);
    QVERIFY(near.score > 0.0);
    auto far = matcher.compare(point({10, 10, 5}), point({10, 10, 7})); // 10 mm
    QCOMPARE(far.score, 0.0);
    // One diameter missing: the distance rule applies.
    QVERIFY(matcher.compare(point({10, 10, 5}, 3.0), point({12, 10, 5})).score > 0.0);
    // The nearer of two candidates wins.
    const auto matching = matcher.match({point({10, 10, 5})}, {point({14, 10, 5}), point({11, 10, 5})});
    QCOMPARE(matching.pairs.size(), std::size_t(1));
    QCOMPARE(matching.pairs[0].indexB, 1);
    QCOMPARE(matching.unmatchedB, std::vector<int>{0});
}

void TestFindingMatcher::differentKindsOrLabelsNeverMatch()
{
    FindingMatcher matcher(series({64, 64, 20}, {1, 1, 1}));
    Finding b1 = box(-0.5, -0.5, 3.5, 3.5, 5, 5);
    Finding c1 = square(5, -0.5, -0.5, 4); // the same voxels as a contour
    QCOMPARE(matcher.compare(b1, c1).score, 0.0);
    Finding b2 = box(-0.5, -0.5, 3.5, 3.5, 5, 5, QStringLiteral("mass"));
    QCOMPARE(matcher.compare(b1, b2).score, 0.0);
    const auto matching = matcher.match({b1}, {b2, c1});
    QVERIFY(matching.pairs.empty());
    QCOMPARE(matching.unmatchedA, std::vector<int>{0});
    QCOMPARE(matching.unmatchedB, (std::vector<int>{0, 1}));
}

void TestFindingMatcher::masksUseDice()
{
    FindingMatcher matcher(series({4, 1, 1}, {1, 1, 1}));
    Finding a, b;
    a.geometry = MaskGeometry{{4, 1, 1}, {1, 1, 2, 2}};
    b.geometry = MaskGeometry{{4, 1, 1}, {1, 2, 2, 0}};
    // Label 1: 2·1/3; label 2: 2·1/4 → mean 7/12.
    auto m = matcher.compare(a, b);
    QVERIFY(m.dice.has_value());
    QVERIFY(std::abs(*m.dice - 7.0 / 12.0) < 1e-12);
    Finding wrongSize;
    wrongSize.geometry = MaskGeometry{{2, 2, 1}, {1, 1, 2, 2}};
    QCOMPARE(matcher.compare(a, wrongSize).score, 0.0);
}

void TestFindingMatcher::matchingIsOneToOne()
{
    FindingMatcher matcher(series({128, 128, 10}, {1, 1, 1}));
    // A: two boxes; B: one box overlapping both, and one far away.
    const std::vector<Finding> a{box(9.5, 9.5, 19.5, 19.5, 0, 0), box(15.5, 9.5, 25.5, 19.5, 0, 0)};
    const std::vector<Finding> b{box(14.5, 9.5, 24.5, 19.5, 0, 0), box(99.5, 99.5, 109.5, 109.5, 0, 0)};
    const auto matching = matcher.match(a, b);
    QCOMPARE(matching.pairs.size(), std::size_t(1));
    QCOMPARE(matching.pairs[0].indexA, 1); // 9 of 10 columns shared vs 5 of 10
    QCOMPARE(matching.pairs[0].indexB, 0);
    QCOMPARE(*matching.pairs[0].metrics.iou, 90.0 / 110.0);
    QCOMPARE(matching.unmatchedA, std::vector<int>{0});
    QCOMPARE(matching.unmatchedB, std::vector<int>{1});
}

QTEST_GUILESS_MAIN(TestFindingMatcher)
#include "tst_findingmatcher.moc"
