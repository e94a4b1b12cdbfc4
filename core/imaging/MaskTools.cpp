#include "core/imaging/MaskTools.h"

#include "core/imaging/MaskMetrics.h"

#include <itkConfidenceConnectedImageFilter.h>
#include <itkConnectedThresholdImageFilter.h>
#include <itkImage.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>

namespace etalon::core::imaging {

namespace {

/// In-plane index axes (u, v) of the plane normal to \a axis, as
/// ContourGeometry::planeAxes.
std::array<int, 2> planeAxesOf(int axis)
{
    switch (axis) {
    case 0: return {1, 2};
    case 1: return {0, 2};
    default: return {0, 1};
    }
}

int nearest(double x)
{
    return int(std::floor(x + 0.5));
}

bool finite3(const Vec3 &v)
{
    return std::isfinite(v[0]) && std::isfinite(v[1]) && std::isfinite(v[2]);
}

double dot3(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/// The voxels within a distance of a segment (a capsule), rasterised row by row. Row
/// intervals come from the analytic intersection of a line with two balls and a cylinder;
/// their ends are then settled by the exact membership predicate, so the result is exactly
/// {voxel centres P : dist(P, segment) <= r} (distances in mm).
class Capsule {
public:
    Capsule(const VolumeGeometry &geometry, const Vec3 &a, const Vec3 &b, double radiusMm, int planeAxis)
            : m_g(geometry), m_a(a), m_r2(radiusMm * radiusMm), m_r(radiusMm), m_planeAxis(planeAxis)
    {
        for (int x = 0; x < 3; ++x) {
            m_s[x] = geometry.spacing[x];
            m_d[x] = (b[x] - a[x]) * m_s[x];
        }
        if (planeAxis >= 0)
            m_d[planeAxis] = 0.0; // a disc measures in its plane only
        m_l2 = dot3(m_d, m_d);
    }

    /// Is the voxel (given as mm offsets from a) inside?
    bool contains(const Vec3 &v) const
    {
        if (m_l2 <= 0.0)
            return dot3(v, v) <= m_r2;
        const double t = std::clamp(dot3(v, m_d) / m_l2, 0.0, 1.0);
        const Vec3 w{v[0] - t * m_d[0], v[1] - t * m_d[1], v[2] - t * m_d[2]};
        return dot3(w, w) <= m_r2;
    }

    /// Appends the linear indices inside, on slice \a slice of the plane (planar) or in the
    /// whole volume; rows run along \a rowAxis. Ascending order.
    void rasterise(int rowAxis, int slice, std::vector<qint64> &out) const
    {
        const auto &n = m_g.size;
        if (m_planeAxis >= 0 && (slice < 0 || slice >= n[m_planeAxis]))
            return;
        int lo[3], hi[3];
        for (int x = 0; x < 3; ++x) {
            if (x == m_planeAxis) {
                lo[x] = hi[x] = slice;
                continue;
            }
            const double reach = m_r / m_s[x];
            const double b = m_a[x] + m_d[x] / m_s[x];
            lo[x] = std::max(0, int(std::ceil(std::min(m_a[x], b) - reach - 1e-9)));
            hi[x] = std::min(n[x] - 1, int(std::floor(std::max(m_a[x], b) + reach + 1e-9)));
            if (lo[x] > hi[x])
                return;
        }
        // The two axes other than the row, outer first (k before j before i): ascending
        // output.
        int outer = -1, inner = -1;
        for (int x = 2; x >= 0; --x) {
            if (x == rowAxis)
                continue;
            (outer < 0 ? outer : inner) = x;
        }
        const qint64 stride[3] = {1, qint64(n[0]), qint64(n[0]) * n[1]};
        Vec3 v{};
        int idx[3];
        for (idx[outer] = lo[outer]; idx[outer] <= hi[outer]; ++idx[outer]) {
            v[outer] = m_planeAxis == outer ? 0.0 : (idx[outer] - m_a[outer]) * m_s[outer];
            for (idx[inner] = lo[inner]; idx[inner] <= hi[inner]; ++idx[inner]) {
                v[inner] = m_planeAxis == inner ? 0.0 : (idx[inner] - m_a[inner]) * m_s[inner];
                double x0 = 0.0, x1 = 0.0;
                if (!rowInterval(rowAxis, v, x0, x1))
                    continue;
                const double sr = m_s[rowAxis];
                int r0 = std::max(lo[rowAxis], int(std::ceil(std::max(m_a[rowAxis] + x0 / sr - 1e-7, -1.0))));
                int r1 =
                    std::min(hi[rowAxis], int(std::floor(std::min(m_a[rowAxis] + x1 / sr + 1e-7, double(n[rowAxis])))));
                const auto at = [&](int r) {
                    Vec3 p = v;
                    p[rowAxis] = (r - m_a[rowAxis]) * sr;
                    return contains(p);
                };
                while (r0 <= r1 && !at(r0))
                    ++r0;
                while (r1 >= r0 && !at(r1))
                    --r1;
                if (r0 > r1)
                    continue;
                qint64 base = 0;
                for (int x = 0; x < 3; ++x)
                    if (x != rowAxis)
                        base += idx[x] * stride[x];
                for (int r = r0; r <= r1; ++r)
                    out.push_back(base + r * stride[rowAxis]);
            }
        }
    }

private:
    /// The mm interval [x0, x1] of offsets along \a rowAxis (from a) inside the capsule on
    /// the line through \a q (row component ignored). False when empty.
    bool rowInterval(int rowAxis, Vec3 q, double &x0, double &x1) const
    {
        q[rowAxis] = 0.0;
        bool any = false;
        const auto unite = [&](double a, double b) {
            if (a > b)
                return;
            x0 = any ? std::min(x0, a) : a;
            x1 = any ? std::max(x1, b) : b;
            any = true;
        };
        // Ball around a.
        const double qq = dot3(q, q);
        if (qq <= m_r2) {
            const double h = std::sqrt(m_r2 - qq);
            unite(-h, h);
        }
        if (m_l2 <= 0.0)
            return any;
        // Ball around b.
        Vec3 qb{q[0] - m_d[0], q[1] - m_d[1], q[2] - m_d[2]};
        qb[rowAxis] = 0.0;
        const double qbb = dot3(qb, qb);
        if (qbb <= m_r2) {
            const double h = std::sqrt(m_r2 - qbb);
            unite(m_d[rowAxis] - h, m_d[rowAxis] + h);
        }
        // Cylinder: 0 <= (q + x e)·d <= L², |q + x e|² - ((q + x e)·d)²/L² <= r².
        const double c0 = dot3(q, m_d), c1 = m_d[rowAxis];
        double p0 = -std::numeric_limits<double>::infinity(), p1 = std::numeric_limits<double>::infinity();
        if (c1 != 0.0) {
            p0 = (0.0 - c0) / c1;
            p1 = (m_l2 - c0) / c1;
            if (p0 > p1)
                std::swap(p0, p1);
        } else if (c0 < 0.0 || c0 > m_l2) {
            return any;
        }
        const double a = 1.0 - c1 * c1 / m_l2;
        const double b = -2.0 * c0 * c1 / m_l2;
        const double c = qq - c0 * c0 / m_l2 - m_r2;
        if (a <= 1e-12) {
            if (c <= 1e-9 * m_r2)
                unite(p0, p1);
            return any;
        }
        const double disc = b * b - 4.0 * a * c;
        if (disc < 0.0)
            return any;
        const double root = std::sqrt(disc);
        unite(std::max(p0, (-b - root) / (2.0 * a)), std::min(p1, (-b + root) / (2.0 * a)));
        return any;
    }

    const VolumeGeometry &m_g;
    Vec3 m_a;
    Vec3 m_s{}, m_d{};
    double m_l2 = 0.0, m_r2 = 0.0, m_r = 0.0;
    int m_planeAxis = -1;
};

/// Clips the parameter range [t0, t1] of a + t (b - a) to the box [-1, n] on every axis
/// (Liang–Barsky). False when the segment misses it.
bool clipToBox(const Vec3 &a, const Vec3 &b, const std::array<int, 3> &n, double &t0, double &t1)
{
    for (int x = 0; x < 3; ++x) {
        const double d = b[x] - a[x];
        const double lo = -1.0, hi = double(n[x]);
        if (d == 0.0) {
            if (a[x] < lo || a[x] > hi)
                return false;
            continue;
        }
        double ta = (lo - a[x]) / d, tb = (hi - a[x]) / d;
        if (ta > tb)
            std::swap(ta, tb);
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
    }
    return t0 <= t1;
}

/// The voxels whose cells the segment passes through (the voxel under every point of it),
/// inside the image.
void cellsAlong(const VolumeGeometry &g, const Vec3 &a, const Vec3 &b, std::vector<qint64> &out)
{
    double t0 = 0.0, t1 = 1.0;
    if (!clipToBox(a, b, g.size, t0, t1))
        return;
    std::vector<double> ts{t0, t1};
    for (int x = 0; x < 3; ++x) {
        const double d = b[x] - a[x];
        if (d == 0.0)
            continue;
        const double c0 = a[x] + t0 * d, c1 = a[x] + t1 * d;
        for (double h = std::ceil(std::min(c0, c1) - 0.5) + 0.5; h <= std::max(c0, c1); h += 1.0)
            ts.push_back((h - a[x]) / d);
    }
    std::sort(ts.begin(), ts.end());
    const auto add = [&](double t) {
        int idx[3];
        for (int x = 0; x < 3; ++x) {
            idx[x] = nearest(a[x] + t * (b[x] - a[x]));
            if (idx[x] < 0 || idx[x] >= g.size[x])
                return;
        }
        out.push_back(idx[0] + qint64(g.size[0]) * (idx[1] + qint64(g.size[1]) * idx[2]));
    };
    for (std::size_t n = 0; n < ts.size(); ++n) {
        add(ts[n]);
        if (n + 1 < ts.size() && ts[n + 1] > ts[n])
            add(0.5 * (ts[n] + ts[n + 1]));
    }
}

void sortUnique(std::vector<qint64> &voxels)
{
    if (!std::is_sorted(voxels.begin(), voxels.end()))
        std::sort(voxels.begin(), voxels.end());
    voxels.erase(std::unique(voxels.begin(), voxels.end()), voxels.end());
}

} // namespace

std::vector<qint64> MaskTools::disc(const VolumeGeometry &geometry, int axis, const Vec3 &centre, double radiusMm,
                                    bool sphere)
{
    return sweep(geometry, axis, centre, centre, radiusMm, sphere);
}

std::vector<qint64> MaskTools::sweep(const VolumeGeometry &geometry, int axis, const Vec3 &from, const Vec3 &to,
                                     double radiusMm, bool sphere)
{
    std::vector<qint64> out;
    const auto &n = geometry.size;
    if (axis < 0 || axis > 2 || !finite3(from) || !finite3(to) || !std::isfinite(radiusMm) || n[0] <= 0 || n[1] <= 0
        || n[2] <= 0)
        return out;
    const Vec3 &s = geometry.spacing;
    if (!(s[0] > 0 && s[1] > 0 && s[2] > 0))
        return out;
    const double r = std::max(radiusMm, 0.0);

    if (sphere) {
        Capsule(geometry, from, to, r, -1).rasterise(0, -1, out);
    } else {
        const int rowAxis = axis == 0 ? 1 : 0;
        const int sFrom = nearest(from[axis]), sTo = nearest(to[axis]);
        const int first = std::max(std::min(sFrom, sTo), 0), last = std::min(std::max(sFrom, sTo), n[axis] - 1);
        const double dw = to[axis] - from[axis];
        for (int slice = first; slice <= last; ++slice) {
            // The part of the segment nearest to this slice: |c_w(t) - slice| <= 0.5.
            double t0 = 0.0, t1 = 1.0;
            if (sFrom != sTo) {
                double ta = (slice - 0.5 - from[axis]) / dw, tb = (slice + 0.5 - from[axis]) / dw;
                if (ta > tb)
                    std::swap(ta, tb);
                t0 = std::max(t0, ta);
                t1 = std::min(t1, tb);
                if (t0 > t1)
                    continue;
            }
            Vec3 a{}, b{};
            for (int x = 0; x < 3; ++x) {
                a[x] = from[x] + t0 * (to[x] - from[x]);
                b[x] = from[x] + t1 * (to[x] - from[x]);
            }
            a[axis] = b[axis] = slice;
            Capsule(geometry, a, b, r, axis).rasterise(rowAxis, slice, out);
        }
    }

    // A brush smaller than a voxel still paints the voxels under the pointer's path.
    const double halfDiagonal = sphere ? 0.5 * std::sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2])
                                       : 0.5 * std::hypot(s[planeAxesOf(axis)[0]], s[planeAxesOf(axis)[1]]);
    if (r < halfDiagonal * (1.0 + 1e-9))
        cellsAlong(geometry, from, to, out);
    sortUnique(out);
    return out;
}

namespace {

/// The stored values whose modality value lies in [lower, upper] under \a rescale, as an
/// interval [lo, hi] of stored values (integers for integral types, settled with
/// Rescale::apply itself so the answer matches Volume::modalityValue exactly). Empty when
/// lo > hi.
std::pair<double, double> storedRange(const Rescale &rescale, double lower, double upper, bool integral)
{
    const double inf = std::numeric_limits<double>::infinity();
    if (std::isnan(lower) || std::isnan(upper) || lower > upper)
        return {inf, -inf};
    if (rescale.slope == 0.0) {
        const bool in = rescale.intercept >= lower && rescale.intercept <= upper;
        return in ? std::pair{-inf, inf} : std::pair{inf, -inf};
    }
    const bool rising = rescale.slope > 0.0;
    // rising: apply(x) >= lower ⇔ x >= (lower - b)/s; falling: the inequalities swap.
    double lo = ((rising ? lower : upper) - rescale.intercept) / rescale.slope;
    double hi = ((rising ? upper : lower) - rescale.intercept) / rescale.slope;
    if (!integral)
        return {lo, hi};
    const auto in = [&](double x) {
        const double m = rescale.apply(x);
        return m >= lower && m <= upper;
    };
    if (std::isfinite(lo)) {
        lo = std::ceil(lo);
        for (int n = 0; n < 3 && in(lo - 1.0); ++n)
            lo -= 1.0;
        for (int n = 0; n < 3 && !in(lo) && lo <= hi; ++n)
            lo += 1.0;
    }
    if (std::isfinite(hi)) {
        hi = std::floor(hi);
        for (int n = 0; n < 3 && in(hi + 1.0); ++n)
            hi += 1.0;
        for (int n = 0; n < 3 && !in(hi) && hi >= lo; ++n)
            hi -= 1.0;
    }
    return {lo, hi};
}

template <typename T>
void keepTyped(const Volume &volume, std::vector<qint64> &voxels, double lower, double upper)
{
    const qint64 sliceSize = qint64(volume.columns()) * volume.rows();
    const qint64 total = sliceSize * volume.slices();
    const std::byte *data = volume.voxels.get();
    int currentSlice = -1;
    double lo = 0.0, hi = -1.0;
    Rescale rescale;
    constexpr bool integral = std::numeric_limits<T>::is_integer;
    auto keep = [&](qint64 index) {
        if (index < 0 || index >= total)
            return false;
        const int k = int(index / sliceSize);
        if (k != currentSlice) {
            currentSlice = k;
            rescale = volume.rescaleOfSlice(k);
            std::tie(lo, hi) = storedRange(rescale, lower, upper, integral);
        }
        T value;
        std::memcpy(&value, data + index * qint64(sizeof(T)), sizeof(T));
        if constexpr (integral) {
            return double(value) >= lo && double(value) <= hi;
        } else {
            const double m = rescale.apply(double(value));
            return m >= lower && m <= upper;
        }
    };
    voxels.erase(std::remove_if(voxels.begin(), voxels.end(), [&](qint64 index) { return !keep(index); }),
                 voxels.end());
}

} // namespace

void MaskTools::keepInRange(const Volume &volume, std::vector<qint64> &voxels, double lower, double upper)
{
    const std::size_t needed = volume.geometry.voxelCount() * std::size_t(std::max(volume.samplesPerPixel, 0))
        * std::size_t(bytesPerSample(volume.pixelType));
    if (volume.samplesPerPixel != 1 || !volume.voxels || volume.byteSize < needed) {
        voxels.clear();
        return;
    }
    switch (volume.pixelType) {
    case PixelType::UInt8: return keepTyped<std::uint8_t>(volume, voxels, lower, upper);
    case PixelType::Int8: return keepTyped<std::int8_t>(volume, voxels, lower, upper);
    case PixelType::UInt16: return keepTyped<std::uint16_t>(volume, voxels, lower, upper);
    case PixelType::Int16: return keepTyped<std::int16_t>(volume, voxels, lower, upper);
    case PixelType::UInt32: return keepTyped<std::uint32_t>(volume, voxels, lower, upper);
    case PixelType::Int32: return keepTyped<std::int32_t>(volume, voxels, lower, upper);
    case PixelType::Float32: return keepTyped<float>(volume, voxels, lower, upper);
    case PixelType::Float64: return keepTyped<double>(volume, voxels, lower, upper);
    }
    voxels.clear();
}

std::vector<qint64> MaskTools::polygonInterior(const std::array<int, 3> &size, int axis, int slice,
                                               const std::vector<Point2> &polygon)
{
    std::vector<qint64> out;
    if (axis < 0 || axis > 2 || slice < 0 || slice >= size[axis] || size[0] <= 0 || size[1] <= 0 || size[2] <= 0)
        return out;
    ContourGeometry contour;
    contour.axis = axis;
    contour.slices[slice] = polygon;
    // One scan converter for fills and contour rasterisation: the same voxels by
    // construction.
    const RunMask runs = rasterise(contour);
    out.reserve(std::size_t(runs.voxelCount()));
    for (const RunMask::Run &run : runs.runs) {
        if (run.k < 0 || run.k >= size[2] || run.j < 0 || run.j >= size[1])
            continue;
        const qint64 base = qint64(size[0]) * (run.j + qint64(size[1]) * run.k);
        for (int i = std::max(run.i0, 0); i < std::min(run.i1, size[0]); ++i)
            out.push_back(base + i);
    }
    return out;
}

namespace {

using Mask2D = itk::Image<unsigned char, 2>;

/// Wraps the samples at \a data (size[0] x size[1] [x size[2]]) as an ITK image without
/// copying.
template <typename T, unsigned D>
typename itk::Image<T, D>::Pointer wrap(const T *data, const std::array<int, 3> &size)
{
    using Image = itk::Image<T, D>;
    auto image = Image::New();
    typename Image::RegionType region;
    typename Image::SizeType itkSize;
    std::size_t count = 1;
    for (unsigned x = 0; x < D; ++x) {
        itkSize[x] = itk::SizeValueType(size[x]);
        count *= std::size_t(size[x]);
    }
    region.SetSize(itkSize);
    image->SetRegions(region);
    auto container = Image::PixelContainer::New();
    // Not owned by ITK; the filters only read their input.
    container->SetImportPointer(const_cast<T *>(data), count, false);
    image->SetPixelContainer(container);
    return image;
}

struct GrowInput {
    std::array<int, 3> size{1, 1, 1}; ///< of the grown image (2D: size[2] == 1)
    std::array<int, 3> seed{};
    bool threeD = false;
};

template <typename T, unsigned D>
std::vector<unsigned char> growOn(const T *data, const GrowInput &in, const RegionGrowOptions &options, double lower,
                                  double upper)
{
    using Image = itk::Image<T, D>;
    using Out = itk::Image<unsigned char, D>;
    auto image = wrap<T, D>(data, in.size);
    typename Image::IndexType seed;
    for (unsigned x = 0; x < D; ++x)
        seed[x] = in.seed[x];
    typename Out::Pointer output;
    if (options.method == RegionGrowOptions::Method::ConnectedThreshold) {
        auto filter = itk::ConnectedThresholdImageFilter<Image, Out>::New();
        filter->SetInput(image);
        filter->SetLower(static_cast<T>(lower));
        filter->SetUpper(static_cast<T>(upper));
        filter->SetReplaceValue(1);
        filter->SetSeed(seed);
        filter->Update();
        output = filter->GetOutput();
    } else {
        auto filter = itk::ConfidenceConnectedImageFilter<Image, Out>::New();
        filter->SetInput(image);
        filter->SetMultiplier(options.multiplier);
        filter->SetNumberOfIterations(unsigned(options.iterations));
        filter->SetInitialNeighborhoodRadius(unsigned(options.neighbourhoodRadius));
        filter->SetReplaceValue(1);
        filter->SetSeed(seed);
        filter->Update();
        output = filter->GetOutput();
    }
    const unsigned char *p = output->GetBufferPointer();
    return std::vector<unsigned char>(p, p + output->GetBufferedRegion().GetNumberOfPixels());
}

template <typename T>
std::vector<unsigned char> grow(const T *data, const GrowInput &in, const RegionGrowOptions &options, double lower,
                                double upper)
{
    return in.threeD ? growOn<T, 3>(data, in, options, lower, upper) : growOn<T, 2>(data, in, options, lower, upper);
}

/// Stored thresholds for an integral type T, clamped to its range; false when empty.
template <typename T>
bool typedRange(const Rescale &rescale, double lower, double upper, double &lo, double &hi)
{
    std::tie(lo, hi) = storedRange(rescale, lower, upper, true);
    lo = std::max(lo, double(std::numeric_limits<T>::lowest()));
    hi = std::min(hi, double(std::numeric_limits<T>::max()));
    return lo <= hi;
}

} // namespace

Result<std::vector<qint64>> MaskTools::regionGrow(const Volume &volume, const std::array<int, 3> &seed,
                                                  const RegionGrowOptions &options)
{
    const auto &n = volume.geometry.size;
    if (volume.samplesPerPixel != 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Region growing needs a grey-scale image; this series "
                            "has %1 samples per pixel (colour). "
                            "Paint the region with the brush instead.")
                             .arg(volume.samplesPerPixel));
    const std::size_t needed = volume.geometry.voxelCount() * std::size_t(bytesPerSample(volume.pixelType));
    if (!volume.voxels || volume.byteSize < needed || n[0] <= 0 || n[1] <= 0 || n[2] <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The series has no pixel data loaded; reopen the study "
                            "before growing a region."));
    for (int x = 0; x < 3; ++x)
        if (seed[x] < 0 || seed[x] >= n[x])
            return makeError(ErrorCode::InvalidArgument,
                             tr("The seed (%1, %2, %3) lies outside the image "
                                "(%4×%5×%6 voxels); click inside it.")
                                 .arg(seed[0])
                                 .arg(seed[1])
                                 .arg(seed[2])
                                 .arg(n[0])
                                 .arg(n[1])
                                 .arg(n[2]));
    if (options.planeAxis < -1 || options.planeAxis > 2)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Region growing plane axis %1 is not -1 (3D), 0, 1 or 2.").arg(options.planeAxis));
    const bool threshold = options.method == RegionGrowOptions::Method::ConnectedThreshold;
    if (threshold && !(options.lower <= options.upper))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The range %1 to %2 is empty: the lower value must not "
                            "exceed the upper one.")
                             .arg(options.lower)
                             .arg(options.upper));
    if (!threshold
        && (!(options.multiplier > 0.0) || options.iterations < 0 || options.neighbourhoodRadius < 0
            || options.neighbourhoodRadius > 50))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Confidence connected growing needs a positive "
                            "multiplier, at least 0 iterations and a "
                            "neighbourhood radius of 0 to 50 voxels."));

    // The grown image: the whole volume, or the plane through the seed.
    const int axis = options.planeAxis;
    const bool threeD = axis < 0;
    const int u = planeAxesOf(axis < 0 ? 2 : axis)[0], v = planeAxesOf(axis < 0 ? 2 : axis)[1];
    GrowInput in;
    in.threeD = threeD;
    if (threeD) {
        in.size = n;
        in.seed = seed;
    } else {
        in.size = {n[u], n[v], 1};
        in.seed = {seed[u], seed[v], 0};
    }
    int firstSlice = 0, lastSlice = n[2] - 1;
    if (axis == 2)
        firstSlice = lastSlice = seed[2];
    bool oneRescale = true;
    for (int k = firstSlice + 1; k <= lastSlice && oneRescale; ++k) {
        const Rescale &a = volume.rescaleOfSlice(firstSlice), &b = volume.rescaleOfSlice(k);
        oneRescale = a.slope == b.slope && a.intercept == b.intercept;
    }
    const Rescale rescale = volume.rescaleOfSlice(firstSlice);
    const bool contiguous = threeD || axis == 2;
    const qint64 sliceSize = qint64(n[0]) * n[1];
    const qint64 offset = threeD ? 0 : (axis == 2 ? seed[2] * sliceSize : 0);

    std::vector<unsigned char> grown;
    try {
        const auto storedPath = [&](auto tag) -> bool {
            using T = decltype(tag);
            const T *base = reinterpret_cast<const T *>(volume.voxels.get());
            double lo = 0, hi = 0;
            if (threshold && !typedRange<T>(rescale, options.lower, options.upper, lo, hi))
                return true; // nothing in range: the seed itself is not
            if (contiguous) {
                grown = grow<T>(base + offset, in, options, lo, hi);
            } else {
                std::vector<T> plane(std::size_t(in.size[0]) * std::size_t(in.size[1]));
                std::size_t p = 0;
                int idx[3];
                idx[axis] = seed[axis];
                for (idx[v] = 0; idx[v] < n[v]; ++idx[v])
                    for (idx[u] = 0; idx[u] < n[u]; ++idx[u])
                        plane[p++] = base[idx[0] + n[0] * (qint64(idx[1]) + qint64(n[1]) * idx[2])];
                grown = grow<T>(plane.data(), in, options, lo, hi);
            }
            return true;
        };
        bool done = false;
        if (oneRescale) {
            switch (volume.pixelType) {
            case PixelType::UInt8: done = storedPath(std::uint8_t{}); break;
            case PixelType::UInt16: done = storedPath(std::uint16_t{}); break;
            case PixelType::Int16: done = storedPath(std::int16_t{}); break;
            default: break;
            }
        }
        if (!done) {
            // Rarer sample types, or slices with different rescales: grow on modality
            // values.
            std::vector<float> values(std::size_t(in.size[0]) * std::size_t(in.size[1]) * std::size_t(in.size[2]));
            std::size_t p = 0;
            int idx[3];
            const auto lookup = [&](int i, int j, int k) { return float(volume.modalityValue(i, j, k)); };
            if (threeD) {
                for (idx[2] = 0; idx[2] < n[2]; ++idx[2])
                    for (idx[1] = 0; idx[1] < n[1]; ++idx[1])
                        for (idx[0] = 0; idx[0] < n[0]; ++idx[0])
                            values[p++] = lookup(idx[0], idx[1], idx[2]);
            } else {
                idx[axis] = seed[axis];
                for (idx[v] = 0; idx[v] < n[v]; ++idx[v])
                    for (idx[u] = 0; idx[u] < n[u]; ++idx[u])
                        values[p++] = lookup(idx[0], idx[1], idx[2]);
            }
            grown = grow<float>(values.data(), in, options, options.lower, options.upper);
        }
    } catch (const itk::ExceptionObject &e) {
        return makeError(ErrorCode::Unsupported,
                         tr("ITK could not grow the region: %1").arg(QString::fromLocal8Bit(e.GetDescription())));
    }

    const qint64 count = std::count(grown.begin(), grown.end(), static_cast<unsigned char>(1));
    if (count > options.maxVoxels)
        return makeError(ErrorCode::InvalidArgument,
                         threshold ? tr("The region grew to %1 voxels, more than "
                                        "the limit of %2: it has probably "
                                        "leaked into neighbouring tissue. Narrow "
                                        "the range (now %3 to %4) or grow on "
                                        "one slice.")
                                         .arg(count)
                                         .arg(options.maxVoxels)
                                         .arg(options.lower)
                                         .arg(options.upper)
                                   : tr("The region grew to %1 voxels, more than "
                                        "the limit of %2: it has probably "
                                        "leaked into neighbouring tissue. Narrow "
                                        "the range with a smaller multiplier "
                                        "(now %3) or grow on one slice.")
                                         .arg(count)
                                         .arg(options.maxVoxels)
                                         .arg(options.multiplier));
    std::vector<qint64> voxels;
    voxels.reserve(std::size_t(count));
    if (threeD) {
        for (std::size_t p = 0; p < grown.size(); ++p)
            if (grown[p])
                voxels.push_back(qint64(p));
    } else {
        int idx[3];
        idx[axis] = seed[axis];
        std::size_t p = 0;
        for (idx[v] = 0; idx[v] < n[v]; ++idx[v])
            for (idx[u] = 0; idx[u] < n[u]; ++idx[u], ++p)
                if (grown[p])
                    voxels.push_back(idx[0] + n[0] * (qint64(idx[1]) + qint64(n[1]) * idx[2]));
    }
    return voxels;
}

namespace {


/// Signed distance (mm, negative inside) to the object's outline taken half-way between its
/// outer pixels and the background pixels next to them, so a shape of pixels whose centres
/// lie within radius R has its zero level at about R (Maurer's own map puts it on the outer
/// pixels' centres, half a pixel inside, which shrinks blended shapes by that much).
Result<std::vector<float>> signedDistance(const std::vector<unsigned char> &object, int nu, int nv, double su, double sv)
{
    std::vector<unsigned char> background(object.size());
    for (std::size_t n = 0; n < object.size(); ++n)
        background[n] = object[n] ? 0 : 1;
    const Result<std::vector<float>> toObject = distanceToSet(object, {nu, nv, 1}, {su, sv, 1.0});
    const Result<std::vector<float>> toBackground = distanceToSet(background, {nu, nv, 1}, {su, sv, 1.0});
    if (!toObject || !toBackground)
        return (!toObject ? toObject : toBackground).error();
    const float half = float(0.5 * std::min(su, sv));
    std::vector<float> distance(object.size());
    for (std::size_t n = 0; n < object.size(); ++n)
        distance[n] = object[n] ? half - (*toBackground)[n] : (*toObject)[n] - half;
    return distance;
}

} // namespace

Result<std::vector<std::uint8_t>> MaskTools::interpolateSlices(const MaskGeometry &mask, int axis, std::uint8_t label,
                                                               const Vec3 &spacing)
{
    if (auto ok = MaskMetrics::validate(mask); !ok)
        return ok.error();
    if (axis < 0 || axis > 2)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Slices can be interpolated along axis 0, 1 or 2, not %1.").arg(axis));
    if (label == 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Choose a label to interpolate; the background cannot "
                            "be interpolated."));
    if (!(spacing[0] > 0 && spacing[1] > 0 && spacing[2] > 0))
        return makeError(ErrorCode::InvalidArgument, tr("Slice interpolation needs a positive voxel spacing."));

    const auto &n = mask.size;
    std::vector<std::uint8_t> labels = mask.labels;
    if (mask.labels.empty())
        return labels;
    const int u = planeAxesOf(axis)[0], v = planeAxesOf(axis)[1];
    const qint64 stride[3] = {1, qint64(n[0]), qint64(n[0]) * n[1]};
    const auto linear = [&](int w, int a, int b) { return w * stride[axis] + a * stride[u] + b * stride[v]; };

    // Per slice: does it hold the label, and its bounding box in (u, v).
    struct Box {
        int u0 = std::numeric_limits<int>::max(), u1 = -1, v0 = std::numeric_limits<int>::max(), v1 = -1;
        bool empty() const { return u1 < 0; }
    };
    std::vector<Box> boxes(std::size_t(n[axis]));
    for (int k = 0; k < n[2]; ++k)
        for (int j = 0; j < n[1]; ++j) {
            const std::uint8_t *row = mask.labels.data() + k * stride[2] + j * stride[1];
            for (int i = 0; i < n[0]; ++i) {
                if (row[i] != label)
                    continue;
                const int idx[3] = {i, j, k};
                Box &box = boxes[std::size_t(idx[axis])];
                box.u0 = std::min(box.u0, idx[u]);
                box.u1 = std::max(box.u1, idx[u]);
                box.v0 = std::min(box.v0, idx[v]);
                box.v1 = std::max(box.v1, idx[v]);
            }
        }

    int previous = -1;
    for (int w = 0; w < n[axis]; ++w) {
        if (boxes[std::size_t(w)].empty())
            continue;
        if (previous >= 0 && w - previous > 1) {
            const Box &a = boxes[std::size_t(previous)], &b = boxes[std::size_t(w)];
            // The blend lies inside the union of both shapes: work on their bounding
            // box with a margin of one background voxel (same distances, far fewer
            // voxels).
            const int u0 = std::max(0, std::min(a.u0, b.u0) - 1), u1 = std::min(n[u] - 1, std::max(a.u1, b.u1) + 1);
            const int v0 = std::max(0, std::min(a.v0, b.v0) - 1), v1 = std::min(n[v] - 1, std::max(a.v1, b.v1) + 1);
            const int nu = u1 - u0 + 1, nv = v1 - v0 + 1;
            const auto extract = [&](int slice) {
                std::vector<unsigned char> object(std::size_t(nu) * std::size_t(nv));
                for (int y = 0; y < nv; ++y)
                    for (int x = 0; x < nu; ++x)
                        object[std::size_t(y) * nu + x] =
                            mask.labels[std::size_t(linear(slice, u0 + x, v0 + y))] == label;
                return object;
            };
            const Result<std::vector<float>> fromPrevious = signedDistance(extract(previous), nu, nv, spacing[u], spacing[v]);
            const Result<std::vector<float>> fromNext = signedDistance(extract(w), nu, nv, spacing[u], spacing[v]);
            if (!fromPrevious || !fromNext)
                return !fromPrevious ? fromPrevious.error() : fromNext.error();
            const std::vector<float> &da = *fromPrevious, &db = *fromNext;
            for (int slice = previous + 1; slice < w; ++slice) {
                const double t = double(slice - previous) / double(w - previous);
                for (int y = 0; y < nv; ++y)
                    for (int x = 0; x < nu; ++x) {
                        const std::size_t p = std::size_t(y) * nu + x;
                        if ((1.0 - t) * da[p] + t * db[p] > 0.0)
                            continue;
                        std::uint8_t &voxel = labels[std::size_t(linear(slice, u0 + x, v0 + y))];
                        if (voxel == 0)
                            voxel = label;
                    }
            }
        }
        previous = w;
    }
    return labels;
}

} // namespace etalon::core::imaging
