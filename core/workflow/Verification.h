#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

enum class ArbitrationDecision { AcceptA, AcceptB, Own, Exclude };
QString arbitrationDecisionName(ArbitrationDecision decision); ///< "accept_a", "accept_b", "own", "exclude"
std::optional<ArbitrationDecision> arbitrationDecisionFromName(const QString &name);

enum class VerificationLevel { Low, Medium, High };
QString verificationLevelName(VerificationLevel level); ///< "low", "medium", "high"

/// A disputed study as the expert (or coordinator) sees it in a worklist.
struct DisputeItem {
    qint64 disputeId = 0;
    qint64 datasetStudyId = 0;
    QString datasetCode;
    QString studyInstanceUid;
    QStringList reasons;        ///< translated, one line per reason
    std::optional<qint64> expertId;
    bool decided = false;
    QDateTime detectedAt;
};

/// One reason why the two readings disagree, as the detector gave it (DisputeReason in
/// DisagreementDetector.h, flattened so this header does not pull the detector in: a file
/// can include both this header and Datasets.h).
struct CaseReason {
    QString kind;                    ///< disputeKindName(): "class_mismatch", "unmatched_finding", "low_iou", ...
    QString message;                 ///< translated
    std::optional<double> value;     ///< IoU, Dice, HD95 (mm) or the rank difference
    std::optional<double> threshold;
    qint64 findingIdA = 0;           ///< 0 when the reason concerns no finding of A
    qint64 findingIdB = 0;
    int maskLabel = 0;
};

/// A pair of findings the detector matched, with its figures.
struct CasePair {
    qint64 findingIdA = 0;
    qint64 findingIdB = 0;
    double score = 0.0;
    std::optional<double> iou;
    std::optional<double> dice;
    std::optional<double> distanceMm;
};

/// Figures of one label of a matched mask pair.
struct CaseMaskLabel {
    qint64 findingIdA = 0;
    qint64 findingIdB = 0;
    int label = 0;                  ///< the mask's label value (schema findingLabels[label-1])
    double dice = 0.0;
    std::optional<double> hd95Mm;   ///< unset when not computed or undefined (a label empty in one mask)
};

/// What the arbitration screen shows: both primary readings (A = the one assigned first)
/// and the detector's verdict on them (recomputed from the locked readings).
struct ArbitrationCase {
    DisputeItem dispute;
    QString readerALogin;
    QString readerBLogin;
    Reading readingA;
    Reading readingB;
    bool agreed = false;             ///< the detector's verdict now (false for a live dispute)
    QList<CaseReason> reasons;
    QList<CasePair> pairs;
    /// Dice and HD95 per label of every matched mask pair; HD95 is computed even when the
    /// dataset sets no HD95 threshold (the verdict and reasons are the same either way).
    QList<CaseMaskLabel> maskLabels;
    std::optional<Reading> ownReading; ///< the expert's own arbitration reading, when started
    /// Set once decided.
    std::optional<ArbitrationDecision> decision;
    QString decisionReason;
    QDateTime decidedAt;
};

/// A study's two submitted primary readings (A = assigned first) and the detector's verdict
/// on them, recomputed from the stored readings as arbitrationCase does.
struct PrimaryComparison {
    qint64 datasetStudyId = 0;
    QString studyInstanceUid;
    QString readerALogin;
    QString readerBLogin;
    Reading readingA;
    Reading readingB;
    bool agreed = false;
    QList<CaseReason> reasons;
    QList<CasePair> pairs;
    QList<CaseMaskLabel> maskLabels; ///< per label of every matched mask pair
};

/// The figures a coordinator watches (also `etalon-cli status --json`).
struct ReaderFigures {
    qint64 userId = 0;
    QString login;
    int assigned = 0;
    int inProgress = 0;
    int submitted = 0;
    qint64 secondsSpent = 0;
    int upheldInArbitration = 0; ///< arbitrations that accepted this reader's reading
    int arbitrationsInvolved = 0; ///< decided arbitrations of studies this reader read
    int arbitrationsDecided = 0;  ///< as the expert
};

struct DatasetStatus {
    QString datasetCode;
    QMap<QString, int> studiesByState;  ///< dataset_studies.state -> count
    QMap<QString, int> finalByState;    ///< final_labels.state -> count
    QMap<QString, int> finalClassCounts; ///< final class code -> count (agreed + arbitrated)
    int completedPairs = 0;             ///< studies with both primary readings submitted
    int disputedAfterTwoReads = 0;      ///< studies with a dispute (decided or not)
    int awaitingArbitration = 0;        ///< disputes not decided yet
    int awaitingExpert = 0;             ///< of those, with no expert assigned
    int stillDisputedAfterArbitration = 0; ///< excluded as unresolvable
    double disputedShare = 0.0;         ///< disputedAfterTwoReads / completedPairs (the article: up to 0.25)
    double excludedShare = 0.0;         ///< stillDisputedAfterArbitration / completedPairs (the article: up to 0.04)
    static constexpr double DisputedShareReference = 0.25;
    static constexpr double ExcludedShareReference = 0.04;
    /// Cohen's kappa between the two primary reads over completed pairs where both gave a
    /// class; quadratic-weighted for ordinal schemas. Unset when undefined (no pairs, or
    /// both readers used one and the same class only).
    std::optional<double> kappa;
    std::optional<double> kappaCiLower;
    std::optional<double> kappaCiUpper;
    QString kappaWeighting;             ///< "unweighted" or "quadratic"
    int kappaItems = 0;
    QList<ReaderFigures> readers;       ///< everyone with a primary reading or an arbitration, by login
    /// {"dataset", "studiesByState", "finalByState", "finalClassCounts", "completedPairs",
    ///  "disputedAfterTwoReads", "awaitingArbitration", "awaitingExpert",
    ///  "stillDisputedAfterArbitration", "disputedShare", "excludedShare",
    ///  "reference": {"disputedShare": 0.25, "excludedShare": 0.04}, "kappa": {"value"|null,
    ///  "weighting", "items", "ciLower", "ciUpper"}, "readers": [{"login", "userId", "assigned",
    ///  "inProgress", "submitted", "secondsSpent", "upheldInArbitration", "arbitrationsInvolved",
    ///  "arbitrationsDecided"}]}
    QJsonObject toJson() const;
};

/// A study of a dataset whose final label is "excluded" (the expert found the dispute
/// unresolvable), with the expert's reason.
struct ExcludedStudy {
    qint64 datasetStudyId = 0;
    QString studyInstanceUid;
    QString reason;
    QString expertLogin;
    QDateTime decidedAt;
};

/// Verification after the two independent reads (docs/reading-workflow.md, "Verification
/// and arbitration"): agreement gives final labels at once; a dispute goes to an expert more
/// qualified than both readers and not one of them, whose decision gives the final labels.
///
/// Verification level (METHODOLOGY.md): labels made here are prospective expert readings,
/// so agreed and arbitrated labels are "medium" (classification from expert opinion); an
/// excluded study keeps no classification and is recorded "low". "high" needs confirmation
/// by histology or follow-up, which this workflow does not see.
///
/// Reading A of a study is the primary reading assigned first (assigned_at, then id).
class Verification {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Verification)

public:
    /// Runs inside the transaction of the submit that completed the study's two primary
    /// readings (the caller's WriteTransaction): compares them with the dataset's schema
    /// snapshot and thresholds on the data unit's geometry, writes final labels (agreed,
    /// dataset study -> final) or a dispute (-> disputed) with the least loaded qualifying
    /// expert assigned when there is one, and audits. No session: the submit was checked.
    /// InvalidState when the study does not have two submitted primary readings or was
    /// already evaluated.
    static Result<void> evaluateStudy(store::Workspace &workspace, qint64 datasetStudyId, qint64 actorId);

    /// The geometry of a dataset study's data unit, from the catalogue (no pixels read):
    /// the series of Datasets::unitSeries (the one the findings are drawn on).
    /// Size = columns x rows x frames; spacing = Pixel Spacing (column, row) and the median
    /// distance between distinct Image Positions along the slice normal (else Slice
    /// Thickness, else 1 mm); axes from Image Orientation; origin = the first position.
    static Result<VolumeGeometry> dataUnitGeometry(store::Workspace &workspace, qint64 datasetStudyId);

    /// Coordinator: all disputes of the dataset; expert: those assigned to them. Readers:
    /// PermissionDenied. Oldest first.
    static Result<QList<DisputeItem>> disputes(store::Workspace &workspace, const Session &session, const QString &datasetCode);
    /// Assigns (or reassigns, while undecided) a dispute's expert: coordinator only; the
    /// user must be an active expert, more qualified than both readers and not one of them
    /// (InvalidArgument saying which rule fails).
    static Result<void> assignExpert(store::Workspace &workspace, const Session &session, qint64 disputeId, qint64 expertId);
    /// The case for the assigned expert (or a coordinator). An expert who read the study,
    /// or who is not assigned to the dispute, is refused.
    static Result<ArbitrationCase> arbitrationCase(store::Workspace &workspace, const Session &session, qint64 disputeId);
    /// For decision Own: creates (or returns) the assigned expert's own arbitration reading
    /// (kind arbitration, in progress), optionally pre-filled with the class, findings and
    /// comment of reading A (startFrom AcceptA) or B (AcceptB). The expert edits it with
    /// Readings' calls and submits it with Readings::submit before deciding Own.
    static Result<qint64> startOwnReading(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                          std::optional<ArbitrationDecision> startFrom = std::nullopt);
    /// The assigned expert decides, in one audited transaction that writes the arbitration,
    /// the final labels (state arbitrated, or excluded) and the dataset study's state final.
    /// AcceptA / AcceptB take that reading's class and findings; Own takes the expert's own
    /// reading, which must be submitted already (InvalidState otherwise: the completeness
    /// checks live in Readings::submit); Exclude needs a reason (InvalidArgument). An expert
    /// who read the study is refused (PermissionDenied), as is anyone but the assigned
    /// expert; a decided dispute gives InvalidState.
    static Result<void> arbitrate(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                  ArbitrationDecision decision, const QString &reason = {});

    /// The detector's verdict on a study's two submitted primary readings (no session: the
    /// caller checks who may see it). allSurfaceDistances computes every matched mask label's
    /// HD95 even when the dataset sets no HD95 threshold (for statistics; the verdict is the
    /// same). InvalidState unless both primary readings are submitted.
    static Result<PrimaryComparison> comparePrimaryReadings(store::Workspace &workspace, qint64 datasetStudyId,
                                                            bool allSurfaceDistances = false);

    /// Coordinator only: the dataset's figures (DatasetStatus).
    static Result<DatasetStatus> status(store::Workspace &workspace, const Session &session, const QString &datasetCode);
    /// Coordinator only: the dataset's excluded studies with the arbitration's reason, in
    /// the order decided (the coordinator's dashboard lists why studies were excluded).
    static Result<QList<ExcludedStudy>> excludedStudies(store::Workspace &workspace, const Session &session,
                                                        const QString &datasetCode);
};

} // namespace etalon::core::workflow
