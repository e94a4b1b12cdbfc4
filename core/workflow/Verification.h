#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"
#include "core/workflow/DisagreementDetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

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

/// What the arbitration screen shows: both primary readings (A = the earlier assigned)
/// and the detector's verdict with matched pairs and metrics.
struct ArbitrationCase {
    DisputeItem dispute;
    Reading readingA;
    Reading readingB;
    Verdict verdict;
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
    int arbitrationsInvolved = 0;
};

struct DatasetStatus {
    QString datasetCode;
    QMap<QString, int> studiesByState;  ///< dataset_studies.state -> count
    QMap<QString, int> finalByState;    ///< final_labels.state -> count
    QMap<QString, int> finalClassCounts; ///< final class code -> count (agreed + arbitrated)
    int completedPairs = 0;             ///< studies with both primary readings submitted
    int disputedAfterTwoReads = 0;
    int stillDisputedAfterArbitration = 0; ///< excluded as unresolvable
    double disputedShare = 0.0;         ///< of completedPairs (the article: up to 0.25)
    double excludedShare = 0.0;         ///< of completedPairs (the article: up to 0.04)
    std::optional<double> kappa;        ///< Cohen's kappa between the two reads (weighted for ordinal schemas)
    QList<ReaderFigures> readers;
    QJsonObject toJson() const;
};

/// Verification after the two independent reads (docs/reading-workflow.md): agreement
/// gives final labels at once; a dispute goes to an expert more qualified than both
/// readers and not one of them, whose decision gives the final labels.
class Verification {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Verification)

public:
    /// Runs inside the transaction of the submit that completed the study's two primary
    /// readings: compares them, writes final labels (agreed) or a dispute with an expert
    /// assigned when one is available, and audits. No session: the submit was checked.
    static Result<void> evaluateStudy(store::Workspace &workspace, qint64 datasetStudyId, qint64 actorId);

    /// Coordinator: all disputes of the dataset; expert: those assigned to them. Others: refused.
    static Result<QList<DisputeItem>> disputes(store::Workspace &workspace, const Session &session, const QString &datasetCode);
    /// Assigns (or reassigns) a dispute's expert: coordinator only; the expert must be more
    /// qualified than both readers and not one of them.
    static Result<void> assignExpert(store::Workspace &workspace, const Session &session, qint64 disputeId, qint64 expertId);
    /// The case for the assigned expert (or a coordinator).
    static Result<ArbitrationCase> arbitrationCase(store::Workspace &workspace, const Session &session, qint64 disputeId);
    /// For decision Own, creates (or returns) the expert's own arbitration reading to edit with
    /// Readings' edit calls, optionally starting from reading A or B.
    static Result<qint64> startOwnReading(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                          std::optional<ArbitrationDecision> startFrom = std::nullopt);
    /// The expert decides; Exclude needs a reason. Writes final labels and the audit entry.
    static Result<void> arbitrate(store::Workspace &workspace, const Session &session, qint64 disputeId,
                                  ArbitrationDecision decision, const QString &reason = {});

    static Result<DatasetStatus> status(store::Workspace &workspace, const Session &session, const QString &datasetCode);
};

} // namespace etalon::core::workflow
