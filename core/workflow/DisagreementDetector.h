#pragma once

#include "core/imaging/MaskMetrics.h"
#include "core/model/LabelSchema.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"
#include "core/workflow/DisagreementThresholds.h"
#include "core/workflow/FindingMatcher.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace etalon::core::workflow {

/// Why two readings disagree.
enum class DisputeKind {
    ClassMismatch,    ///< different classes (for ordinal schemas: further apart than the tolerance)
    MissingClass,     ///< a required class, or one reader's class, is missing
    UnmatchedFinding, ///< a finding with no counterpart in the other reading
    LowIoU,           ///< a matched pair overlaps less than the IoU threshold
    LowDice,          ///< a mask label overlaps less than the Dice threshold
    HighHd95,         ///< a mask label's HD95 exceeds the threshold
};

QString disputeKindName(DisputeKind kind); ///< "class_mismatch", "missing_class", ...

struct DisputeReason {
    DisputeKind kind = DisputeKind::ClassMismatch;
    QString message;                  ///< translated, for the coordinator and the expert
    std::optional<double> value;      ///< IoU, Dice, HD95 (mm) or the rank difference
    std::optional<double> threshold;  ///< the threshold it was held against
    int findingIndexA = -1;           ///< index into reading A's findings, -1 when none
    int findingIndexB = -1;
    qint64 findingIdA = 0;            ///< database ids (0 when none or not stored)
    qint64 findingIdB = 0;
    int maskLabel = 0;                ///< the label value for LowDice / HighHd95
};

/// Per-label figures of a matched mask pair.
struct MaskLabelMetrics {
    imaging::OverlapMetrics overlap;
    std::optional<imaging::SurfaceDistances> distances; ///< only when an HD95 threshold is set
};

/// A matched pair with its metrics, for the arbitration screen.
struct MatchedFindings {
    int indexA = -1;
    int indexB = -1;
    qint64 findingIdA = 0;
    qint64 findingIdB = 0;
    PairMetrics metrics;
    std::map<int, MaskLabelMetrics> maskLabels; ///< masks only, key: label value
};

/// The common answer of agreed readings.
struct Consensus {
    std::optional<QString> studyClass;
    std::vector<Finding> findings; ///< new findings (id 0) merged from the matched pairs
};

struct Verdict {
    bool agreed = false;
    std::vector<DisputeReason> reasons; ///< empty exactly when agreed
    std::vector<MatchedFindings> pairs;
    std::optional<Consensus> consensus; ///< set exactly when agreed
};

/// Decides whether two submitted readings of a study agree (METHODOLOGY.md stage 3). Pure:
/// no database, safe to call from several threads.
///
/// Class: nominal classes must be equal; ordinal ranks may differ by ordinalTolerance, and
/// the consensus is then the higher rank — schemas order classes by rising severity, and
/// for a reference dataset an under-called study is the costlier error, so the more
/// severe reading is the conservative one.
///
/// Findings are matched one-to-one by maximal total IoU (FindingMatcher). Every unmatched
/// finding and every matched pair under its threshold is a dispute. Consensus findings:
/// boxes → the intersection box, or for union the smallest box containing both; contours →
/// the voxel intersection/union traced back into one polygon per slice (exact in voxels);
/// points → the midpoint with the smaller/larger diameter; masks → voxel-wise intersection
/// (voxels both gave the same label) or union (where both labelled a voxel differently, the
/// smaller label value). Attributes are kept where both readers gave the same value.
class DisagreementDetector {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::DisagreementDetector)

public:
    DisagreementDetector(LabelSchema schema, DisagreementThresholds thresholds, VolumeGeometry geometry);

    Verdict compare(const Reading &a, const Reading &b) const;

    const DisagreementThresholds &thresholds() const { return m_thresholds; }

private:
    void compareClasses(const Reading &a, const Reading &b, Verdict &verdict, Consensus &consensus) const;
    Finding merge(const Finding &a, const Finding &b, const imaging::RunMask &voxelsA,
                  const imaging::RunMask &voxelsB) const;
    int rankOf(const QString &code) const;

    LabelSchema m_schema;
    DisagreementThresholds m_thresholds;
    VolumeGeometry m_geometry;
    FindingMatcher m_matcher;
};

} // namespace etalon::core::workflow
