#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"

#include <QCoreApplication>

#include <array>
#include <limits>
#include <map>
#include <vector>

namespace etalon::core::imaging {

/// Selects the foreground of a label mask: one label value, or every non-zero voxel.
constexpr int AnyLabel = -1;

/// Voxel overlap of two masks of the same size.
struct OverlapMetrics {
    qint64 voxelsA = 0;
    qint64 voxelsB = 0;
    qint64 intersection = 0;
    /// 2|A∩B| / (|A|+|B|), and |A∩B| / |A∪B|. Both masks empty counts as perfect agreement
    /// (1); exactly one empty as none (0).
    double dice = 0.0;
    double jaccard = 0.0;
};

/// Symmetric surface distances in millimetres. Surfaces are the foreground voxels with a
/// face neighbour in the background or outside the image (axes of size 1 are ignored, so a
/// 2D mask has in-plane contours). Distances run between voxel centres, scaled by the
/// spacing; the set pools A→B and B→A distances (as medpy's hd95 does).
struct SurfaceDistances {
    /// False when exactly one mask is empty: no distance exists, the values are +infinity.
    bool defined = true;
    double hausdorffMm = 0.0; ///< the largest distance (100th percentile)
    double hd95Mm = 0.0;      ///< 95th percentile, linear interpolation between order statistics (numpy's default)
    double meanMm = 0.0;      ///< average symmetric surface distance (ASSD)
};

/// Dice/Jaccard and surface distances of the masks, with the spacing of the series.
class MaskMetrics {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::imaging::MaskMetrics)

public:
    /// Overlap of the selected label (AnyLabel: binary, all non-zero voxels). Fails when the
    /// sizes differ or a buffer does not match its size.
    static Result<OverlapMetrics> overlap(const MaskGeometry &a, const MaskGeometry &b, int label = AnyLabel);

    /// Overlap for every label present in either mask (key: label value).
    static Result<std::map<int, OverlapMetrics>> overlapPerLabel(const MaskGeometry &a, const MaskGeometry &b);

    /// Surface distances of the selected label, computed with ITK's Maurer distance map.
    /// Both empty: defined, all 0. One empty: defined = false, values infinite.
    static Result<SurfaceDistances> surfaceDistances(const MaskGeometry &a, const MaskGeometry &b,
                                                     const Vec3 &spacing, int label = AnyLabel);

    /// Checks that the mask's buffer matches its size.
    static Result<void> validate(const MaskGeometry &mask);
};

/// The foreground of a binary mask as runs of voxels along rows: cheap to build from a box
/// or a polygon, exact to intersect, and independent of the series size.
struct RunMask {
    struct Run {
        int k = 0;
        int j = 0;
        int i0 = 0; ///< first voxel
        int i1 = 0; ///< one past the last voxel
    };
    std::vector<Run> runs; ///< sorted by (k, j, i0), disjoint and not touching on a row

    qint64 voxelCount() const;
    bool isEmpty() const { return runs.empty(); }
    static qint64 intersectionCount(const RunMask &a, const RunMask &b);
    static RunMask intersection(const RunMask &a, const RunMask &b);
    static RunMask united(const RunMask &a, const RunMask &b);
    /// IoU of two run masks (both empty: 1).
    static double iou(const RunMask &a, const RunMask &b);

    /// A label volume of the given size (value 1 inside), clipped to the volume.
    MaskGeometry toMask(const std::array<int, 3> &size, std::uint8_t value = 1) const;
    /// One closed polygon per slice whose even-odd interior is exactly these voxels: the
    /// traced pixel-edge boundary; separate pieces and holes are joined by a doubled bridge
    /// segment, which leaves the even-odd interior unchanged.
    ContourGeometry toContour() const;
};

/// Voxels whose centre lies in the box: i0 <= i < i1, j0 <= j < j1 (half-open, like the
/// polygon rule below), slices k0..k1. No clipping: indices may be negative.
RunMask rasterise(const BoxGeometry &box);

/// Voxels whose centre lies inside the slice's polygon by the even-odd rule. Each polygon
/// lies on slice n of the index plane normal to contour.axis, its vertices in that plane's
/// (u, v) index coordinates (ContourGeometry::planeAxes: (i, j) for axis 2, (i, k) for
/// axis 1, (j, k) for axis 0), so a contour drawn on a coronal or sagittal view rasterises
/// on its own plane. Crossings are counted to the right of the centre in u, edges half-open
/// in v: points on a left (low u) or top (low v) edge are inside, on a right or bottom edge
/// outside, so two polygons sharing an edge never share a voxel.
RunMask rasterise(const ContourGeometry &contour);

/// Rasterises a box or contour into a label volume of the given size (1 inside, clipped).
MaskGeometry rasteriseToMask(const BoxGeometry &box, const std::array<int, 3> &size);
MaskGeometry rasteriseToMask(const ContourGeometry &contour, const std::array<int, 3> &size);

/// Euclidean distance in millimetres from every voxel centre of a size[0] x size[1] x size[2]
/// grid (i fastest) to the nearest voxel of \a set (non-zero entries; 0 on them), with ITK's
/// Maurer distance map; 1e6 everywhere when the set is empty. A grid with one slice gives
/// in-plane distances.
Result<std::vector<float>> distanceToSet(const std::vector<std::uint8_t> &set, const std::array<int, 3> &size,
                                         const Vec3 &spacing);

} // namespace etalon::core::imaging
