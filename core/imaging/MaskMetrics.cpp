#include "core/imaging/MaskMetrics.h"

#include <itkImage.h>
#include <itkImageRegionConstIterator.h>
#include <itkSignedMaurerDistanceMapImageFilter.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace etalon::core::imaging {

namespace {

using ByteImage = itk::Image<unsigned char, 3>;
using FloatImage = itk::Image<float, 3>;

std::size_t voxelsOf(const std::array<int, 3> &size)
{
    return std::size_t(std::max(size[0], 0)) * std::size_t(std::max(size[1], 0)) * std::size_t(std::max(size[2], 0));
}

bool selected(std::uint8_t value, int label)
{
    return label == AnyLabel ? value != 0 : int(value) == label;
}

/// Foreground voxels with a face neighbour in the background or outside the image; axes
/// of size 1 do not count (a single slice has in-plane contours).
std::vector<std::uint8_t> surfaceOf(const std::vector<std::uint8_t> &foreground, const std::array<int, 3> &size)
{
    std::vector<std::uint8_t> surface(foreground.size(), 0);
    const int nx = size[0], ny = size[1], nz = size[2];
    const auto at = [&](int i, int j, int k) { return foreground[(std::size_t(k) * ny + j) * nx + i]; };
    for (int k = 0; k < nz; ++k)
        for (int j = 0; j < ny; ++j)
            for (int i = 0; i < nx; ++i) {
                if (!at(i, j, k))
                    continue;
                bool edge = false;
                if (nx > 1)
                    edge = edge || i == 0 || i == nx - 1 || !at(i - 1, j, k) || !at(i + 1, j, k);
                if (ny > 1)
                    edge = edge || j == 0 || j == ny - 1 || !at(i, j - 1, k) || !at(i, j + 1, k);
                if (nz > 1)
                    edge = edge || k == 0 || k == nz - 1 || !at(i, j, k - 1) || !at(i, j, k + 1);
                if (nx == 1 && ny == 1 && nz == 1)
                    edge = true;
                surface[(std::size_t(k) * ny + j) * nx + i] = edge ? 1 : 0;
            }
    return surface;
}


double percentile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0.0;
    const double position = q * double(sorted.size() - 1);
    const std::size_t lower = std::size_t(std::floor(position));
    const std::size_t upper = std::min(lower + 1, sorted.size() - 1);
    const double fraction = position - double(lower);
    return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
}

struct RowKey {
    int k, j;
    friend bool operator<(const RowKey &a, const RowKey &b) { return a.k != b.k ? a.k < b.k : a.j < b.j; }
    friend bool operator==(const RowKey &a, const RowKey &b) { return a.k == b.k && a.j == b.j; }
};

RowKey rowOf(const RunMask::Run &run)
{
    return {run.k, run.j};
}

/// Sorts and merges overlapping or touching runs on each row.
void normalise(std::vector<RunMask::Run> &runs)
{
    std::sort(runs.begin(), runs.end(), [](const RunMask::Run &a, const RunMask::Run &b) {
        if (a.k != b.k)
            return a.k < b.k;
        if (a.j != b.j)
            return a.j < b.j;
        return a.i0 < b.i0;
    });
    std::vector<RunMask::Run> merged;
    merged.reserve(runs.size());
    for (const RunMask::Run &run : runs) {
        if (run.i1 <= run.i0)
            continue;
        if (!merged.empty() && rowOf(merged.back()) == rowOf(run) && run.i0 <= merged.back().i1)
            merged.back().i1 = std::max(merged.back().i1, run.i1);
        else
            merged.push_back(run);
    }
    runs = std::move(merged);
}

/// Scan-converts one polygon in its plane's (u, v) coordinates: for every row v (integer)
/// the half-open intervals [u0, u1) of integer u whose centres lie inside by the even-odd
/// rule, in increasing v. Crossings are counted with edges half-open in v.
template <typename Row>
void scanPolygon(const std::vector<Point2> &polygon, Row &&row)
{
    if (polygon.size() < 3)
        return;
    double yMin = polygon[0][1], yMax = polygon[0][1];
    for (const Point2 &p : polygon) {
        yMin = std::min(yMin, p[1]);
        yMax = std::max(yMax, p[1]);
    }
    std::vector<double> xs;
    for (int j = int(std::ceil(yMin)); j <= int(std::floor(yMax)); ++j) {
        xs.clear();
        const double y = j;
        for (std::size_t n = 0; n < polygon.size(); ++n) {
            Point2 a = polygon[n];
            Point2 b = polygon[(n + 1) % polygon.size()];
            if ((a[1] > y) == (b[1] > y))
                continue;
            if (a[1] > b[1])
                std::swap(a, b); // the same crossing for an edge in either direction (doubled bridges cancel)
            xs.push_back(a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1]));
        }
        std::sort(xs.begin(), xs.end());
        for (std::size_t m = 0; m + 1 < xs.size(); m += 2) {
            const int i0 = int(std::ceil(xs[m]));
            const int i1 = int(std::ceil(xs[m + 1]));
            if (i1 > i0)
                row(j, i0, i1);
        }
    }
}

/// The polygon on slice \a slice of the plane normal to \a axis as runs along i keyed by
/// (k, j): axis 2 rows are (k = slice, j = v) with i = u; axis 1 rows are (k = v, j = slice)
/// with i = u; axis 0 gives one-voxel runs at i = slice for every (k = v, j = u).
void rasterisePolygon(int axis, int slice, const std::vector<Point2> &polygon, std::vector<RunMask::Run> &out)
{
    switch (axis) {
    case 0:
        scanPolygon(polygon, [&](int v, int u0, int u1) {
            for (int u = u0; u < u1; ++u)
                out.push_back({v, u, slice, slice + 1});
        });
        break;
    case 1:
        scanPolygon(polygon, [&](int v, int u0, int u1) { out.push_back({v, slice, u0, u1}); });
        break;
    default:
        scanPolygon(polygon, [&](int v, int u0, int u1) { out.push_back({slice, v, u0, u1}); });
        break;
    }
}

} // namespace

Result<void> MaskMetrics::validate(const MaskGeometry &mask)
{
    if (mask.size[0] < 0 || mask.size[1] < 0 || mask.size[2] < 0 || mask.labels.size() != voxelsOf(mask.size))
        return makeError(ErrorCode::CorruptData,
                         tr("The mask holds %1 voxels but its size %2×%3×%4 needs %5; the finding is damaged.")
                             .arg(mask.labels.size())
                             .arg(mask.size[0])
                             .arg(mask.size[1])
                             .arg(mask.size[2])
                             .arg(voxelsOf(mask.size)));
    return {};
}

namespace {

Result<void> checkPair(const MaskGeometry &a, const MaskGeometry &b)
{
    if (auto ok = MaskMetrics::validate(a); !ok)
        return ok.error();
    if (auto ok = MaskMetrics::validate(b); !ok)
        return ok.error();
    if (a.size != b.size)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("etalon::core::imaging::MaskMetrics",
                                                     "The masks differ in size (%1×%2×%3 and %4×%5×%6); both must "
                                                     "cover the same series.")
                             .arg(a.size[0])
                             .arg(a.size[1])
                             .arg(a.size[2])
                             .arg(b.size[0])
                             .arg(b.size[1])
                             .arg(b.size[2]));
    return {};
}

OverlapMetrics overlapFromCounts(qint64 a, qint64 b, qint64 both)
{
    OverlapMetrics m;
    m.voxelsA = a;
    m.voxelsB = b;
    m.intersection = both;
    if (a + b == 0) {
        m.dice = 1.0;
        m.jaccard = 1.0;
    } else {
        m.dice = 2.0 * double(both) / double(a + b);
        m.jaccard = double(both) / double(a + b - both);
    }
    return m;
}

} // namespace

Result<OverlapMetrics> MaskMetrics::overlap(const MaskGeometry &a, const MaskGeometry &b, int label)
{
    if (auto ok = checkPair(a, b); !ok)
        return ok.error();
    qint64 na = 0, nb = 0, both = 0;
    for (std::size_t n = 0; n < a.labels.size(); ++n) {
        const bool inA = selected(a.labels[n], label);
        const bool inB = selected(b.labels[n], label);
        na += inA;
        nb += inB;
        both += inA && inB;
    }
    return overlapFromCounts(na, nb, both);
}

Result<std::map<int, OverlapMetrics>> MaskMetrics::overlapPerLabel(const MaskGeometry &a, const MaskGeometry &b)
{
    if (auto ok = checkPair(a, b); !ok)
        return ok.error();
    std::array<qint64, 256> na{}, nb{}, both{};
    for (std::size_t n = 0; n < a.labels.size(); ++n) {
        ++na[a.labels[n]];
        ++nb[b.labels[n]];
        if (a.labels[n] == b.labels[n])
            ++both[a.labels[n]];
    }
    std::map<int, OverlapMetrics> result;
    for (int label = 1; label < 256; ++label)
        if (na[label] || nb[label])
            result[label] = overlapFromCounts(na[label], nb[label], both[label]);
    return result;
}

Result<SurfaceDistances> MaskMetrics::surfaceDistances(const MaskGeometry &a, const MaskGeometry &b,
                                                       const Vec3 &spacing, int label)
{
    if (auto ok = checkPair(a, b); !ok)
        return ok.error();
    if (!(spacing[0] > 0 && spacing[1] > 0 && spacing[2] > 0))
        return makeError(ErrorCode::InvalidArgument, tr("Surface distances need a positive voxel spacing."));

    std::vector<std::uint8_t> fa(a.labels.size()), fb(b.labels.size());
    bool anyA = false, anyB = false;
    for (std::size_t n = 0; n < fa.size(); ++n) {
        fa[n] = selected(a.labels[n], label);
        fb[n] = selected(b.labels[n], label);
        anyA = anyA || fa[n];
        anyB = anyB || fb[n];
    }
    SurfaceDistances d;
    if (!anyA && !anyB)
        return d;
    if (anyA != anyB) {
        d.defined = false;
        d.hausdorffMm = d.hd95Mm = d.meanMm = std::numeric_limits<double>::infinity();
        return d;
    }

    try {
        const std::vector<std::uint8_t> surfaceA = surfaceOf(fa, a.size);
        const std::vector<std::uint8_t> surfaceB = surfaceOf(fb, b.size);
        const Result<std::vector<float>> toA = distanceToSet(surfaceA, a.size, spacing);
        const Result<std::vector<float>> toB = distanceToSet(surfaceB, b.size, spacing);
        if (!toA || !toB)
            return !toA ? toA.error() : toB.error();
        std::vector<double> distances;
        for (std::size_t n = 0; n < surfaceA.size(); ++n) {
            if (surfaceA[n])
                distances.push_back((*toB)[n]);
            if (surfaceB[n])
                distances.push_back((*toA)[n]);
        }
        std::sort(distances.begin(), distances.end());
        double sum = 0.0;
        for (double v : distances)
            sum += v;
        d.hausdorffMm = distances.back();
        d.hd95Mm = percentile(distances, 0.95);
        d.meanMm = sum / double(distances.size());
    } catch (const itk::ExceptionObject &e) {
        return makeError(ErrorCode::Unsupported, tr("ITK could not compute the distance map: %1")
                                                     .arg(QString::fromLocal8Bit(e.GetDescription())));
    }
    return d;
}

qint64 RunMask::voxelCount() const
{
    qint64 n = 0;
    for (const Run &run : runs)
        n += run.i1 - run.i0;
    return n;
}

qint64 RunMask::intersectionCount(const RunMask &a, const RunMask &b)
{
    qint64 n = 0;
    std::size_t p = 0, q = 0;
    while (p < a.runs.size() && q < b.runs.size()) {
        const Run &ra = a.runs[p];
        const Run &rb = b.runs[q];
        const RowKey ka = rowOf(ra), kb = rowOf(rb);
        if (ka < kb) {
            ++p;
        } else if (kb < ka) {
            ++q;
        } else {
            n += std::max(0, std::min(ra.i1, rb.i1) - std::max(ra.i0, rb.i0));
            if (ra.i1 < rb.i1)
                ++p;
            else
                ++q;
        }
    }
    return n;
}

RunMask RunMask::intersection(const RunMask &a, const RunMask &b)
{
    RunMask out;
    std::size_t p = 0, q = 0;
    while (p < a.runs.size() && q < b.runs.size()) {
        const Run &ra = a.runs[p];
        const Run &rb = b.runs[q];
        const RowKey ka = rowOf(ra), kb = rowOf(rb);
        if (ka < kb) {
            ++p;
        } else if (kb < ka) {
            ++q;
        } else {
            const int i0 = std::max(ra.i0, rb.i0), i1 = std::min(ra.i1, rb.i1);
            if (i1 > i0)
                out.runs.push_back({ra.k, ra.j, i0, i1});
            if (ra.i1 < rb.i1)
                ++p;
            else
                ++q;
        }
    }
    return out;
}

RunMask RunMask::united(const RunMask &a, const RunMask &b)
{
    RunMask out;
    out.runs = a.runs;
    out.runs.insert(out.runs.end(), b.runs.begin(), b.runs.end());
    normalise(out.runs);
    return out;
}

double RunMask::iou(const RunMask &a, const RunMask &b)
{
    const qint64 na = a.voxelCount(), nb = b.voxelCount();
    if (na + nb == 0)
        return 1.0;
    const qint64 both = intersectionCount(a, b);
    return double(both) / double(na + nb - both);
}

MaskGeometry RunMask::toMask(const std::array<int, 3> &size, std::uint8_t value) const
{
    MaskGeometry mask;
    mask.size = size;
    mask.labels.assign(voxelsOf(size), 0);
    for (const Run &run : runs) {
        if (run.k < 0 || run.k >= size[2] || run.j < 0 || run.j >= size[1])
            continue;
        const int i0 = std::max(run.i0, 0), i1 = std::min(run.i1, size[0]);
        if (i1 <= i0)
            continue;
        auto begin = mask.labels.begin() + std::ptrdiff_t((std::size_t(run.k) * size[1] + run.j) * size[0] + i0);
        std::fill(begin, begin + (i1 - i0), value);
    }
    return mask;
}

ContourGeometry RunMask::toContour() const
{
    // Boundary edges on the pixel-corner grid (corner (x, y) is at (x - 0.5, y - 0.5)),
    // oriented so that each vertex has as many outgoing as incoming edges: left and right
    // sides of every run, and the stretches of a row's top (bottom) not covered by the row
    // above (below). Built per run, never per pixel.
    struct Edge {
        qint64 from, to;
    };
    const auto key = [](int x, int y) { return (qint64(x) << 32) + qint64(quint32(y)); };
    const auto xOf = [](qint64 k) { return int(k >> 32); };
    const auto yOf = [](qint64 k) { return int(quint32(k & 0xffffffff)); };

    ContourGeometry contour;
    std::vector<Edge> edges;
    std::vector<std::pair<int, int>> uncovered;
    std::size_t first = 0;
    while (first < runs.size()) {
        const int k = runs[first].k;
        std::size_t last = first;
        while (last < runs.size() && runs[last].k == k)
            ++last;
        const int jMin = runs[first].j, jMax = runs[last - 1].j;
        std::vector<std::pair<std::size_t, std::size_t>> rows(std::size_t(jMax - jMin + 1), {0, 0});
        for (std::size_t r = first; r < last;) {
            std::size_t e = r;
            while (e < last && runs[e].j == runs[r].j)
                ++e;
            rows[std::size_t(runs[r].j - jMin)] = {r, e};
            r = e;
        }
        const auto rowOfJ = [&](int j) -> std::pair<std::size_t, std::size_t> {
            if (j < jMin || j > jMax)
                return {0, 0};
            return rows[std::size_t(j - jMin)];
        };
        // Parts of [row] not covered by [other]: both sorted and disjoint.
        const auto difference = [&](std::pair<std::size_t, std::size_t> row, std::pair<std::size_t, std::size_t> other) {
            uncovered.clear();
            std::size_t q = other.first;
            for (std::size_t r = row.first; r < row.second; ++r) {
                int a = runs[r].i0;
                const int b = runs[r].i1;
                while (q < other.second && runs[q].i1 <= a)
                    ++q;
                std::size_t o = q;
                while (a < b) {
                    if (o >= other.second || runs[o].i0 >= b) {
                        uncovered.push_back({a, b});
                        break;
                    }
                    if (runs[o].i0 > a)
                        uncovered.push_back({a, runs[o].i0});
                    a = std::max(a, runs[o].i1);
                    ++o;
                }
            }
        };

        edges.clear();
        for (int j = jMin; j <= jMax; ++j) {
            const auto row = rowOfJ(j);
            for (std::size_t r = row.first; r < row.second; ++r) {
                edges.push_back({key(runs[r].i0, j + 1), key(runs[r].i0, j)});
                edges.push_back({key(runs[r].i1, j), key(runs[r].i1, j + 1)});
            }
            difference(row, rowOfJ(j - 1));
            for (const auto &[a, b] : uncovered)
                edges.push_back({key(a, j), key(b, j)});
            difference(row, rowOfJ(j + 1));
            for (const auto &[a, b] : uncovered)
                edges.push_back({key(b, j + 1), key(a, j + 1)});
        }

        std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) { return x.from < y.from; });
        std::vector<qint64> vertices;
        std::vector<std::size_t> cursor, end;
        for (std::size_t e = 0; e < edges.size(); ++e) {
            if (vertices.empty() || vertices.back() != edges[e].from) {
                if (!vertices.empty())
                    end.push_back(e);
                vertices.push_back(edges[e].from);
                cursor.push_back(e);
            }
        }
        end.push_back(edges.size());
        const auto vertexIndex = [&](qint64 k) {
            return std::size_t(std::lower_bound(vertices.begin(), vertices.end(), k) - vertices.begin());
        };

        std::vector<std::vector<qint64>> circuits;
        std::vector<std::size_t> stack;
        std::vector<qint64> circuit;
        for (std::size_t start = 0; start < vertices.size(); ++start) {
            while (cursor[start] < end[start]) {
                // Hierholzer: one closed walk through every edge reachable from start.
                stack.assign(1, start);
                circuit.clear();
                while (!stack.empty()) {
                    const std::size_t v = stack.back();
                    if (cursor[v] < end[v]) {
                        stack.push_back(vertexIndex(edges[cursor[v]++].to));
                    } else {
                        circuit.push_back(vertices[v]);
                        stack.pop_back();
                    }
                }
                std::reverse(circuit.begin(), circuit.end());
                circuit.pop_back(); // closed: the last corner repeats the first
                std::vector<qint64> simplified; // without corners on straight stretches
                for (std::size_t n = 0; n < circuit.size(); ++n) {
                    const qint64 prev = circuit[(n + circuit.size() - 1) % circuit.size()];
                    const qint64 here = circuit[n];
                    const qint64 next = circuit[(n + 1) % circuit.size()];
                    const qint64 cross = qint64(xOf(here) - xOf(prev)) * (yOf(next) - yOf(here))
                        - qint64(yOf(here) - yOf(prev)) * (xOf(next) - xOf(here));
                    if (cross != 0)
                        simplified.push_back(here);
                }
                if (!simplified.empty())
                    circuits.push_back(std::move(simplified));
            }
        }

        std::vector<Point2> polygon;
        const auto corner = [&](qint64 c) { return Point2{xOf(c) - 0.5, yOf(c) - 0.5}; };
        for (std::size_t c = 0; c < circuits.size(); ++c) {
            if (c > 0)
                polygon.push_back(corner(circuits[0][0])); // bridge out from the first circuit's start
            for (qint64 v : circuits[c])
                polygon.push_back(corner(v));
            if (c > 0)
                polygon.push_back(corner(circuits[c][0])); // close this circuit, then bridge back
        }
        if (!polygon.empty())
            contour.slices[k] = std::move(polygon);
        first = last;
    }
    return contour;
}

RunMask rasterise(const BoxGeometry &box)
{
    RunMask mask;
    const int i0 = int(std::ceil(std::min(box.i0, box.i1)));
    const int i1 = int(std::ceil(std::max(box.i0, box.i1)));
    const int j0 = int(std::ceil(std::min(box.j0, box.j1)));
    const int j1 = int(std::ceil(std::max(box.j0, box.j1)));
    if (i1 <= i0 || j1 <= j0)
        return mask;
    for (int k = std::min(box.k0, box.k1); k <= std::max(box.k0, box.k1); ++k)
        for (int j = j0; j < j1; ++j)
            mask.runs.push_back({k, j, i0, i1});
    return mask;
}

RunMask rasterise(const ContourGeometry &contour)
{
    RunMask mask;
    for (const auto &[slice, polygon] : contour.slices)
        rasterisePolygon(contour.axis, slice, polygon, mask.runs);
    normalise(mask.runs);
    return mask;
}

MaskGeometry rasteriseToMask(const BoxGeometry &box, const std::array<int, 3> &size)
{
    return rasterise(box).toMask(size);
}

MaskGeometry rasteriseToMask(const ContourGeometry &contour, const std::array<int, 3> &size)
{
    return rasterise(contour).toMask(size);
}

Result<std::vector<float>> distanceToSet(const std::vector<std::uint8_t> &set, const std::array<int, 3> &size,
                                         const Vec3 &spacing)
{
    if (qint64(set.size()) != qint64(size[0]) * size[1] * size[2])
        return makeError(ErrorCode::InvalidArgument, MaskMetrics::tr("The voxel set does not match its size."));
    try {
        auto image = ByteImage::New();
        ByteImage::RegionType region;
        region.SetSize({{itk::SizeValueType(size[0]), itk::SizeValueType(size[1]), itk::SizeValueType(size[2])}});
        image->SetRegions(region);
        const double itkSpacing[3] = {spacing[0], spacing[1], spacing[2]};
        image->SetSpacing(itkSpacing);
        image->Allocate();
        std::copy(set.begin(), set.end(), image->GetBufferPointer());

        auto filter = itk::SignedMaurerDistanceMapImageFilter<ByteImage, FloatImage>::New();
        filter->SetInput(image);
        filter->SetBackgroundValue(0);
        filter->SetInsideIsPositive(false);
        filter->SetSquaredDistance(false);
        filter->SetUseImageSpacing(true);
        filter->Update();
        const float *map = filter->GetOutput()->GetBufferPointer();
        std::vector<float> distance(set.size());
        // Inside the set: 0, not Maurer's negative depth; an empty set: large and finite.
        for (std::size_t n = 0; n < set.size(); ++n)
            distance[n] = set[n] ? 0.0f : std::clamp(map[n], 0.0f, 1e6f);
        return distance;
    } catch (const itk::ExceptionObject &e) {
        return makeError(ErrorCode::Unsupported, MaskMetrics::tr("ITK could not compute the distance map: %1")
                                                     .arg(QString::fromLocal8Bit(e.GetDescription())));
    }
}

} // namespace etalon::core::imaging
