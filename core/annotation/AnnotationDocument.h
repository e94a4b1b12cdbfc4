#pragma once

#include "core/Result.h"
#include "core/model/LabelSchema.h"
#include "core/model/Reading.h"

#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace etalon::core::store {
class Workspace;
}
namespace etalon::core::workflow {
class Session;
}

namespace etalon::core::annotation {

/// One open reading as the reading screen edits it: the study class, the findings, the
/// comment and the reading's mask, with one QUndoStack. Every edit goes through here, is
/// stored at once in its own transaction by workflow::Readings (audited; no save button)
/// and becomes one undo step; undo and redo are stored the same way. A brush stroke is one
/// step stored as a compact delta; a drag is one step (the viewer previews the drag itself
/// and calls updateFinding() on release). The history lives as long as the document, so
/// it survives switching views; submit() clears it.
///
/// Findings are addressed by a key that stays the same for the document's life (the
/// database id changes when undo re-creates a deleted finding).
///
/// A document is read-only when the reading is submitted or is not the session user's own
/// (an expert or coordinator looking at it): every edit then fails with InvalidState or
/// PermissionDenied and nothing changes.
class AnnotationDocument : public QObject {
    Q_OBJECT

public:
    /// Opens reading \a readingId for \a session. An assigned reading of the session's own
    /// is started (Readings::start) when \a startIfAssigned. The workspace and session must
    /// outlive the document.
    static Result<std::unique_ptr<AnnotationDocument>> open(store::Workspace &workspace, const workflow::Session &session,
                                                             qint64 readingId, bool startIfAssigned = true);
    ~AnnotationDocument() override;

    qint64 readingId() const;
    /// The reading as stored (state, class, comment, time); findings are those below.
    const Reading &reading() const;
    const LabelSchema &schema() const;
    QString datasetCode() const;
    QString studyInstanceUid() const;
    /// The data unit's image series, the one findings are drawn on (Readings::context).
    QString seriesInstanceUid() const;
    /// Size (columns, rows, slices) of the images the findings are drawn on.
    std::array<int, 3> imageSize() const;
    bool isReadOnly() const;
    /// Why the document is read-only (translated), empty when it is not.
    QString readOnlyReason() const;

    QUndoStack *undoStack() const;

    // --- study level -------------------------------------------------------------------
    std::optional<QString> studyClass() const;
    /// One undo step. An unknown class code fails with InvalidArgument.
    Result<void> setStudyClass(const std::optional<QString> &classCode);
    /// Stored at once; not an undo step (the text field has its own undo).
    Result<void> setComment(const QString &comment);
    QString comment() const;

    // --- findings ----------------------------------------------------------------------
    QList<int> findingKeys() const; ///< in creation order
    /// nullptr for an unknown key.
    const Finding *finding(int key) const;
    std::optional<int> keyOfFindingId(qint64 findingId) const;
    /// Adds a finding (one undo step); returns its key. Schema and bounds are checked.
    Result<int> addFinding(const Finding &finding);
    /// Replaces a finding's geometry, label or attributes (one undo step: a move, a resize,
    /// a vertex edit, an attribute change). \a description names the step ("Move box").
    Result<void> updateFinding(int key, const Finding &finding, const QString &description = {});
    Result<void> removeFinding(int key);

    // --- the reading's mask (brush, eraser, fill, region growing, interpolation) ---------
    /// The key of the mask finding that the mask tools edit (the reading's first mask), or
    /// nothing before the first stroke creates it.
    std::optional<int> maskKey() const;
    /// The working mask, a stroke in progress included; nullptr while there is none.
    /// Label n is the schema's findingLabels[n-1] (n = 1 when the schema has no labels).
    const MaskGeometry *mask() const;
    /// Highest label value a mask may hold (number of finding labels, at least 1).
    int maskLabelCount() const;

    /// Starts a stroke that sets voxels to \a label (0 erases). \a onlyOver >= 0 limits the
    /// stroke to voxels that hold that label now (e.g. erase only label 2). The mask is made
    /// (empty, imageSize()) when the reading has none; it is stored with the stroke.
    Result<void> beginStroke(std::uint8_t label, int onlyOver = -1);
    /// Paints voxels (linear indices i + nx*(j + ny*k)) into the working mask at once;
    /// returns the bounding box {i0, j0, k0, i1, j1, k1} (inclusive) of what changed, or
    /// nothing when no voxel changed. Emits maskChanged.
    std::optional<std::array<int, 6>> strokeVoxels(const std::vector<qint64> &voxels);
    /// Stores the stroke as one delta and one undo step named \a description.
    Result<void> endStroke(const QString &description = {});
    /// Reverts the stroke in progress (Esc); nothing is stored.
    void cancelStroke();
    bool isStroking() const;
    /// A whole edit at once (fill inside a contour, region growing): begin, stroke, end.
    Result<void> paint(const std::vector<qint64> &voxels, std::uint8_t label, const QString &description, int onlyOver = -1);
    /// Replaces the working mask's voxels with \a labels (same size), stored as the delta
    /// of what differs (slice interpolation, taking a consensus as a starting point).
    Result<void> replaceMask(const std::vector<std::uint8_t> &labels, const QString &description);

    // --- time and submission ------------------------------------------------------------
    /// Adds the reading time since the last call (or since open) to the reading; the
    /// document also does this every minute and when it is destroyed.
    void recordTime();
    /// Checks what Readings::submit checks, submits, clears the undo history and becomes
    /// read-only.
    Result<void> submit();
    /// What is still missing before submit() can succeed (translated sentences); empty
    /// when the reading can be submitted.
    QStringList missingAnswers() const;

signals:
    void studyClassChanged();
    void findingAdded(int key);
    void findingChanged(int key);
    void findingRemoved(int key);
    /// Voxels changed in the inclusive index box {i0, j0, k0, i1, j1, k1}.
    void maskChanged(std::array<int, 6> bounds);
    void commentChanged();
    void readOnlyChanged(bool readOnly);
    /// An edit, undo or redo could not be stored; the document did not change.
    void errorOccurred(const QString &message);

private:
    AnnotationDocument(store::Workspace &workspace, const workflow::Session &session);
    struct Private;
    std::unique_ptr<Private> d;
    friend class DocumentCommand;
};

} // namespace etalon::core::annotation
