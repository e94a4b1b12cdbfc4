#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace etalon::core::workflow {

/// How the agreed answer combines the geometry of two matched findings.
enum class FindingConsensus { Intersection, Union };

QString findingConsensusName(FindingConsensus consensus); ///< "intersection", "union"
std::optional<FindingConsensus> findingConsensusFromName(const QString &name);

/// A dataset's disagreement thresholds (docs/reading-workflow.md): when two readings count
/// as disagreeing, and how agreed findings are combined. Stored as datasets.thresholds_json.
struct DisagreementThresholds {
    int ordinalTolerance = 0;       ///< ordinal schemas: classes this many ranks apart still agree
    double iou = 0.5;               ///< matched boxes, contours and sized points need IoU >= this
    double dice = 0.7;              ///< matched masks need Dice >= this for every label
    std::optional<double> hd95Mm;   ///< and, when set, HD95 <= this (mm) for every label; none = not checked
    FindingConsensus findingConsensus = FindingConsensus::Intersection;
    double pointToleranceMm = 10.0; ///< points without diameters match within this distance

    /// {"ordinalTolerance", "iou", "dice", "hd95Mm" (number or null), "findingConsensus",
    ///  "pointToleranceMm"}
    QJsonObject toJson() const;
    /// Missing keys take the defaults; unknown keys, wrong types or out-of-range values are errors.
    static Result<DisagreementThresholds> fromJson(const QJsonObject &json);
};

} // namespace etalon::core::workflow
