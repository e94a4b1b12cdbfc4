#pragma once

#include "core/Result.h"
#include "core/evaluation/Agreement.h"
#include "core/workflow/Verification.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// Agreement on the study-level class between the two primary reads of each completed study
/// (both submitted, both with a class of the schema).
struct ClassAgreement {
    QString scale;                    ///< "nominal" or "ordinal"
    QStringList categories;           ///< class codes, schema order (the confusion matrix's order)
    int completedPairs = 0;           ///< studies with both primary readings submitted
    int items = 0;                    ///< of those, with a schema class from both readers
    std::optional<double> percentAgreement;
    /// counts[a][b]: reader A (the primary reading assigned first) chose categories[a], reader B categories[b].
    evaluation::ConfusionMatrix confusion;
    std::optional<evaluation::KappaEstimate> cohenKappa;     ///< unset when undefined
    std::optional<evaluation::KappaEstimate> linearKappa;    ///< ordinal schemas only
    std::optional<evaluation::KappaEstimate> quadraticKappa; ///< ordinal schemas only
    /// Over the studies with the most common number (>= 3) of class reads, counting the
    /// expert's submitted arbitration reading as a read; unset when no study has three.
    std::optional<evaluation::FleissKappaEstimate> fleissKappa;
    int studiesWithMoreThanTwoReads = 0;  ///< studies with >= 3 class reads (Fleiss uses those with readsPerItem)
};

/// Per reader: findings drawn in submitted primary readings of completed studies, and how
/// many the detector matched with the other reader's.
struct ReaderDetection {
    QString login;
    int drawn = 0;
    int matched = 0;
    int unmatched = 0;
};

/// Findings and masks over the detector's matched pairs (DisagreementDetector, as in
/// arbitration), over completed studies.
struct FindingAgreement {
    int studiesCompared = 0;  ///< completed studies where at least one reader drew a finding
    std::optional<evaluation::DistributionSummary> iou; ///< matched boxes and contours
    QMap<int, evaluation::DistributionSummary> diceByLabel;  ///< mask label value -> Dice over matched mask pairs
    QMap<int, evaluation::DistributionSummary> hd95ByLabel;  ///< mask label value -> HD95 (mm), where defined
    QMap<int, QString> labelCodes;                           ///< mask label value -> schema findingLabels code
    int matchedPairs = 0;
    int unmatchedA = 0;       ///< findings of reader A with no partner in B
    int unmatchedB = 0;
    QList<ReaderDetection> readers; ///< by login
};

/// Per reader process figures beyond DatasetStatus: time per submitted primary reading.
struct ReaderProcess {
    QString login;
    int studiesRead = 0;                  ///< submitted primary readings
    std::optional<double> meanSecondsPerStudy;
    std::optional<double> medianSecondsPerStudy;
    int upheldInArbitration = 0;          ///< from DatasetStatus
    int arbitrationsInvolved = 0;         ///< from DatasetStatus
};

struct DatasetStatistics {
    QString datasetCode;
    ClassAgreement classes;
    FindingAgreement findings;
    DatasetStatus process;          ///< Verification::status, unchanged
    QList<ReaderProcess> readers;   ///< by login, everyone with a submitted primary reading or an arbitration figure

    /// {"dataset",
    ///  "classes": {"scale", "categories": [code], "completedPairs", "items", "percentAgreement"|null,
    ///    "confusionMatrix": {"rows": "readerA", "columns": "readerB", "categories": [code], "counts": [[n]]},
    ///    "cohenKappa": K|null, "weightedKappa": {"linear": K|null, "quadratic": K|null}|null (nominal),
    ///    "fleissKappa": {"value", "standardErrorNull", "items", "readsPerItem", "observedAgreement",
    ///      "expectedAgreement"}|null, "studiesWithMoreThanTwoReads"},
    ///  "findings": {"studiesCompared", "iou": S|null, "dice": {"<label>": S}, "hd95Mm": {"<label>": S},
    ///    "maskLabels": {"<label>": code},
    ///    "detection": {"matchedPairs", "unmatchedA", "unmatchedB", "readers": [{"login", "drawn", "matched", "unmatched"}]}},
    ///  "process": DatasetStatus::toJson(),
    ///  "readers": [{"login", "studiesRead", "meanSecondsPerStudy"|null, "medianSecondsPerStudy"|null,
    ///    "upheldInArbitration", "arbitrationsInvolved"}]}
    /// with K = {"value", "standardError", "ciLower", "ciUpper", "observedAgreement",
    /// "expectedAgreement", "items"} and S = {"count", "median", "q1", "q3", "min", "max"}.
    QJsonObject toJson() const;
};

/// The agreement statistics of a dataset (issue 5, "Agreement statistics"): study-level
/// classes, findings and masks, and the process figures of Verification::status.
class Statistics {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Statistics)

public:
    /// Coordinator only (experts and readers: PermissionDenied, as Verification::status).
    /// Recomputes the detector's verdict (Verification::comparePrimaryReadings) on every
    /// completed study where a reader drew a finding.
    static Result<DatasetStatistics> compute(store::Workspace &workspace, const Session &session, const QString &datasetCode);
};

} // namespace etalon::core::workflow
