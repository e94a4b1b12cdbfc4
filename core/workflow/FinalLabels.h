#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// The outcome of one dataset study (a row of final_labels), decoded.
struct FinalLabel {
    qint64 datasetStudyId = 0;
    QString studyInstanceUid;
    QString state;                     ///< agreed, arbitrated, excluded
    std::optional<QString> studyClass; ///< the final class code (none when excluded or the schema has none)
    std::vector<Finding> findings;     ///< decoded from findings_json (masks from their base64 blob); ids 0
    QString verificationLevel;         ///< low, medium, high
    QString reason;                    ///< exclusion reason (excluded), or the last correction's reason
    QString decidedBy;                 ///< login of the expert or coordinator; empty when agreed automatically
    QDateTime decidedAt;               ///< of the decision; corrections do not change decidedBy/decidedAt (see provenance)
    int corrections = 0;               ///< label corrections made after the decision (correct())
    QJsonObject provenance;            ///< as stored
};

/// What a coordinator changes in a final label (correct()).
struct FinalLabelCorrection {
    std::optional<QString> studyClass;            ///< new class; unset keeps the current one
    std::optional<std::vector<Finding>> findings; ///< new findings; unset keeps the current ones
    std::optional<QString> verificationLevel;     ///< e.g. "high" after histology; unset keeps it
    QString reason;                               ///< why (required; kept in the audit log and the label's provenance, never released)
};

/// Final labels after verification: reading them for the release, correcting them, and
/// withdrawing a study from a dataset. Corrections and withdrawals happen after the fact
/// (a wrong label found by a user of a released version, a study found unsuitable): both
/// keep the units or labels' history in the audit log and make the next release a PATCH
/// (labels) or MINOR (unit removed), see workflow::Releases.
class FinalLabels {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::FinalLabels)

public:
    /// Coordinators only. The final labels of dataset `code` (studies not withdrawn), by
    /// dataset study id. CorruptData names the study when a stored findings_json does not decode.
    static Result<QList<FinalLabel>> list(store::Workspace &workspace, const Session &session, const QString &code);

    /// Coordinators only. Corrects the final label of a study in state agreed or arbitrated
    /// (InvalidState for excluded or not yet final ones; InvalidArgument for an empty reason,
    /// a class not in the dataset's schema, findings the schema does not allow). Stores the
    /// old and new values in the provenance ("corrections" array) and audits
    /// "final_label.correct" with the old and new class, level, findings count and reason.
    /// Also: NotFound for an unknown dataset study, InvalidState for a withdrawn one,
    /// InvalidArgument for a level other than low/medium/high or a correction that changes
    /// nothing. Findings are checked like readers' (Readings::checkFinding: schema, form and
    /// the data unit's image size). Unchanged findings keep their
    /// stored JSON text byte for byte. Returns the corrected label.
    static Result<FinalLabel> correct(store::Workspace &workspace, const Session &session, qint64 datasetStudyId,
                                      const FinalLabelCorrection &correction);

    /// Coordinators only. Withdraws a study from dataset `code` (state withdrawn with the
    /// reason; its readings, disputes and final labels stay stored but it is no longer a data
    /// unit). InvalidArgument for an empty reason, NotFound for a study not in the dataset,
    /// InvalidState when already withdrawn. Audited as "dataset.withdraw_study".
    static Result<void> withdraw(store::Workspace &workspace, const Session &session, const QString &code,
                                 const QString &studyInstanceUid, const QString &reason);
};

} // namespace etalon::core::workflow
