#include "core/workflow/FindingMatcher.h"

#include "core/imaging/MaskMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace etalon::core::workflow {

namespace {

using imaging::RunMask;

/// Half-open voxel range of a box edge pair (pixel centres i with lo <= i < hi).
std::pair<qint64, qint64> voxelRange(double lo, double hi)
{
    return {qint64(std::ceil(std::min(lo, hi))), qint64(std::ceil(std::max(lo, hi)))};
}

double boxIou(const BoxGeometry &a, const BoxGeometry &b)
{
    const auto [ai0, ai1] = voxelRange(a.i0, a.i1);
    const auto [aj0, aj1] = voxelRange(a.j0, a.j1);
    const auto [bi0, bi1] = voxelRange(b.i0, b.i1);
    const auto [bj0, bj1] = voxelRange(b.j0, b.j1);
    const qint64 ak0 = std::min(a.k0, a.k1), ak1 = std::max(a.k0, a.k1) + 1;
    const qint64 bk0 = std::min(b.k0, b.k1), bk1 = std::max(b.k0, b.k1) + 1;
    const auto extent = [](qint64 lo, qint64 hi) { return std::max<qint64>(0, hi - lo); };
    const qint64 va = extent(ai0, ai1) * extent(aj0, aj1) * extent(ak0, ak1);
    const qint64 vb = extent(bi0, bi1) * extent(bj0, bj1) * extent(bk0, bk1);
    const qint64 both = extent(std::max(ai0, bi0), std::min(ai1, bi1)) * extent(std::max(aj0, bj0), std::min(aj1, bj1))
        * extent(std::max(ak0, bk0), std::min(ak1, bk1));
    if (va + vb == 0)
        return 1.0;
    return double(both) / double(va + vb - both);
}

double sphereIou(double r1, double r2, double d)
{
    const double pi = std::numbers::pi;
    const double v1 = 4.0 / 3.0 * pi * r1 * r1 * r1, v2 = 4.0 / 3.0 * pi * r2 * r2 * r2;
    double both;
    if (d >= r1 + r2)
        both = 0.0;
    else if (d <= std::abs(r1 - r2))
        both = std::min(v1, v2);
    else
        both = pi * (r1 + r2 - d) * (r1 + r2 - d) * (d * d + 2.0 * d * (r1 + r2) - 3.0 * (r1 - r2) * (r1 - r2))
            / (12.0 * d);
    return v1 + v2 - both > 0 ? both / (v1 + v2 - both) : 1.0;
}

double discIou(double r1, double r2, double d)
{
    const double pi = std::numbers::pi;
    const double a1 = pi * r1 * r1, a2 = pi * r2 * r2;
    double both;
    if (d >= r1 + r2)
        both = 0.0;
    else if (d <= std::abs(r1 - r2))
        both = std::min(a1, a2);
    else {
        const double c1 = std::clamp((d * d + r1 * r1 - r2 * r2) / (2.0 * d * r1), -1.0, 1.0);
        const double c2 = std::clamp((d * d + r2 * r2 - r1 * r1) / (2.0 * d * r2), -1.0, 1.0);
        both = r1 * r1 * std::acos(c1) + r2 * r2 * std::acos(c2)
            - 0.5 * std::sqrt(std::max(0.0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
    }
    return a1 + a2 - both > 0 ? both / (a1 + a2 - both) : 1.0;
}

/// A finding prepared once for many comparisons (contours rasterised).
struct Prepared {
    const Finding *finding = nullptr;
    FindingKind kind = FindingKind::Point;
    RunMask runs; ///< contours only
};

Prepared prepare(const Finding &f)
{
    Prepared p;
    p.finding = &f;
    p.kind = f.kind();
    if (const auto *contour = std::get_if<ContourGeometry>(&f.geometry))
        p.runs = imaging::rasterise(*contour);
    return p;
}

PairMetrics comparePrepared(const Prepared &a, const Prepared &b, const VolumeGeometry &geometry,
                            double toleranceMm)
{
    PairMetrics m;
    if (a.kind != b.kind || a.finding->label != b.finding->label)
        return m;
    switch (a.kind) {
    case FindingKind::Point: {
        const auto &pa = std::get<PointGeometry>(a.finding->geometry);
        const auto &pb = std::get<PointGeometry>(b.finding->geometry);
        double sq = 0.0;
        for (int axis = 0; axis < 3; ++axis) {
            const double delta = (pa.index[axis] - pb.index[axis]) * geometry.spacing[axis];
            sq += delta * delta;
        }
        const double d = std::sqrt(sq);
        m.distanceMm = d;
        if (pa.diameterMm && pb.diameterMm && *pa.diameterMm > 0 && *pb.diameterMm > 0) {
            const double r1 = *pa.diameterMm / 2.0, r2 = *pb.diameterMm / 2.0;
            m.iou = geometry.size[2] == 1 ? discIou(r1, r2, d) : sphereIou(r1, r2, d);
            m.score = *m.iou;
        } else if (d <= toleranceMm) {
            m.score = toleranceMm > 0 ? 1.0 - d / (2.0 * toleranceMm) : 1.0;
        }
        return m;
    }
    case FindingKind::Box:
        m.iou = boxIou(std::get<BoxGeometry>(a.finding->geometry), std::get<BoxGeometry>(b.finding->geometry));
        m.score = *m.iou;
        return m;
    case FindingKind::Contour:
        m.iou = RunMask::iou(a.runs, b.runs);
        m.score = *m.iou;
        return m;
    case FindingKind::Mask: {
        auto perLabel = imaging::MaskMetrics::overlapPerLabel(std::get<MaskGeometry>(a.finding->geometry),
                                                              std::get<MaskGeometry>(b.finding->geometry));
        if (!perLabel.ok())
            return m; // different sizes or damaged: never the same finding
        double sum = 0.0;
        for (const auto &[label, overlap] : *perLabel)
            sum += overlap.dice;
        m.dice = perLabel->empty() ? 1.0 : sum / double(perLabel->size());
        m.score = *m.dice;
        return m;
    }
    }
    return m;
}

} // namespace

std::vector<int> maximumWeightAssignment(const std::vector<std::vector<double>> &weights)
{
    const int rows = int(weights.size());
    const int cols = rows ? int(weights.front().size()) : 0;
    std::vector<int> result(std::size_t(rows), -1);
    if (rows == 0 || cols == 0)
        return result;
    const bool transpose = rows > cols;
    const int n = transpose ? cols : rows; // n <= m
    const int m = transpose ? rows : cols;
    auto cost = [&](int i, int j) { // 1-based, minimised
        return transpose ? -weights[std::size_t(j - 1)][std::size_t(i - 1)]
                         : -weights[std::size_t(i - 1)][std::size_t(j - 1)];
    };
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(std::size_t(n) + 1, 0.0), v(std::size_t(m) + 1, 0.0);
    std::vector<int> p(std::size_t(m) + 1, 0), way(std::size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(std::size_t(m) + 1, inf);
        std::vector<char> used(std::size_t(m) + 1, 0);
        do {
            used[j0] = 1;
            const int i0 = p[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[j])
                    continue;
                const double cur = cost(i0, j) - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    for (int j = 1; j <= m; ++j) {
        if (p[j] == 0)
            continue;
        if (transpose)
            result[std::size_t(j - 1)] = p[j] - 1;
        else
            result[std::size_t(p[j] - 1)] = j - 1;
    }
    return result;
}

FindingMatcher::FindingMatcher(const VolumeGeometry &geometry, double pointToleranceMm)
    : m_geometry(geometry), m_pointToleranceMm(pointToleranceMm)
{
}

PairMetrics FindingMatcher::compare(const Finding &a, const Finding &b) const
{
    return comparePrepared(prepare(a), prepare(b), m_geometry, m_pointToleranceMm);
}

FindingMatching FindingMatcher::match(const std::vector<Finding> &a, const std::vector<Finding> &b) const
{
    std::vector<Prepared> pa, pb;
    pa.reserve(a.size());
    pb.reserve(b.size());
    for (const Finding &f : a)
        pa.push_back(prepare(f));
    for (const Finding &f : b)
        pb.push_back(prepare(f));

    std::vector<std::vector<PairMetrics>> metrics(a.size(), std::vector<PairMetrics>(b.size()));
    std::vector<std::vector<double>> weights(a.size(), std::vector<double>(b.size(), 0.0));
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = 0; j < b.size(); ++j) {
            metrics[i][j] = comparePrepared(pa[i], pb[j], m_geometry, m_pointToleranceMm);
            weights[i][j] = metrics[i][j].score;
        }

    const std::vector<int> assignment = maximumWeightAssignment(weights);
    FindingMatching result;
    std::vector<char> usedB(b.size(), 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int j = assignment[i];
        if (j >= 0 && metrics[i][std::size_t(j)].score > 0.0) {
            result.pairs.push_back({int(i), j, metrics[i][std::size_t(j)]});
            usedB[std::size_t(j)] = 1;
        } else {
            result.unmatchedA.push_back(int(i));
        }
    }
    for (std::size_t j = 0; j < b.size(); ++j)
        if (!usedB[j])
            result.unmatchedB.push_back(int(j));
    for (Prepared &p : pa)
        result.voxelsA.push_back(std::move(p.runs));
    for (Prepared &p : pb)
        result.voxelsB.push_back(std::move(p.runs));
    return result;
}

} // namespace etalon::core::workflow
