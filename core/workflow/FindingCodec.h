#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace etalon::core::workflow {

/// A finding's geometry as stored in findings.geometry_json (compact JSON) and, for masks,
/// findings.mask_blob. Coordinates are image index coordinates of the data unit's series
/// (core/model/Reading.h); numbers are JSON numbers written with the shortest exact form,
/// so a stored geometry reads back bit for bit.
///
/// - point:   {"index": [i, j, k]} plus "diameterMm": d when a size was given
/// - box:     {"i0": i0, "j0": j0, "i1": i1, "j1": j1, "k0": k0, "k1": k1}
///            (i/j pixel-edge bounds, k0..k1 an inclusive slice range, integers)
/// - contour: {"slices": [{"k": k, "points": [[i, j], ...]}, ...]}, one closed polygon per
///            slice, slices in rising k; with "axis": 0 or 1 for contours drawn on planes
///            normal to i or j ("k" then holds that index, vertices the other two, in order)
/// - mask:    {"size": [nx, ny, nz]}; the voxels (one byte each, i fastest, then j, then k;
///            0 background, n the schema's findingLabels[n-1]) are qCompress()ed into mask_blob;
///            a mask with no foreground is stored as qCompress() of nothing (all background).
struct EncodedGeometry {
    QByteArray json;     ///< compact JSON for geometry_json
    QByteArray maskBlob; ///< qCompress()ed labels for masks; null for the other kinds
};

class FindingCodec {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::FindingCodec)

public:
    /// Checks that the geometry is well formed on its own (finite numbers, ordered bounds,
    /// at least three vertices per contour, a mask's buffer matching its size). Bounds
    /// against a series are checked by Readings.
    static Result<void> validate(const FindingGeometry &geometry);

    static QJsonObject toJson(const FindingGeometry &geometry); ///< for a mask: only the size
    static EncodedGeometry encode(const FindingGeometry &geometry);
    /// Reads what encode() wrote. CorruptData when the JSON or the blob does not fit kind.
    static Result<FindingGeometry> decode(FindingKind kind, const QByteArray &json, const QByteArray &maskBlob = {});
    static Result<FindingGeometry> fromJson(FindingKind kind, const QJsonObject &json, const QByteArray &maskBlob = {});

    /// Findings as stored in final_labels.findings_json: an array of {"kind", "label",
    /// "attributes", "geometry" (toJson), "sourceFindingId" (when the finding had an id),
    /// "maskBlobBase64" (masks: the base64 of encode()'s mask blob)}.
    static QJsonArray findingsToJson(const std::vector<Finding> &findings);
    /// Reads what findingsToJson() wrote (ids 0). CorruptData names the element that does not decode.
    static Result<std::vector<Finding>> findingsFromJson(const QJsonArray &array);

    /// A mask edit as stored in mask_edits.delta_blob: qCompress()ed little-endian records
    /// (start int64, length int32, label uint8) per run, followed by the old labels.
    static QByteArray encodeDelta(const MaskDelta &delta);
    /// CorruptData when the blob is not what encodeDelta() wrote.
    static Result<MaskDelta> decodeDelta(const QByteArray &blob);
};

} // namespace etalon::core::workflow
