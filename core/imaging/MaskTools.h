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
    /// physical size: the spacing is honoured, so the disc is round on an anisotropic grid),
    /// or within a ball when \a sphere. At least the voxel under the centre when it lies
    /// inside the image. Clipped to the image.
    static std::vector<qint64> disc(const VolumeGeometry &geometry, int axis, const Vec3 &centre, double radiusMm,
                                    bool sphere = false);
    /// The union of discs along the segment from \a from to \a to (a brush dragged fast
    /// between two mouse events leaves no gaps).
    static std::vector<qint64> sweep(const VolumeGeometry &geometry, int axis, const Vec3 &from, const Vec3 &to,
                                     double radiusMm, bool sphere = false);
    /// Keeps the voxels whose modality value (rescale applied) lies in [lower, upper].
    static void keepInRange(const Volume &volume, std::vector<qint64> &voxels, double lower, double upper);
    /// Voxels whose centres lie inside the closed polygon (vertices in the plane's (u, v)
    /// index coordinates as in ContourGeometry) on slice \a slice of the plane normal to \a axis.
    static std::vector<qint64> polygonInterior(const std::array<int, 3> &size, int axis, int slice,
                                               const std::vector<Point2> &polygon);
    /// Region growing from \a seed (voxel index) on single-sample images with ITK's
    /// ConnectedThreshold or ConfidenceConnected filters.
    static Result<std::vector<qint64>> regionGrow(const Volume &volume, const std::array<int, 3> &seed,
                                                  const RegionGrowOptions &options);
    /// Shape-based interpolation of \a label between painted slices along \a axis: every
    /// run of empty slices between two slices holding the label is filled by blending the
    /// two slices' signed distance maps (ITK), so a shape morphs from one to the other.
    /// Voxels of other labels are left alone. Returns the new labels (same size as \a mask).
    static Result<std::vector<std::uint8_t>> interpolateSlices(const MaskGeometry &mask, int axis, std::uint8_t label);
};

} // namespace etalon::core::imaging
