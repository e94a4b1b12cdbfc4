#pragma once

#include "core/Result.h"
#include "core/imaging/Consensus.h"
#include "core/model/Volume.h"
#include "core/model/WindowPresets.h"
#include "core/workflow/Session.h"
#include "core/workflow/Verification.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace etalon::core::annotation {
class AnnotationDocument;
}
namespace etalon::core::store {
class Workspace;
}
namespace etalon::viewer {
class AnnotationController;
class ComparisonOverlay;
class MprView;
}

namespace etalon::app {

class ReadingPanel;

/// The expert's arbitration screen for one dispute (docs/reading-workflow.md, "Verification
/// and arbitration"): both primary readings, read-only, side by side in two linked MPR views
/// (cross-hair, slices and window follow each other) or overlaid in one view in two colours
/// (A orange, B cyan), or for masks as a difference (A only orange, B only cyan, both
/// green); the detector's reasons, the two study classes and a table of matched pairs (IoU,
/// Dice, HD95) and unmatched findings whose rows move the views to the finding. When both
/// readings have masks, union, intersection and STAPLE (core::imaging::Consensus) are shown
/// as candidates. The expert decides accept A, accept B, exclude with a reason, or starts an
/// own reading (empty, from A, from B, or from a candidate mask) which is edited with the
/// reading screen's panel and tools and submitted before deciding "own".
///
/// Core enforces who may arbitrate; the screen shows its message (an expert who read the
/// study sees why the case cannot be opened).
class ArbitrationScreen : public QWidget {
    Q_OBJECT

public:
    enum class Mode { SideBySide, Overlay, Difference, OwnReading };
    /// What the overlay view shows besides the two readings.
    enum class Candidate { None, Union, Intersection, Staple };

    ArbitrationScreen(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent = nullptr);
    ~ArbitrationScreen() override;

    /// Opens dispute \a disputeId; images load in the background (loaded() tells). False,
    /// with the message in lastError() and on the screen, when the case cannot be opened.
    bool openDispute(qint64 disputeId);
    qint64 disputeId() const;
    const core::workflow::ArbitrationCase &arbitrationCase() const { return m_case; }
    QString lastError() const { return m_error; }
    bool isLoading() const { return m_loading; }

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setCandidate(Candidate candidate);
    Candidate candidate() const { return m_candidate; }
    /// The candidate's mask (computed on first use); nullptr when the readings lack masks.
    std::shared_ptr<const core::MaskGeometry> candidateMask(Candidate candidate);

    viewer::MprView *viewA() const { return m_viewA; }
    viewer::MprView *viewB() const { return m_viewB; }
    viewer::MprView *overlayView() const { return m_overlayView; }
    viewer::MprView *ownView() const { return m_ownView; }
    QTableWidget *pairsTable() const { return m_pairs; }
    core::annotation::AnnotationDocument *documentA() const { return m_documentA.get(); }
    core::annotation::AnnotationDocument *documentB() const { return m_documentB.get(); }
    core::annotation::AnnotationDocument *ownDocument() const { return m_own.get(); }
    ReadingPanel *ownPanel() const { return m_panel; }
    std::shared_ptr<const core::Volume> volume() const { return m_volume; }

    /// Moves every view to the finding of pairs-table row \a row.
    void jumpToRow(int row);
    /// Starts (or reopens) the expert's own reading: empty, pre-filled from reading A or B
    /// (\a from), or with candidate \a aid's mask as its mask (one undo step).
    core::Result<void> startOwnReading(std::optional<core::workflow::ArbitrationDecision> from, Candidate aid = Candidate::None);
    /// Decides the dispute (Own submits the own reading first). The message is shown. No
    /// confirmation here: the decision buttons ask first (confirmDecision).
    core::Result<void> decide(core::workflow::ArbitrationDecision decision, const QString &reason = {});

    /// The main window's View menu while the screen is shown: window preset and reset for
    /// every view of the screen (the side-by-side pair, the overlay and the own reading);
    /// one-up or three-up (axial, coronal, sagittal) layout for all of them, as the "Three
    /// planes" button. setMprLayout is false (nothing changes) when no images are loaded.
    void applyWindowPreset(core::WindowPreset preset);
    bool setMprLayout(bool oneUp);
    void resetView();
    bool isOneUp() const;

signals:
    void loaded(bool ok, const QString &message);
    /// The views' layout changed (one-up or three-up).
    void layoutChanged();
    void decided(qint64 disputeId);
    void closeRequested();

private:
    void onVolumeLoaded();
    void attachOwn();
    void fillInfo();
    void fillPairs();
    void applyOverlays();
    void linkViews();
    void showMessage(const QString &text, bool error);
    void askExclude();
    /// Asks whether to take \a decision on the study (decisions are final); true for Yes.
    bool confirmDecision(core::workflow::ArbitrationDecision decision);
    void decideConfirmed(core::workflow::ArbitrationDecision decision);
    void refreshEnabled();
    QString className(const std::optional<QString> &code) const;

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    core::workflow::ArbitrationCase m_case;
    std::unique_ptr<core::annotation::AnnotationDocument> m_documentA;
    std::unique_ptr<core::annotation::AnnotationDocument> m_documentB;
    std::unique_ptr<core::annotation::AnnotationDocument> m_own;
    std::shared_ptr<const core::Volume> m_volume;
    std::shared_ptr<const core::MaskGeometry> m_difference;
    std::array<std::shared_ptr<const core::MaskGeometry>, 4> m_candidates{};
    QString m_error;
    bool m_loading = false;
    bool m_linking = false;
    Mode m_mode = Mode::SideBySide;
    Candidate m_candidate = Candidate::None;
    QFutureWatcher<core::Result<core::Volume>> m_watcher;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_captionA = nullptr;
    QLabel *m_captionB = nullptr;
    viewer::MprView *m_viewA = nullptr;
    viewer::MprView *m_viewB = nullptr;
    viewer::MprView *m_overlayView = nullptr;
    viewer::MprView *m_ownView = nullptr;
    viewer::ComparisonOverlay *m_overlayA = nullptr;
    viewer::ComparisonOverlay *m_overlayB = nullptr;
    viewer::ComparisonOverlay *m_overlayBoth = nullptr;
    viewer::AnnotationController *m_controller = nullptr;
    ReadingPanel *m_panel = nullptr;
    QTableWidget *m_pairs = nullptr;
    QToolButton *m_sideButton = nullptr;
    QToolButton *m_overlayButton = nullptr;
    QToolButton *m_differenceButton = nullptr;
    QToolButton *m_ownButton = nullptr;
    QToolButton *m_threeUp = nullptr;
    QComboBox *m_candidateBox = nullptr;
    QComboBox *m_startFrom = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_acceptA = nullptr;
    QPushButton *m_acceptB = nullptr;
    QPushButton *m_acceptOwn = nullptr;
    QPushButton *m_exclude = nullptr;
};

} // namespace etalon::app
