#include "core/workflow/DatasetProblems.h"

#include <QHash>
#include <QLocale>

namespace etalon::core::workflow {

QList<DatasetProblem> DatasetProblems::find(const DatasetStatus &s, const Dataset &dataset, const QList<DisputeItem> &disputes,
                                            const QList<User> &users, int disputeAgeLimitDays, const QDateTime &now)
{
    QList<DatasetProblem> problems;
    // Readers with nothing open while studies wait for a reader: studies not assigned yet,
    // and readings assigned to others that nobody has started (they could be reassigned).
    QHash<qint64, const ReaderFigures *> figures;
    int notStarted = 0;
    for (const ReaderFigures &r : s.readers) {
        figures.insert(r.userId, &r);
        notStarted += r.assigned;
    }
    const int notAssigned = s.studiesByState.value(QStringLiteral("added"));
    for (const User &u : users) {
        if (!u.active || u.role != Role::Reader)
            continue;
        const ReaderFigures *r = figures.value(u.id);
        const int open = r ? r->assigned + r->inProgress : 0;
        const int waiting = notAssigned + notStarted - (r ? r->assigned : 0);
        if (open == 0 && waiting > 0) {
            problems.append({DatasetProblem::Kind::IdleReader, u.login,
                             tr("Reader %1 has no reading left in %2 while %n studies wait (not assigned, or assigned to "
                                "others and not started): assign them more (Datasets ▸ Assign readers).",
                                nullptr, waiting)
                                 .arg(u.login, s.datasetCode)});
        }
    }
    // Disputes waiting too long, or with nobody to decide them.
    for (const DisputeItem &d : disputes) {
        if (d.decided)
            continue;
        const qint64 days = d.detectedAt.isValid() ? d.detectedAt.daysTo(now) : 0;
        const bool old = d.detectedAt.isValid() && d.detectedAt.secsTo(now) > qint64(disputeAgeLimitDays) * 86400;
        if (old) {
            problems.append({DatasetProblem::Kind::DisputeWaiting, d.studyInstanceUid,
                             tr("The dispute on study %1 has waited %n days for arbitration (since %2): remind the expert "
                                "or assign another.",
                                nullptr, int(days))
                                 .arg(d.studyInstanceUid, QLocale().toString(d.detectedAt.toLocalTime(), QLocale::ShortFormat))});
        }
        if (!d.expertId) {
            problems.append({DatasetProblem::Kind::DisputeWithoutExpert, d.studyInstanceUid,
                             tr("The dispute on study %1 has no expert: assign an active expert more qualified than both "
                                "readers (Datasets ▸ Disputes, or etalon-cli arbitrate assign).")
                                 .arg(d.studyInstanceUid)});
        }
    }
    // Class targets that the studies not final yet cannot fill.
    int total = 0;
    for (int n : s.studiesByState)
        total += n;
    const int remaining =
        total - s.studiesByState.value(QStringLiteral("final")) - s.studiesByState.value(QStringLiteral("withdrawn"));
    int missingTotal = 0;
    for (const LabelClass &c : dataset.spec.schema.classes) {
        const auto it = dataset.spec.classTargets.constFind(c.code);
        if (it == dataset.spec.classTargets.constEnd())
            continue;
        const int missing = it.value() - s.finalClassCounts.value(c.code);
        if (missing <= 0)
            continue;
        missingTotal += missing;
        if (missing > remaining) {
            problems.append({DatasetProblem::Kind::TargetOutOfReach, c.code,
                             tr("Class %1 needs %2 more final labels to reach its target of %3, but only %n studies are "
                                "not final yet: add studies to the dataset.",
                                nullptr, remaining)
                                 .arg(c.code)
                                 .arg(missing)
                                 .arg(it.value())});
        }
    }
    if (missingTotal > remaining) {
        problems.append({DatasetProblem::Kind::TargetOutOfReach, QString(),
                         tr("The class targets together need %1 more final labels, but only %n studies are not final "
                            "yet: add studies to the dataset.",
                            nullptr, remaining)
                             .arg(missingTotal)});
    }
    return problems;
}

} // namespace etalon::core::workflow
