#pragma once

#include "core/model/LabelSchema.h"
#include "core/model/Volume.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace etalon::core {

/// All finding geometry is in image index coordinates of the data unit's series (i along a
/// row, j down the columns, k across slices, voxel centres at integers), so it maps exactly
/// to patient coordinates through VolumeGeometry and to mask voxels.
using Point2 = std::array<double, 2>;

struct PointGeometry {
    Vec3 index{};                      ///< e.g. a nodule centre
    std::optional<double> diameterMm;  ///< optional size
};

/// An axis-aligned box in image coordinates on slices k0..k1 (inclusive; equal for 2D).
/// i/j bounds are pixel-edge coordinates: a box covering pixels 10..19 has i0 = 9.5, i1 = 19.5.
struct BoxGeometry {
    double i0 = 0, j0 = 0, i1 = 0, j1 = 0;
    int k0 = 0, k1 = 0;
};

/// Closed polygons, at most one per slice, drawn on index planes normal to \a axis: axis 2
/// (the default, axial for a CT) keys slices by k with vertices (i, j); axis 1 keys them by
/// j with vertices (i, k); axis 0 by i with vertices (j, k). So a contour drawn on a coronal
/// or sagittal reformat is stored exactly in the series' own index space.
struct ContourGeometry {
    int axis = 2;
    std::map<int, std::vector<Point2>> slices;

    /// The in-plane index axes (u, v) of a vertex: {0, 1}, {0, 2} or {1, 2}.
    std::array<int, 2> planeAxes() const;
    /// Index coordinates of vertex \a p on slice \a slice.
    Vec3 toIndex(int slice, const Point2 &p) const;
};

/// A label volume of the series' size, one byte per voxel (0 = background, n = the
/// schema's findingLabels[n-1]), stored compressed.
struct MaskGeometry {
    std::array<int, 3> size{0, 0, 0};
    std::vector<std::uint8_t> labels; ///< uncompressed, size[0]*size[1]*size[2]
};

/// One brush stroke (or fill, region growing, interpolation...) on a mask: the voxels it
/// changed, as runs of consecutive linear indices (i fastest, then j, then k) that all got
/// one new label, with the labels they had before so the edit can be undone. Stored as a
/// compact delta (FindingCodec::encodeDelta), never as a whole mask per stroke.
struct MaskDelta {
    struct Run {
        qint64 start = 0;   ///< linear voxel index of the first voxel
        int length = 0;     ///< number of consecutive voxels
        std::uint8_t label = 0; ///< their new label (0 = erased)
    };
    std::vector<Run> runs;            ///< sorted by start, disjoint
    std::vector<std::uint8_t> before; ///< old labels of every run's voxels, run after run

    bool isEmpty() const { return runs.empty(); }
    qint64 voxelCount() const;
    /// The edit that sets \a voxels (linear indices, any order, duplicates allowed) to
    /// \a label in \a mask, leaving out voxels that already have it. \a onlyOver, when
    /// non-negative, limits the edit to voxels whose label is that value (e.g. erase only
    /// label 2).
    static MaskDelta make(const MaskGeometry &mask, std::vector<qint64> voxels, std::uint8_t label, int onlyOver = -1);
    /// The edit that turns \a before into \a after (same size); runs group equal new labels.
    static MaskDelta difference(const MaskGeometry &before, const MaskGeometry &after);
    /// Writes the new labels into \a mask. False (nothing changed) when a run lies outside.
    bool apply(MaskGeometry &mask) const;
    /// Writes the old labels back (the undo of apply).
    bool revert(MaskGeometry &mask) const;
    /// The inverse edit: apply(inverted()) == revert().
    MaskDelta inverted() const;
};

using FindingGeometry = std::variant<PointGeometry, BoxGeometry, ContourGeometry, MaskGeometry>;

FindingKind kindOf(const FindingGeometry &geometry);

/// One thing a reader marked on the images.
struct Finding {
    qint64 id = 0;       ///< database id, 0 before it is stored
    QString label;       ///< code of a schema findingLabel (empty if the schema has none)
    QVariantMap attributes;
    FindingGeometry geometry;
    FindingKind kind() const { return kindOf(geometry); }
};

enum class ReadingState { Assigned, InProgress, Submitted };
/// A primary reading (one of the two independent ones) or an expert's own arbitration reading.
enum class ReadingKind { Primary, Arbitration };
QString readingStateName(ReadingState state); ///< "assigned", "in_progress", "submitted"

/// One reader's answer for one study of a dataset.
struct Reading {
    qint64 id = 0;
    qint64 datasetStudyId = 0;
    qint64 readerId = 0;
    ReadingKind kind = ReadingKind::Primary;
    ReadingState state = ReadingState::Assigned;
    std::optional<QString> studyClass; ///< schema class code
    std::vector<Finding> findings;
    QString comment;
    qint64 secondsSpent = 0; ///< reading time, the label's cost
    QDateTime startedAt;
    QDateTime submittedAt;
};

} // namespace etalon::core
