#pragma once

#include "core/imaging/MaskMetrics.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"

#include <optional>
#include <vector>

namespace etalon::core::workflow {

/// The assignment of rows to columns that maximises the total weight (Hungarian algorithm,
/// O(n³) with potentials). Works for rectangular matrices; returns, for each row, its
/// column or -1 when the row is left over (more rows than columns). Weights may be any
/// finite numbers; every row is assigned while columns remain.
std::vector<int> maximumWeightAssignment(const std::vector<std::vector<double>> &weights);

/// How two findings of two readers compare.
struct PairMetrics {
    /// The matching score in [0, 1]: IoU for boxes and contours, the sphere (3D) or disc
    /// (single image) IoU for points with diameters, mean per-label Dice for masks; for
    /// points without diameters 1 - d / (2·tolerance) when d ≤ tolerance, else 0.
    double score = 0.0;
    std::optional<double> iou;        ///< boxes, contours, points with both diameters
    std::optional<double> dice;       ///< masks: the mean of per-label Dice
    std::optional<double> distanceMm; ///< points: centre distance in millimetres
};

struct FindingPair {
    int indexA = -1; ///< index into reading A's findings
    int indexB = -1;
    PairMetrics metrics;
};

struct FindingMatching {
    std::vector<FindingPair> pairs; ///< one-to-one, each with a score > 0
    std::vector<int> unmatchedA;   ///< indices of A's findings without a partner
    std::vector<int> unmatchedB;
    /// The contours' voxels, rasterised once for matching (empty for other kinds), index
    /// for index with the findings; callers that merge contours reuse them.
    std::vector<imaging::RunMask> voxelsA;
    std::vector<imaging::RunMask> voxelsB;
};

/// Matches two readers' findings one-to-one, maximising the total score. Findings of
/// different kinds or labels never match (score 0). Geometry is in image index coordinates
/// of the series; millimetres come from the series spacing.
///
/// Points: when both have a diameter, the IoU of the two spheres (or discs on a single
/// image); otherwise they match when their centres are at most pointToleranceMm apart
/// (default 10 mm — within a typical nodule radius; the dataset can lower it).
class FindingMatcher {
public:
    explicit FindingMatcher(const VolumeGeometry &geometry, double pointToleranceMm = 10.0);

    PairMetrics compare(const Finding &a, const Finding &b) const;
    FindingMatching match(const std::vector<Finding> &a, const std::vector<Finding> &b) const;

    double pointToleranceMm() const { return m_pointToleranceMm; }

private:
    VolumeGeometry m_geometry;
    double m_pointToleranceMm;
};

} // namespace etalon::core::workflow
