#include "core/dicom/VolumeLoader.h"
#include "core/imaging/MaskMetrics.h"
#include "core/imaging/MaskTools.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <numbers>
#include <set>

using namespace etalon::core;
using namespace etalon::core::imaging;

namespace {

qint64 linearOf(const std::array<int, 3> &n, int i, int j, int k)
{
    return i + qint64(n[0]) * (j + qint64(n[1]) * k);
}

std::array<int, 3> indexOf(const std::array<int, 3> &n, qint64 p)
{
    return {int(p % n[0]), int((p / n[0]) % n[1]), int(p / (qint64(n[0]) * n[1]))};
}

std::array<int, 2> planeOf(int axis)
{
    return axis == 0 ? std::array<int, 2>{1, 2} : axis == 1 ? std::array<int, 2>{0, 2} : std::array<int, 2>{0, 1};
}

VolumeGeometry geometryOf(std::array<int, 3> size, Vec3 spacing)
{
    VolumeGeometry g;
    g.size = size;
    g.spacing = spacing;
    return g;
}

int roundHalfUp(double x)
{
    return int(std::floor(x + 0.5));
}

bool insideImage(const std::array<int, 3> &n, int i, int j, int k)
{
    return i >= 0 && j >= 0 && k >= 0 && i < n[0] && j < n[1] && k < n[2];
}

/// Brute force over every voxel: the documented disc (or ball) plus the voxel under the
/// centre.
std::vector<qint64> bruteDisc(const VolumeGeometry &g, int axis, const Vec3 &c, double r, bool sphere)
{
    std::vector<qint64> out;
    const auto &n = g.size;
    const auto &s = g.spacing;
    const int slice = roundHalfUp(c[axis]);
    const auto [u, v] = planeOf(axis);
    // Every voxel of a box that holds the disc with a margin (keeps the dense sampling
    // fast).
    int lo[3], hi[3];
    for (int x = 0; x < 3; ++x) {
        lo[x] = std::max(0, int(c[x] - r / s[x]) - 2);
        hi[x] = std::min(n[x] - 1, int(c[x] + r / s[x]) + 2);
    }
    for (int k = lo[2]; k <= hi[2]; ++k)
        for (int j = lo[1]; j <= hi[1]; ++j)
            for (int i = lo[0]; i <= hi[0]; ++i) {
                const int idx[3] = {i, j, k};
                bool in;
                if (sphere) {
                    const double dx = (i - c[0]) * s[0], dy = (j - c[1]) * s[1], dz = (k - c[2]) * s[2];
                    in = dx * dx + dy * dy + dz * dz <= r * r;
                } else {
                    if (idx[axis] != slice)
                        continue;
                    const double du = (idx[u] - c[u]) * s[u], dv = (idx[v] - c[v]) * s[v];
                    in = du * du + dv * dv <= r * r;
                }
                if (!in && i == roundHalfUp(c[0]) && j == roundHalfUp(c[1]) && k == roundHalfUp(c[2]))
                    in = true;
                if (in)
                    out.push_back(linearOf(n, i, j, k));
            }
    return out;
}

/// Squared distance (mm) from voxel centre p to the segment a..b, all in index coordinates;
/// axes listed in `ignore` do not count (a disc measures in its plane).
double distanceToSegment2(const Vec3 &p, const Vec3 &a, const Vec3 &b, const Vec3 &s, int ignore)
{
    double pa[3], ba[3];
    for (int x = 0; x < 3; ++x) {
        pa[x] = x == ignore ? 0 : (p[x] - a[x]) * s[x];
        ba[x] = x == ignore ? 0 : (b[x] - a[x]) * s[x];
    }
    const double bb = ba[0] * ba[0] + ba[1] * ba[1] + ba[2] * ba[2];
    double t = bb > 0 ? (pa[0] * ba[0] + pa[1] * ba[1] + pa[2] * ba[2]) / bb : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    double d = 0;
    for (int x = 0; x < 3; ++x)
        d += (pa[x] - t * ba[x]) * (pa[x] - t * ba[x]);
    return d;
}

bool isSortedUnique(const std::vector<qint64> &v)
{
    for (std::size_t n = 1; n < v.size(); ++n)
        if (v[n] <= v[n - 1])
            return false;
    return true;
}

/// Even-odd point in polygon, crossings of a ray towards +u, edges half-open in v.
bool insidePolygon(const std::vector<Point2> &poly, double x, double y)
{
    bool in = false;
    for (std::size_t n = 0; n < poly.size(); ++n) {
        const Point2 &a = poly[n], &b = poly[(n + 1) % poly.size()];
        if ((a[1] > y) == (b[1] > y))
            continue;
        const double xc = a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]);
        if (xc > x)
            in = !in;
    }
    return in;
}

std::vector<Point2> randomPolygon(QRandomGenerator &rng, double cx, double cy, double rMax, int vertices)
{
    std::vector<Point2> poly;
    for (int n = 0; n < vertices; ++n) {
        const double angle = 2 * std::numbers::pi * n / vertices + rng.bounded(0.3);
        const double r = rMax * (0.2 + 0.8 * rng.generateDouble());
        poly.push_back({cx + r * std::cos(angle), cy + r * std::sin(angle)});
    }
    return poly;
}

Volume makeVolume(std::array<int, 3> size, PixelType type)
{
    Volume v;
    v.geometry.size = size;
    v.pixelType = type;
    v.sliceGeometryKnown = true;
    v.allocate();
    std::memset(v.voxels.get(), 0, v.byteSize);
    return v;
}

template <typename T>
void setStored(Volume &v, int i, int j, int k, T value)
{
    std::memcpy(v.voxels.get() + linearOf(v.geometry.size, i, j, k) * qint64(sizeof(T)), &value, sizeof(T));
}

/// Face-connected flood fill by brute force (the reference for region growing).
std::vector<qint64> floodFill(const Volume &v, const std::array<int, 3> &seed, double lower, double upper,
                              int planeAxis)
{
    const auto &n = v.geometry.size;
    std::vector<char> seen(v.geometry.voxelCount(), 0);
    std::vector<qint64> out;
    const auto inRange = [&](int i, int j, int k) {
        const double m = v.modalityValue(i, j, k);
        return m >= lower && m <= upper;
    };
    if (!inRange(seed[0], seed[1], seed[2]))
        return out;
    std::deque<std::array<int, 3>> queue{seed};
    seen[std::size_t(linearOf(n, seed[0], seed[1], seed[2]))] = 1;
    while (!queue.empty()) {
        const auto p = queue.front();
        queue.pop_front();
        out.push_back(linearOf(n, p[0], p[1], p[2]));
        for (int axis = 0; axis < 3; ++axis) {
            if (axis == planeAxis)
                continue;
            for (int step : {-1, 1}) {
                auto q = p;
                q[axis] += step;
                if (!insideImage(n, q[0], q[1], q[2]))
                    continue;
                auto &mark = seen[std::size_t(linearOf(n, q[0], q[1], q[2]))];
                if (mark || !inRange(q[0], q[1], q[2]))
                    continue;
                mark = 1;
                queue.push_back(q);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// A synthetic int16 CT-like volume (slope 2, intercept -1000): background -1000, a ball of
/// radius 8 voxels at (20, 20, 15) with 100 (plus uniform noise of ±noise), and a second,
/// separate ball of the same value at (33, 33, 6), radius 4.
Volume sphereVolume(double noise, bool perSliceRescale = false)
{
    Volume v = makeVolume({44, 44, 30}, PixelType::Int16);
    v.geometry.spacing = {0.8, 0.8, 1.5};
    v.modality = "CT";
    v.sliceRescale.clear();
    for (int k = 0; k < 30; ++k)
        v.sliceRescale.push_back(perSliceRescale ? Rescale{double(1 + k % 3), -1000.0 - 10.0 * (k % 2)}
                                                 : Rescale{2.0, -1000.0});
    if (!perSliceRescale)
        v.sliceRescale.resize(1);
    QRandomGenerator rng(7);
    for (int k = 0; k < 30; ++k)
        for (int j = 0; j < 44; ++j)
            for (int i = 0; i < 44; ++i) {
                const auto d2 = [&](int ci, int cj, int ck) {
                    return double((i - ci) * (i - ci) + (j - cj) * (j - cj) + (k - ck) * (k - ck));
                };
                double modality = -1000.0;
                if (d2(20, 20, 15) <= 64.0 || d2(33, 33, 6) <= 16.0)
                    modality = 100.0;
                if (noise > 0)
                    modality += std::round((rng.generateDouble() * 2 - 1) * noise);
                const Rescale &r = v.rescaleOfSlice(k);
                const double stored = std::round((modality - r.intercept) / r.slope);
                setStored<std::int16_t>(v, i, j, k, std::int16_t(stored));
            }
    return v;
}

std::vector<qint64> ballVoxels(const std::array<int, 3> &n, int ci, int cj, int ck, double r2, int planeAxis,
                               int planeIndex)
{
    std::vector<qint64> out;
    for (int k = 0; k < n[2]; ++k)
        for (int j = 0; j < n[1]; ++j)
            for (int i = 0; i < n[0]; ++i) {
                const int idx[3] = {i, j, k};
                if (planeAxis >= 0 && idx[planeAxis] != planeIndex)
                    continue;
                if (double((i - ci) * (i - ci) + (j - cj) * (j - cj) + (k - ck) * (k - ck)) <= r2)
                    out.push_back(linearOf(n, i, j, k));
            }
    return out;
}

Volume loadCt()
{
    const QDir dir(QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"));
    QStringList files;
    for (const QString &name : dir.entryList({"*.dcm"}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    auto loaded = dicom::VolumeLoader::loadSeries(files);
    if (!loaded)
        qFatal("%s", qPrintable(loaded.error().message));
    return std::move(loaded).value();
}

/// A mask with filled discs (voxel centres within radius, in mm) on given slices along
/// axis.
void paintDisc(MaskGeometry &mask, int axis, int slice, double cu, double cv, double radiusMm, std::uint8_t label,
               const Vec3 &spacing = {1, 1, 1})
{
    const auto [u, v] = planeOf(axis);
    for (int b = 0; b < mask.size[v]; ++b)
        for (int a = 0; a < mask.size[u]; ++a) {
            const double du = (a - cu) * spacing[u], dv = (b - cv) * spacing[v];
            if (du * du + dv * dv > radiusMm * radiusMm)
                continue;
            int idx[3];
            idx[axis] = slice;
            idx[u] = a;
            idx[v] = b;
            mask.labels[std::size_t(linearOf(mask.size, idx[0], idx[1], idx[2]))] = label;
        }
}

qint64 countOnSlice(const std::vector<std::uint8_t> &labels, const std::array<int, 3> &n, int axis, int slice,
                    std::uint8_t label)
{
    qint64 count = 0;
    for (std::size_t p = 0; p < labels.size(); ++p)
        if (labels[p] == label && indexOf(n, qint64(p))[axis] == slice)
            ++count;
    return count;
}

} // namespace

class TestMaskTools : public QObject {
    Q_OBJECT

private slots:
    void discMatchesBruteForce_data();
    void discMatchesBruteForce();
    void discAreaIsPhysical_data();
    void discAreaIsPhysical();
    void ballVolumeIsPhysical();
    void tinyBrushPaintsTheVoxelUnderThePointer();
    void discIsClippedToTheImage();
    void sweepIsExactlyTheCapsule_data();
    void sweepIsExactlyTheCapsule();
    void sweepLeavesNoGaps();
    void sweepAcrossSlicesUsesTheNearestSlice();
    void tinySweepFollowsThePath();
    void keepInRangeMatchesModalityValues_data();
    void keepInRangeMatchesModalityValues();
    void keepInRangeOnRealCt();
    void keepInRangeRefusesColour();
    void polygonInteriorMatchesRasteriseAndBruteForce_data();
    void polygonInteriorMatchesRasteriseAndBruteForce();
    void contourOnEachAxisRasterisesOnItsPlane();
    void growsTheSyntheticSphere_data();
    void growsTheSyntheticSphere();
    void growsWithPerSliceRescale();
    void confidenceConnectedFindsTheNoisySphere();
    void growsOutsideAirOnRealCtButNotTheLungs();
    void regionGrowRefusesBadInput();
    void interpolatesBetweenCircles_data();
    void interpolatesBetweenCircles();
    void interpolationHonoursSpacing();
    void interpolationLeavesOtherLabelsAndPaintedSlices();
    void interpolationRejectsBadInput();
};

void TestMaskTools::discMatchesBruteForce_data()
{
    QTest::addColumn<int>("axis");
    QTest::addColumn<Vec3>("spacing");
    QTest::addColumn<double>("radius");
    QTest::addColumn<bool>("sphere");
    QTest::newRow("axial, square pixels") << 2 << Vec3{0.7, 0.7, 2.5} << 5.0 << false;
    QTest::newRow("axial, anisotropic pixels") << 2 << Vec3{0.5, 1.3, 2.0} << 6.0 << false;
    QTest::newRow("coronal (axis 1)") << 1 << Vec3{0.8, 0.6, 2.5} << 7.0 << false;
    QTest::newRow("sagittal (axis 0)") << 0 << Vec3{0.8, 0.6, 2.5} << 7.0 << false;
    QTest::newRow("ball") << 2 << Vec3{0.7, 0.9, 1.6} << 6.0 << true;
    QTest::newRow("radius 0") << 2 << Vec3{1, 1, 1} << 0.0 << false;
}

void TestMaskTools::discMatchesBruteForce()
{
    QFETCH(int, axis);
    QFETCH(Vec3, spacing);
    QFETCH(double, radius);
    QFETCH(bool, sphere);
    const VolumeGeometry g = geometryOf({40, 36, 20}, spacing);
    QRandomGenerator rng(11);
    for (int trial = 0; trial < 40; ++trial) {
        const Vec3 c{rng.generateDouble() * 44 - 2, rng.generateDouble() * 40 - 2, rng.generateDouble() * 24 - 2};
        const auto got = MaskTools::disc(g, axis, c, radius, sphere);
        QVERIFY(isSortedUnique(got));
        const auto want = bruteDisc(g, axis, c, radius, sphere);
        QCOMPARE(got.size(), want.size());
        QVERIFY2(got == want, qPrintable(QStringLiteral("centre %1 %2 %3").arg(c[0]).arg(c[1]).arg(c[2])));
    }
}

void TestMaskTools::discAreaIsPhysical_data()
{
    QTest::addColumn<Vec3>("spacing");
    QTest::addColumn<double>("radius");
    QTest::newRow("10 mm on 0.7 mm") << Vec3{0.7, 0.7, 1.25} << 10.0;
    QTest::newRow("10 mm on 0.5 x 1.0 mm") << Vec3{0.5, 1.0, 1.25} << 10.0;
    QTest::newRow("25 mm on 0.8 x 0.6 mm") << Vec3{0.8, 0.6, 3.0} << 25.0;
}

void TestMaskTools::discAreaIsPhysical()
{
    QFETCH(Vec3, spacing);
    QFETCH(double, radius);
    const VolumeGeometry g = geometryOf({512, 512, 10}, spacing);
    const auto voxels = MaskTools::disc(g, 2, {255.3, 250.8, 4.2}, radius, false);
    const double expected = std::numbers::pi * radius * radius / (spacing[0] * spacing[1]);
    QVERIFY2(std::abs(double(voxels.size()) - expected) < 0.03 * expected,
             qPrintable(QStringLiteral("%1 voxels, %2 expected").arg(voxels.size()).arg(expected)));
    // Round in millimetres: the extent along i and j is 2r / spacing.
    int iMin = 1 << 30, iMax = -1, jMin = 1 << 30, jMax = -1;
    for (qint64 p : voxels) {
        const auto idx = indexOf(g.size, p);
        QCOMPARE(idx[2], 4);
        iMin = std::min(iMin, idx[0]);
        iMax = std::max(iMax, idx[0]);
        jMin = std::min(jMin, idx[1]);
        jMax = std::max(jMax, idx[1]);
    }
    QVERIFY(std::abs((iMax - iMin) * spacing[0] - 2 * radius) <= 2 * spacing[0]);
    QVERIFY(std::abs((jMax - jMin) * spacing[1] - 2 * radius) <= 2 * spacing[1]);
}

void TestMaskTools::ballVolumeIsPhysical()
{
    const Vec3 s{0.7, 0.7, 1.25};
    const VolumeGeometry g = geometryOf({200, 200, 100}, s);
    const auto voxels = MaskTools::disc(g, 2, {100.2, 99.7, 50.4}, 10.0, true);
    const double expected = 4.0 / 3.0 * std::numbers::pi * 1000.0 / (s[0] * s[1] * s[2]);
    QVERIFY2(std::abs(double(voxels.size()) - expected) < 0.03 * expected,
             qPrintable(QStringLiteral("%1 voxels, %2 expected").arg(voxels.size()).arg(expected)));
    QSet<int> slices;
    for (qint64 p : voxels)
        slices.insert(indexOf(g.size, p)[2]);
    // |k - 50.4| * 1.25 <= 10: k from ceil(50.4 - 8) to floor(50.4 + 8).
    QCOMPARE(slices.size(), int(std::floor(50.4 + 8.0)) - int(std::ceil(50.4 - 8.0)) + 1);
}

void TestMaskTools::tinyBrushPaintsTheVoxelUnderThePointer()
{
    const VolumeGeometry g = geometryOf({30, 30, 30}, {1.0, 1.0, 1.0});
    for (int axis = 0; axis < 3; ++axis) {
        const auto v = MaskTools::disc(g, axis, {10.49, 12.51, 7.5}, 0.1, false);
        QCOMPARE(v, std::vector<qint64>{linearOf(g.size, 10, 13, 8)});
        QVERIFY(MaskTools::disc(g, axis, {-0.6, 12, 7}, 0.1, false).empty());
    }
}

void TestMaskTools::discIsClippedToTheImage()
{
    const VolumeGeometry g = geometryOf({20, 20, 5}, {1.0, 1.0, 1.0});
    const auto v = MaskTools::disc(g, 2, {-3.0, 10.0, 2.0}, 6.0, false);
    QVERIFY(!v.empty());
    QCOMPARE(v, bruteDisc(g, 2, {-3.0, 10.0, 2.0}, 6.0, false));
    QVERIFY(MaskTools::disc(g, 2, {5, 5, 7.0}, 6.0, false).empty()); // slice outside
    QVERIFY(MaskTools::disc(g, 3, {5, 5, 2}, 6.0, false).empty()); // bad axis
}

void TestMaskTools::sweepIsExactlyTheCapsule_data()
{
    QTest::addColumn<int>("axis");
    QTest::addColumn<Vec3>("spacing");
    QTest::addColumn<bool>("sphere");
    QTest::newRow("axial") << 2 << Vec3{0.7, 0.7, 2.5} << false;
    QTest::newRow("anisotropic axial") << 2 << Vec3{0.5, 1.2, 2.5} << false;
    QTest::newRow("coronal") << 1 << Vec3{0.7, 0.9, 1.5} << false;
    QTest::newRow("sagittal") << 0 << Vec3{0.7, 0.9, 1.5} << false;
    QTest::newRow("ball") << 2 << Vec3{0.7, 0.8, 1.25} << true;
}

void TestMaskTools::sweepIsExactlyTheCapsule()
{
    QFETCH(int, axis);
    QFETCH(Vec3, spacing);
    QFETCH(bool, sphere);
    const VolumeGeometry g = geometryOf({48, 44, 24}, spacing);
    QRandomGenerator rng(5);
    for (int trial = 0; trial < 30; ++trial) {
        Vec3 a{rng.generateDouble() * 52 - 2, rng.generateDouble() * 48 - 2, rng.generateDouble() * 24};
        Vec3 b{rng.generateDouble() * 52 - 2, rng.generateDouble() * 48 - 2, rng.generateDouble() * 24};
        if (!sphere)
            b[axis] = a[axis] = roundHalfUp(a[axis]) + 0.3 * (rng.generateDouble() - 0.5); // one slice
        const double r = 1.0 + 5.0 * rng.generateDouble();
        const auto got = MaskTools::sweep(g, axis, a, b, r, sphere);
        QVERIFY(isSortedUnique(got));
        std::vector<qint64> want;
        const int slice = roundHalfUp(a[axis]);
        for (int k = 0; k < g.size[2]; ++k)
            for (int j = 0; j < g.size[1]; ++j)
                for (int i = 0; i < g.size[0]; ++i) {
                    const int idx[3] = {i, j, k};
                    if (!sphere && idx[axis] != slice)
                        continue;
                    if (distanceToSegment2({double(i), double(j), double(k)}, a, b, spacing, sphere ? -1 : axis)
                        <= r * r)
                        want.push_back(linearOf(g.size, i, j, k));
                }
        QVERIFY2(
            got == want,
            qPrintable(QStringLiteral("trial %1: %2 voxels, %3 expected").arg(trial).arg(got.size()).arg(want.size())));
    }
}

void TestMaskTools::sweepLeavesNoGaps()
{
    // The union of discs sampled densely along the drag is inside the sweep, and the sweep
    // adds nothing farther than the radius from the drag.
    const Vec3 s{0.7, 0.7, 1.25};
    const VolumeGeometry g = geometryOf({128, 128, 8}, s);
    QRandomGenerator rng(3);
    for (int trial = 0; trial < 20; ++trial) {
        const Vec3 a{rng.generateDouble() * 128, rng.generateDouble() * 128, 3.0};
        const Vec3 b{rng.generateDouble() * 128, rng.generateDouble() * 128, 3.0};
        const double r = 0.5 + 4.0 * rng.generateDouble();
        const auto swept = MaskTools::sweep(g, 2, a, b, r, false);
        std::set<qint64> sampled;
        const int samples = 2000;
        for (int n = 0; n <= samples; ++n) {
            const double t = double(n) / samples;
            const Vec3 c{a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), 3.0};
            for (qint64 p : bruteDisc(geometryOf({128, 128, 8}, s), 2, c, r, false))
                sampled.insert(p);
        }
        const std::set<qint64> sweptSet(swept.begin(), swept.end());
        QVERIFY2(std::includes(sweptSet.begin(), sweptSet.end(), sampled.begin(), sampled.end()),
                 "a voxel painted by one of the sampled discs is missing from the "
                 "sweep");
        for (qint64 p : swept) {
            const auto idx = indexOf(g.size, p);
            const double d2 = distanceToSegment2({double(idx[0]), double(idx[1]), double(idx[2])}, a, b, s, 2);
            QVERIFY(d2 <= r * r + 1e-9);
        }
        // A disc drag at 10 mm covers far more than two discs: no gaps between the ends.
        QVERIFY(sweptSet.size() >= sampled.size());
    }
}

void TestMaskTools::sweepAcrossSlicesUsesTheNearestSlice()
{
    const Vec3 s{1.0, 1.0, 1.0};
    const VolumeGeometry g = geometryOf({40, 40, 10}, s);
    const Vec3 a{5.0, 20.0, 2.0}, b{35.0, 20.0, 5.0};
    const double r = 2.0;
    const auto swept = MaskTools::sweep(g, 2, a, b, r, false);
    // Reference: discs sampled densely, each on its own nearest slice.
    std::set<qint64> sampled;
    for (int n = 0; n <= 3000; ++n) {
        const double t = n / 3000.0;
        const Vec3 c{a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])};
        for (qint64 p : bruteDisc(g, 2, c, r, false))
            sampled.insert(p);
    }
    const std::set<qint64> sweptSet(swept.begin(), swept.end());
    QVERIFY(std::includes(sweptSet.begin(), sweptSet.end(), sampled.begin(), sampled.end()));
    QSet<int> slices;
    for (qint64 p : swept)
        slices.insert(indexOf(g.size, p)[2]);
    QCOMPARE(slices, (QSet<int>{2, 3, 4, 5}));
    // Only voxels at the boundary of a sampled disc may be added (ties at slice changes).
    QVERIFY(swept.size() <= sampled.size() + 20);
}

void TestMaskTools::tinySweepFollowsThePath()
{
    const VolumeGeometry g = geometryOf({50, 50, 3}, {0.7, 0.7, 1.0});
    QRandomGenerator rng(9);
    for (int trial = 0; trial < 20; ++trial) {
        const Vec3 a{rng.generateDouble() * 50 - 0.5, rng.generateDouble() * 50 - 0.5, 1.0};
        const Vec3 b{rng.generateDouble() * 50 - 0.5, rng.generateDouble() * 50 - 0.5, 1.0};
        const auto swept = MaskTools::sweep(g, 2, a, b, 0.05, false);
        std::set<qint64> under;
        for (int n = 0; n <= 20000; ++n) {
            const double t = n / 20000.0;
            const int i = roundHalfUp(a[0] + t * (b[0] - a[0])), j = roundHalfUp(a[1] + t * (b[1] - a[1]));
            if (insideImage(g.size, i, j, 1))
                under.insert(linearOf(g.size, i, j, 1));
        }
        const std::set<qint64> sweptSet(swept.begin(), swept.end());
        QVERIFY(std::includes(sweptSet.begin(), sweptSet.end(), under.begin(), under.end()));
        // Nothing off the path: every voxel's cell meets the segment (±1e-6).
        for (qint64 p : swept) {
            const auto idx = indexOf(g.size, p);
            double t0 = 0, t1 = 1;
            for (int x = 0; x < 2; ++x) {
                const double d = b[x] - a[x], lo = idx[x] - 0.5 - 1e-6, hi = idx[x] + 0.5 + 1e-6;
                if (d == 0) {
                    QVERIFY(a[x] >= lo && a[x] <= hi);
                    continue;
                }
                double ta = (lo - a[x]) / d, tb = (hi - a[x]) / d;
                if (ta > tb)
                    std::swap(ta, tb);
                t0 = std::max(t0, ta);
                t1 = std::min(t1, tb);
            }
            QVERIFY(t0 <= t1);
        }
    }
}

void TestMaskTools::keepInRangeMatchesModalityValues_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<bool>("perSlice");
    QTest::addColumn<int>("storedOffset"); // so that the stored values straddle the ranges tested
    QTest::newRow("int16 CT rescale") << int(PixelType::Int16) << 1.0 << -1024.0 << false << 1024;
    QTest::newRow("int16 odd slope") << int(PixelType::Int16) << 0.37 << -17.3 << false << 0;
    QTest::newRow("uint16 per-slice rescale") << int(PixelType::UInt16) << 1.5 << -300.0 << true << 0;
    QTest::newRow("uint8 negative slope") << int(PixelType::UInt8) << -2.0 << 100.0 << false << 0;
    QTest::newRow("int32") << int(PixelType::Int32) << 0.25 << 7.0 << false << 0;
    QTest::newRow("float32") << int(PixelType::Float32) << 1.1 << -5.0 << true << 0;
}

void TestMaskTools::keepInRangeMatchesModalityValues()
{
    QFETCH(int, type);
    QFETCH(double, slope);
    QFETCH(double, intercept);
    QFETCH(bool, perSlice);
    QFETCH(int, storedOffset);
    const auto pixelType = PixelType(type);
    Volume v = makeVolume({23, 17, 6}, pixelType);
    v.sliceRescale.clear();
    for (int k = 0; k < (perSlice ? 6 : 1); ++k)
        v.sliceRescale.push_back({slope * (1 + 0.5 * k), intercept + 3.0 * k});
    QRandomGenerator rng(17);
    for (int k = 0; k < 6; ++k)
        for (int j = 0; j < 17; ++j)
            for (int i = 0; i < 23; ++i)
                switch (pixelType) {
                case PixelType::Int16:
                    setStored<std::int16_t>(v, i, j, k, std::int16_t(storedOffset + rng.bounded(-300, 300)));
                    break;
                case PixelType::UInt16: setStored<std::uint16_t>(v, i, j, k, std::uint16_t(rng.bounded(0, 600))); break;
                case PixelType::UInt8: setStored<std::uint8_t>(v, i, j, k, std::uint8_t(rng.bounded(0, 256))); break;
                case PixelType::Int32:
                    setStored<std::int32_t>(v, i, j, k, std::int32_t(rng.bounded(-2000, 2000)));
                    break;
                case PixelType::Float32: setStored<float>(v, i, j, k, float(rng.generateDouble() * 400 - 200)); break;
                default: QFAIL("type not covered");
                }
    // Candidates: every voxel, some twice, some outside the volume.
    std::vector<qint64> all;
    for (qint64 p = -3; p < qint64(v.geometry.voxelCount()) + 3; ++p)
        all.push_back(p);
    for (const auto &[lower, upper] : std::vector<std::pair<double, double>>{
             {-50, 50}, {0, 0}, {-17.3, 20.0}, {100.5, 100.5}, {-1e9, 1e9}, {60, -60}}) {
        std::vector<qint64> got = all;
        MaskTools::keepInRange(v, got, lower, upper);
        std::vector<qint64> want;
        for (qint64 p : all) {
            if (p < 0 || p >= qint64(v.geometry.voxelCount()))
                continue;
            const auto idx = indexOf(v.geometry.size, p);
            const double m = v.modalityValue(idx[0], idx[1], idx[2]);
            if (m >= lower && m <= upper)
                want.push_back(p);
        }
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("[%1, %2]: %3 kept, %4 expected")
                                .arg(lower)
                                .arg(upper)
                                .arg(got.size())
                                .arg(want.size())));
        if (lower == -50)
            QVERIFY(!want.empty() && want.size() < all.size() - 6);
    }
}

void TestMaskTools::keepInRangeOnRealCt()
{
    const Volume ct = loadCt();
    QCOMPARE(ct.pixelType, PixelType::Int16);
    auto voxels = MaskTools::disc(ct.geometry, 2, {256.0, 256.0, 1.0}, 60.0, false);
    const auto all = voxels;
    MaskTools::keepInRange(ct, voxels, -100.0, 200.0);
    std::vector<qint64> want;
    for (qint64 p : all) {
        const auto idx = indexOf(ct.geometry.size, p);
        const double hu = ct.modalityValue(idx[0], idx[1], idx[2]);
        if (hu >= -100.0 && hu <= 200.0)
            want.push_back(p);
    }
    QCOMPARE(voxels, want);
    QVERIFY(want.size() > all.size() / 4 && want.size() < all.size()); // soft tissue, not everything
}

void TestMaskTools::keepInRangeRefusesColour()
{
    Volume v = makeVolume({4, 4, 1}, PixelType::UInt8);
    v.samplesPerPixel = 3;
    v.photometric = Photometric::Rgb;
    v.allocate();
    std::vector<qint64> voxels{0, 1, 2};
    MaskTools::keepInRange(v, voxels, -1e9, 1e9);
    QVERIFY(voxels.empty());
}

void TestMaskTools::polygonInteriorMatchesRasteriseAndBruteForce_data()
{
    QTest::addColumn<int>("axis");
    QTest::newRow("axis 2") << 2;
    QTest::newRow("axis 1") << 1;
    QTest::newRow("axis 0") << 0;
}

void TestMaskTools::polygonInteriorMatchesRasteriseAndBruteForce()
{
    QFETCH(int, axis);
    const std::array<int, 3> n{37, 31, 29};
    const auto [u, v] = planeOf(axis);
    QRandomGenerator rng(23 + axis);
    for (int trial = 0; trial < 30; ++trial) {
        // Star-shaped and self-intersecting polygons, partly outside the image.
        auto polygon = randomPolygon(rng, n[u] * rng.generateDouble(), n[v] * rng.generateDouble(), 20, 5 + trial % 9);
        if (trial % 3 == 0)
            std::swap(polygon[1],
                      polygon[3]); // self-intersecting: the even-odd rule matters
        const int slice = int(rng.bounded(n[axis]));
        const auto got = MaskTools::polygonInterior(n, axis, slice, polygon);
        QVERIFY(isSortedUnique(got));

        std::vector<qint64> brute;
        for (int k = 0; k < n[2]; ++k)
            for (int j = 0; j < n[1]; ++j)
                for (int i = 0; i < n[0]; ++i) {
                    const int idx[3] = {i, j, k};
                    if (idx[axis] == slice && insidePolygon(polygon, idx[u], idx[v]))
                        brute.push_back(linearOf(n, i, j, k));
                }
        QCOMPARE(got, brute);

        ContourGeometry contour;
        contour.axis = axis;
        contour.slices[slice] = polygon;
        const MaskGeometry mask = rasteriseToMask(contour, n);
        std::vector<qint64> fromContour;
        for (std::size_t p = 0; p < mask.labels.size(); ++p)
            if (mask.labels[p])
                fromContour.push_back(qint64(p));
        QCOMPARE(got, fromContour);
    }
}

void TestMaskTools::contourOnEachAxisRasterisesOnItsPlane()
{
    // A square of 3 x 4 voxel centres on plane u in [2, 4], v in [5, 8] (pixel-edge
    // corners).
    const std::vector<Point2> square{{1.5, 4.5}, {4.5, 4.5}, {4.5, 8.5}, {1.5, 8.5}};
    for (int axis = 0; axis < 3; ++axis) {
        ContourGeometry contour;
        contour.axis = axis;
        contour.slices[6] = square;
        contour.slices[9] = square;
        const RunMask runs = rasterise(contour);
        QCOMPARE(runs.voxelCount(), qint64(2 * 12));
        for (std::size_t r = 1; r < runs.runs.size(); ++r) { // sorted, disjoint, not touching
            const auto &p = runs.runs[r - 1], &q = runs.runs[r];
            QVERIFY(p.k < q.k || (p.k == q.k && (p.j < q.j || (p.j == q.j && p.i1 < q.i0))));
        }
        const MaskGeometry mask = runs.toMask({12, 12, 12});
        for (int slice : {6, 9})
            for (int a = 2; a <= 4; ++a)
                for (int b = 5; b <= 8; ++b) {
                    const Vec3 idx = contour.toIndex(slice, {double(a), double(b)});
                    QCOMPARE(int(mask.labels[std::size_t(linearOf(mask.size, int(idx[0]), int(idx[1]), int(idx[2])))]),
                             1);
                }
    }
    // Axis 0 voxels on neighbouring slices i = 6, 7 merge into runs along i.
    ContourGeometry sagittal;
    sagittal.axis = 0;
    sagittal.slices[6] = square;
    sagittal.slices[7] = square;
    const RunMask merged = rasterise(sagittal);
    QCOMPARE(merged.runs.size(), std::size_t(12));
    for (const auto &run : merged.runs) {
        QCOMPARE(run.i0, 6);
        QCOMPARE(run.i1, 8);
    }
}

void TestMaskTools::growsTheSyntheticSphere_data()
{
    QTest::addColumn<int>("planeAxis");
    QTest::newRow("3D") << -1;
    QTest::newRow("axial plane") << 2;
    QTest::newRow("coronal plane") << 1;
    QTest::newRow("sagittal plane") << 0;
}

void TestMaskTools::growsTheSyntheticSphere()
{
    QFETCH(int, planeAxis);
    const Volume v = sphereVolume(0.0);
    RegionGrowOptions options;
    options.lower = 50.0; // modality values; the stored ones are 550 inside, 0 outside
    options.upper = 150.0;
    options.planeAxis = planeAxis;
    const std::array<int, 3> seed{18, 21, 14};
    auto grown = MaskTools::regionGrow(v, seed, options);
    QVERIFY2(grown, grown ? "" : qPrintable(grown.error().message));
    const auto want =
        ballVoxels(v.geometry.size, 20, 20, 15, 64.0, planeAxis, planeAxis < 0 ? 0 : seed[std::size_t(planeAxis)]);
    QCOMPARE(grown->size(), want.size());
    QCOMPARE(*grown, want);
    QCOMPARE(*grown, floodFill(v, seed, 50.0, 150.0, planeAxis));
    // The separate ball is not reached (3D: 257 + 257 voxels would mean it leaked).
    QVERIFY(!std::binary_search(grown->begin(), grown->end(), linearOf(v.geometry.size, 33, 33, 6)));
}

void TestMaskTools::growsWithPerSliceRescale()
{
    const Volume v = sphereVolume(0.0, true);
    RegionGrowOptions options;
    options.lower = 50.0;
    options.upper = 150.0;
    options.planeAxis = -1;
    auto grown = MaskTools::regionGrow(v, {20, 20, 15}, options);
    QVERIFY(grown);
    QCOMPARE(*grown, ballVoxels(v.geometry.size, 20, 20, 15, 64.0, -1, 0));
    options.planeAxis = 2;
    grown = MaskTools::regionGrow(v, {20, 20, 16}, options);
    QVERIFY(grown);
    QCOMPARE(*grown, ballVoxels(v.geometry.size, 20, 20, 15, 64.0, 2, 16));
}

void TestMaskTools::confidenceConnectedFindsTheNoisySphere()
{
    const Volume v = sphereVolume(10.0); // ±10 HU uniform noise in and outside the ball
    RegionGrowOptions options;
    options.method = RegionGrowOptions::Method::ConfidenceConnected;
    options.multiplier = 2.5;
    options.iterations = 3;
    options.neighbourhoodRadius = 1;
    for (int planeAxis : {-1, 2}) {
        options.planeAxis = planeAxis;
        auto grown = MaskTools::regionGrow(v, {20, 20, 15}, options);
        QVERIFY2(grown, grown ? "" : qPrintable(grown.error().message));
        QCOMPARE(*grown, ballVoxels(v.geometry.size, 20, 20, 15, 64.0, planeAxis, 15));
    }
}

void TestMaskTools::growsOutsideAirOnRealCtButNotTheLungs()
{
    const Volume ct = loadCt();
    QCOMPARE(ct.modality, QStringLiteral("CT"));
    // 01.dcm: a lung base (air-rich parenchyma in [-1100, -900] HU) inside the body at
    // (190, 147).
    const int k = int(ct.sourceFiles.indexOf(QRegularExpression(".*01\\.dcm$")));
    QVERIFY(k >= 0);
    const std::array<int, 3> seed{256, 5, k}; // air in front of the patient, inside the field of view
    QVERIFY(ct.modalityValue(seed[0], seed[1], seed[2]) > -1100 && ct.modalityValue(seed[0], seed[1], seed[2]) < -900);
    const double lungHu = ct.modalityValue(190, 147, k);
    QVERIFY2(lungHu >= -1100 && lungHu <= -900, "the lung voxel must be in range, or excluding it proves nothing");

    RegionGrowOptions options;
    options.lower = -1100;
    options.upper = -900;
    options.planeAxis = 2;
    auto grown = MaskTools::regionGrow(ct, seed, options);
    QVERIFY2(grown, grown ? "" : qPrintable(grown.error().message));
    QVERIFY(!std::binary_search(grown->begin(), grown->end(), linearOf(ct.geometry.size, 190, 147, k)));
    QCOMPARE(*grown, floodFill(ct, seed, -1100, -900, 2));
    // The outside air is most of the slice's air: more than half of all in-range voxels,
    // and none outside the slice.
    qint64 inRange = 0;
    for (int j = 0; j < ct.rows(); ++j)
        for (int i = 0; i < ct.columns(); ++i) {
            const double hu = ct.modalityValue(i, j, k);
            inRange += hu >= -1100 && hu <= -900;
        }
    QVERIFY2(qint64(grown->size()) > inRange / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(grown->size()).arg(inRange)));
    for (qint64 p : *grown)
        QCOMPARE(indexOf(ct.geometry.size, p)[2], k);

    // 3D reaches the other slices too, and stays out of the lung.
    options.planeAxis = -1;
    auto grown3d = MaskTools::regionGrow(ct, seed, options);
    QVERIFY(grown3d);
    QVERIFY(grown3d->size() > 2 * grown->size());
    QVERIFY(!std::binary_search(grown3d->begin(), grown3d->end(), linearOf(ct.geometry.size, 190, 147, k)));
    QCOMPARE(*grown3d, floodFill(ct, seed, -1100, -900, -1));

    // A limit below the region's size refuses, saying how large it got.
    options.maxVoxels = 1000;
    auto refused = MaskTools::regionGrow(ct, seed, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(refused.error().message.contains(QString::number(grown3d->size())), qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("Narrow the range")));
}

void TestMaskTools::regionGrowRefusesBadInput()
{
    const Volume v = sphereVolume(0.0);
    RegionGrowOptions options;
    auto outside = MaskTools::regionGrow(v, {44, 3, 3}, options);
    QVERIFY(!outside);
    QCOMPARE(outside.error().code, ErrorCode::InvalidArgument);
    QVERIFY(outside.error().message.contains(QStringLiteral("outside")));
    QVERIFY(!MaskTools::regionGrow(v, {3, 3, -1}, options));

    Volume colour = makeVolume({8, 8, 1}, PixelType::UInt8);
    colour.samplesPerPixel = 3;
    colour.photometric = Photometric::Rgb;
    colour.allocate();
    auto rgb = MaskTools::regionGrow(colour, {1, 1, 0}, options);
    QVERIFY(!rgb);
    QCOMPARE(rgb.error().code, ErrorCode::InvalidArgument);
    QVERIFY(rgb.error().message.contains(QStringLiteral("colour")));

    options.lower = 10;
    options.upper = -10;
    QVERIFY(!MaskTools::regionGrow(v, {20, 20, 15}, options));
    options.lower = -10;
    options.upper = 10; // the seed (100 HU) is out of range: nothing, not an error
    auto none = MaskTools::regionGrow(v, {20, 20, 15}, options);
    QVERIFY(none);
    QVERIFY(none->empty());
    options.planeAxis = 3;
    QVERIFY(!MaskTools::regionGrow(v, {20, 20, 15}, options));
}

void TestMaskTools::interpolatesBetweenCircles_data()
{
    QTest::addColumn<int>("axis");
    QTest::newRow("along k") << 2;
    QTest::newRow("along j") << 1;
    QTest::newRow("along i") << 0;
}

void TestMaskTools::interpolatesBetweenCircles()
{
    QFETCH(int, axis);
    std::array<int, 3> n{64, 64, 64};
    n[std::size_t(axis)] = 16;
    MaskGeometry mask;
    mask.size = n;
    mask.labels.assign(std::size_t(n[0]) * n[1] * n[2], 0);
    paintDisc(mask, axis, 2, 31.5, 32.2, 10.0, 1);
    paintDisc(mask, axis, 12, 31.5, 32.2, 20.0, 1);
    auto result = MaskTools::interpolateSlices(mask, axis, 1);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const auto &labels = *result;
    // The painted slices are unchanged; nothing outside slices 2..12.
    for (std::size_t p = 0; p < labels.size(); ++p) {
        const int w = indexOf(n, qint64(p))[axis];
        if (w <= 2 || w >= 12)
            QCOMPARE(labels[p], mask.labels[p]);
    }
    // Radius grows linearly: 10 + (w - 2) mm; area within 3 % of pi r^2 half-way (r = 15),
    // 6 % elsewhere (small discs on a grid).
    qint64 previous = countOnSlice(labels, n, axis, 2, 1);
    for (int w = 3; w < 12; ++w) {
        const qint64 area = countOnSlice(labels, n, axis, w, 1);
        const double r = 10.0 + (w - 2);
        const double expected = std::numbers::pi * r * r;
        QVERIFY2(std::abs(area - expected) < (w == 7 ? 0.03 : 0.06) * expected,
                 qPrintable(QStringLiteral("slice %1: %2 voxels, %3 expected").arg(w).arg(area).arg(expected)));
        QVERIFY(area > previous);
        previous = area;
    }
    // Each interpolated slice is a disc around the same centre: voxels near its rim only.
    const auto [u, v] = planeOf(axis);
    for (std::size_t p = 0; p < labels.size(); ++p) {
        const auto idx = indexOf(n, qint64(p));
        if (labels[p] != 1 || idx[axis] != 7)
            continue;
        QVERIFY(std::hypot(idx[u] - 31.5, idx[v] - 32.2) <= 15.0 + 1.5);
    }
}

void TestMaskTools::interpolationHonoursSpacing()
{
    // Circles of 10 and 20 mm on pixels 0.5 mm wide and 1 mm high: ellipses in index space.
    const Vec3 spacing{0.5, 1.0, 3.0};
    const std::array<int, 3> n{100, 56, 11};
    MaskGeometry mask;
    mask.size = n;
    mask.labels.assign(std::size_t(n[0]) * n[1] * n[2], 0);
    paintDisc(mask, 2, 0, 50.0, 28.0, 10.0, 3, spacing);
    paintDisc(mask, 2, 10, 50.0, 28.0, 20.0, 3, spacing);
    auto result = MaskTools::interpolateSlices(mask, 2, 3, spacing);
    QVERIFY(result);
    const double areaMm2 = double(countOnSlice(*result, n, 2, 5, 3)) * spacing[0] * spacing[1];
    const double expected = std::numbers::pi * 15.0 * 15.0;
    QVERIFY2(std::abs(areaMm2 - expected) < 0.04 * expected, qPrintable(QString::number(areaMm2)));
}

void TestMaskTools::interpolationLeavesOtherLabelsAndPaintedSlices()
{
    const std::array<int, 3> n{48, 48, 20};
    MaskGeometry mask;
    mask.size = n;
    mask.labels.assign(std::size_t(n[0]) * n[1] * n[2], 0);
    paintDisc(mask, 2, 1, 24, 24, 8.0, 1);
    paintDisc(mask, 2, 6, 24, 24, 8.0, 1);
    paintDisc(mask, 2, 9, 20, 20, 3.0,
              1); // a painted slice between: kept exactly as drawn
    paintDisc(mask, 2, 4, 24, 24, 3.0,
              2); // another label inside the interpolated shape
    paintDisc(mask, 2, 15, 10, 10, 4.0, 2);
    const auto before = mask.labels;
    auto result = MaskTools::interpolateSlices(mask, 2, 1);
    QVERIFY(result);
    const auto &after = *result;
    for (std::size_t p = 0; p < after.size(); ++p) {
        const int k = indexOf(n, qint64(p))[2];
        if (before[p] != 0 || k <= 1 || k >= 9 || k == 6)
            QCOMPARE(after[p],
                     before[p]); // other labels, painted slices, outside 1..9
        else
            QVERIFY(after[p] == 0 || after[p] == 1);
    }
    // Between two equal discs the disc repeats (label 2 keeps its voxels on slice 4).
    QCOMPARE(countOnSlice(after, n, 2, 3, 1), countOnSlice(before, n, 2, 1, 1));
    QCOMPARE(countOnSlice(after, n, 2, 4, 1) + countOnSlice(after, n, 2, 4, 2), countOnSlice(before, n, 2, 1, 1));
    QVERIFY(countOnSlice(after, n, 2, 7, 1) > countOnSlice(before, n, 2, 9, 1));
    QCOMPARE(countOnSlice(after, n, 2, 12, 1), qint64(0));
    // MaskDelta of the result changes only background voxels to label 1.
    MaskGeometry interpolated = mask;
    interpolated.labels = after;
    const MaskDelta delta = MaskDelta::difference(mask, interpolated);
    QVERIFY(!delta.isEmpty());
    for (const auto &run : delta.runs)
        QCOMPARE(int(run.label), 1);
    for (std::uint8_t old : delta.before)
        QCOMPARE(int(old), 0);
}

void TestMaskTools::interpolationRejectsBadInput()
{
    MaskGeometry mask;
    mask.size = {4, 4, 4};
    mask.labels.assign(64, 0);
    QVERIFY(!MaskTools::interpolateSlices(mask, 3, 1));
    QVERIFY(!MaskTools::interpolateSlices(mask, 2, 0));
    auto same = MaskTools::interpolateSlices(mask, 2, 1);
    QVERIFY(same);
    QCOMPARE(*same, mask.labels);
    mask.labels.resize(10);
    auto damaged = MaskTools::interpolateSlices(mask, 2, 1);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::CorruptData);
}

QTEST_GUILESS_MAIN(TestMaskTools)
#include "tst_masktools.moc"
