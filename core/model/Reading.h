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

/// Closed polygons, at most one per slice (key: slice index k), vertices in (i, j).
struct ContourGeometry {
    std::map<int, std::vector<Point2>> slices;
};

/// A label volume of the series' size, one byte per voxel (0 = background, n = the
/// schema's findingLabels[n-1]), stored compressed.
struct MaskGeometry {
    std::array<int, 3> size{0, 0, 0};
    std::vector<std::uint8_t> labels; ///< uncompressed, size[0]*size[1]*size[2]
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
