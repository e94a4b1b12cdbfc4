#pragma once

#include "core/workflow/Datasets.h"
#include "core/workflow/Users.h"
#include "core/workflow/Verification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace etalon::core::workflow {

/// Something on a dataset that needs the coordinator's attention.
struct DatasetProblem {
    enum class Kind {
        IdleReader,           ///< an active reader has no open reading while studies wait
        DisputeWaiting,       ///< an undecided dispute older than the age limit
        DisputeWithoutExpert, ///< an undecided dispute with no expert assigned
        TargetOutOfReach,     ///< a class target (or all targets together) needs more studies than remain
    };
    Kind kind = Kind::IdleReader;
    QString subject; ///< the reader's login, the dispute's study UID, the class code ("" = all targets together)
    QString message; ///< translated, says what to do
};

/// The problems of a dataset, found from figures the caller has already read (no database
/// access): its status, plan, disputes and the workspace's users.
class DatasetProblems {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::DatasetProblems)

public:
    /// Readers with nothing open while studies wait (not assigned, or assigned to others and
    /// not started); undecided disputes older than \a disputeAgeLimitDays at \a now, or with
    /// no expert; class targets (each, and all together) that the studies not final yet
    /// cannot fill.
    static QList<DatasetProblem> find(const DatasetStatus &status, const Dataset &dataset, const QList<DisputeItem> &disputes,
                                      const QList<User> &users, int disputeAgeLimitDays, const QDateTime &now);
};

} // namespace etalon::core::workflow
