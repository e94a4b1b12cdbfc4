#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <vector>

namespace etalon::core::imaging {

/// Options of region growing from a seed voxel.
struct RegionGrowOptions {
    enum class Method {
        ConnectedThreshold, ///< voxels connected to the seed with values in [lower, upper]
        ConfidenceConnected ///< ITK's confidence connected: mean ± multiplier·σ around the seed, iterated
    };
    Method method = Method::ConnectedThreshold;
    double lower = -100.0; ///< modality values (HU for CT)
    double upper = 200.0;
    double multiplier = 2.5;
    int iterations = 3;
    int neighbourhoodRadius = 1;
    /// -1: grow through the volume (3D); 0, 1 or 2: only on the index plane normal to that
    /// axis through the seed (the slice the reader looks at).
    int planeAxis = 2;
    /// Refuse (InvalidArgument) rather than return more voxels than this: a leak into the
    /// whole body is almost never what the reader wanted.
    qint64 maxVoxels = 20'000'000;
};

/// Voxel selections for the mask tools (brush, threshold-limited painting, fill inside a
/// contour, region growing, interpolation between painted slices). Everything works in
/// image index coordinates (core/model/Reading.h) and returns linear voxel indices
/// i + nx * (j + ny * k), ready for AnnotationDocument::strokeVoxels / paint.
class MaskTools {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::imaging::MaskTools)

public:
    /// Voxels whose centres lie within \a radiusMm of \a centre (index coordinates) on the
    /// index plane normal to \a axis through the slice nearest to the centre (a disc,
    /// physical size: the spacing is honoured, so the disc is round on an anisotropic grid;
    /// the distance is measured in that plane), or within a ball around the centre when
    /// \a sphere. At least the voxel under the centre (the one whose cell holds it, i.e. the
    /// centre rounded) when it lies inside the image. Clipped to the image; sorted, unique.
    /// A 10 mm brush on 0.7 mm pixels takes a few microseconds.
    static std::vector<qint64> disc(const VolumeGeometry &geometry, int axis, const Vec3 &centre, double radiusMm,
                                    bool sphere = false);
    /// Exactly the union of disc(geometry, axis, c, radiusMm, sphere) for every point c of the
    /// segment from \a from to \a to (a brush dragged fast between two mouse events leaves no
    /// gaps): a capsule, computed row by row, not by sampling. When the segment crosses
    /// slices each part lies on the slice nearest to it. Sorted, unique.
    static std::vector<qint64> sweep(const VolumeGeometry &geometry, int axis, const Vec3 &from, const Vec3 &to,
                                     double radiusMm, bool sphere = false);
    /// Keeps the voxels whose modality value (the slice's rescale applied to the stored
    /// value, as Volume::modalityValue) lies in [lower, upper], in their order. Indices
    /// outside the volume are dropped; colour images have no modality value, so nothing is
    /// kept for them (nor when the volume has no pixel data).
    static void keepInRange(const Volume &volume, std::vector<qint64> &voxels, double lower, double upper);
    /// Voxels whose centres lie inside the polygon (closed implicitly; vertices in the plane's
    /// (u, v) index coordinates as in ContourGeometry::planeAxes) on slice \a slice of the
    /// plane normal to \a axis, by the even-odd rule with the edge conventions of
    /// rasterise(const ContourGeometry &): the same voxels, clipped to \a size. Sorted.
    static std::vector<qint64> polygonInterior(const std::array<int, 3> &size, int axis, int slice,
                                               const std::vector<Point2> &polygon);
    /// Region growing from \a seed (voxel index) on single-sample images with ITK's
    /// ConnectedThreshold or ConfidenceConnected filters (face connectivity), on the stored
    /// buffer without a copy when the grown plane or volume is contiguous (3D, or a plane
    /// normal to k) and shares one rescale (thresholds are converted to stored values), else
    /// on a copy of the plane or volume. InvalidArgument for a colour image, a seed outside
    /// the image, or a region larger than options.maxVoxels. Sorted linear indices; empty
    /// when the seed itself is out of range.
    static Result<std::vector<qint64>> regionGrow(const Volume &volume, const std::array<int, 3> &seed,
                                                  const RegionGrowOptions &options);
    /// Shape-based interpolation of \a label between painted slices along \a axis: every
    /// run of empty slices between two slices holding the label is filled by blending the
    /// two slices' signed distance maps (ITK), so a shape morphs from one to the other.
    /// Only background voxels of those slices change (other labels are left alone); slices
    /// outside the first..last painted range are untouched. \a spacing (mm along i, j, k)
    /// gives the distances their physical size in the slice plane. Returns the new labels
    /// (same size as \a mask); InvalidArgument for a bad axis or label 0, CorruptData for a
    /// damaged mask.
    static Result<std::vector<std::uint8_t>> interpolateSlices(const MaskGeometry &mask, int axis, std::uint8_t label,
                                                               const Vec3 &spacing = {1.0, 1.0, 1.0});
};

} // namespace etalon::core::imaging
