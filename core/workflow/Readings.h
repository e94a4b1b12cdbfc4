#pragma once

#include "core/Result.h"
#include "core/model/Reading.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

class Session;

/// How assign() distributes the studies of a dataset.
struct AssignOptions {
    QList<qint64> readerIds; ///< candidates (readers or experts); empty = every active reader
    int readersPerStudy = 2;
};

struct AssignmentReport {
    int studiesAssigned = 0;  ///< studies that got their readers now
    int readingsCreated = 0;
    int studiesAlreadyAssigned = 0;
    QMap<qint64, int> workload; ///< reader id -> primary readings in the dataset after assignment
};

/// One line of a reader's worklist. Carries nothing about any other reader's reading.
struct WorklistItem {
    qint64 readingId = 0;
    qint64 datasetStudyId = 0;
    QString datasetCode;
    QString studyInstanceUid;
    QString seriesInstanceUid; ///< the data unit's series, empty when the unit is the whole study
    QString patientId;         ///< as indexed (de-identification comes with the release)
    QString studyDate;
    QString modalities;
    ReadingKind kind = ReadingKind::Primary;
    ReadingState state = ReadingState::Assigned;
    QDateTime assignedAt;
};

/// Where a reading's findings live.
struct ReadingContext {
    QString datasetCode;
    LabelSchema schema; ///< the dataset's schema snapshot
    QString studyInstanceUid;
    /// The data unit's image series (Datasets::unitSeries: the one chosen for the dataset, or
    /// for a whole-study unit the image series with the most frames), the one findings are drawn on.
    QString seriesInstanceUid;
    bool unitIsSeries = false; ///< true when the dataset chose the series
    std::array<int, 3> imageSize{0, 0, 0}; ///< columns, rows, slices of that series
};

/// Assignment and reading (docs/reading-workflow.md). Every call checks the session:
/// coordinators assign, reassign and reopen; a reader (or expert) reads only their own
/// readings; nothing here tells a reader anything about another reader's reading of the
/// same study. Every committed edit is its own transaction, audited.
class Readings {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Readings)

public:
    static Result<AssignmentReport> assign(store::Workspace &workspace, const Session &session, const QString &datasetCode,
                                           const AssignOptions &options);
    /// Gives an assigned, not yet started reading to another reader (never one who already reads the study).
    static Result<void> reassign(store::Workspace &workspace, const Session &session, qint64 readingId, qint64 newReaderId);
    /// Unlocks a submitted reading (coordinator only; the reason is audited).
    static Result<void> reopen(store::Workspace &workspace, const Session &session, qint64 readingId, const QString &reason);

    /// The session user's own readings (state filter optional), oldest first.
    static Result<QList<WorklistItem>> worklist(store::Workspace &workspace, const Session &session,
                                                std::optional<ReadingState> state = std::nullopt);

    /// A reading with its findings. Allowed for its reader, for the coordinator, and for the
    /// expert arbitrating the study (both primary readings).
    static Result<Reading> reading(store::Workspace &workspace, const Session &session, qint64 readingId);

    static Result<Reading> start(store::Workspace &workspace, const Session &session, qint64 readingId);
    static Result<void> setStudyClass(store::Workspace &workspace, const Session &session, qint64 readingId,
                                      const std::optional<QString> &classCode);
    static Result<qint64> addFinding(store::Workspace &workspace, const Session &session, qint64 readingId, const Finding &finding);
    static Result<void> updateFinding(store::Workspace &workspace, const Session &session, qint64 findingId, const Finding &finding);
    /// Stores one edit of a mask finding (a brush stroke, fill, region growing...) as a
    /// compact delta of the voxels it changed, audited; the mask reads back with every
    /// stored edit applied. Edits are folded into the mask's base now and then and on submit.
    static Result<void> paintMask(store::Workspace &workspace, const Session &session, qint64 findingId, const MaskDelta &delta);
    /// What a reading is drawn on: dataset, schema, study and the data unit's image series.
    /// For whoever may see the reading (as reading()).
    static Result<ReadingContext> context(store::Workspace &workspace, const Session &session, qint64 readingId);
    static Result<void> removeFinding(store::Workspace &workspace, const Session &session, qint64 findingId);
    static Result<void> setComment(store::Workspace &workspace, const Session &session, qint64 readingId, const QString &comment);
    static Result<void> addTimeSpent(store::Workspace &workspace, const Session &session, qint64 readingId, qint64 seconds);
    /// Locks the reading; refuses while required answers are missing. When this completes
    /// the study's primary readings, Verification::evaluateStudy runs in the same transaction.
    static Result<void> submit(store::Workspace &workspace, const Session &session, qint64 readingId);

    /// Checks a finding of a study of dataset `datasetCode` against the dataset's schema
    /// (allowed kind, label, attribute values), its geometry's form and the data unit's size
    /// (columns, rows, slices): InvalidArgument saying what is wrong. Every stored finding
    /// passes it, the readers' and the coordinators' corrected final labels alike.
    static Result<void> checkFinding(const LabelSchema &schema, const QString &datasetCode, const QString &studyUid,
                                     const std::array<int, 3> &unitSize, const Finding &finding);
};

} // namespace etalon::core::workflow
