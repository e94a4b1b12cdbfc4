#pragma once

#include "app/gui/MammoHanging.h"
#include "core/Result.h"
#include "core/dicom/InstanceHeader.h"
#include "core/model/Volume.h"
#include "core/model/WindowPresets.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Session.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QProgressBar;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace etalon::core::annotation {
class AnnotationDocument;
}
namespace etalon::core::store {
class Workspace;
}
namespace etalon::viewer {
class AnnotationController;
class MprView;
class SliceView;
}

namespace etalon::app {

class ReadingPanel;

/// What the background load of a reading's images produced: the data unit's volume first,
/// then (mammography) the study's other image series for comparison, each with the headers
/// of its slices' files (view position, laterality, orientation).
struct ReadingImages {
    std::vector<core::Result<core::Volume>> volumes;
    std::vector<std::vector<core::dicom::InstanceHeader>> headers;
    QStringList seriesUids;
};

/// The reader's reading screen: the data unit's images hung by modality beside the
/// schema-driven ReadingPanel, over one AnnotationDocument and one AnnotationController.
///
/// Hanging: a volume that can be resliced (CT, MR with positions) in the MPR three-up
/// layout; mammography (MG) with the screening views as a 2x2 grid R CC | L CC over
/// R MLO | L MLO, mirrored so the chest walls meet in the middle (mammoNeedsMirror), with
/// one window/level for all four; anything else (CR, DX, ...) in one view. Mammography
/// views that are frames of the data unit are annotated, each fixed on its frame; views
/// from other series of the study are shown read-only for comparison.
///
/// The screen keeps its own copy of the session; the workspace must outlive it.
class ReadingScreen : public QWidget {
    Q_OBJECT

public:
    enum class Hanging { None, Mpr, Single, Mammography };

    ReadingScreen(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent = nullptr);
    ~ReadingScreen() override;

    /// Opens reading \a readingId (an assigned one is started), shows its panel at once and
    /// loads the images in the background (loaded() tells when). False, with the reason in
    /// loadError() and on the screen, when the reading cannot be opened.
    bool openReading(qint64 readingId);
    /// Stores a pending comment and the reading time and closes the document.
    void closeReading();
    qint64 readingId() const;
    /// The worklist entry of the open reading.
    core::workflow::WorklistItem item() const { return m_item; }

    core::annotation::AnnotationDocument *document() const { return m_document.get(); }
    viewer::AnnotationController *controller() const { return m_controller; }
    ReadingPanel *panel() const { return m_panel; }
    Hanging hanging() const { return m_hanging; }
    viewer::MprView *mprView() const { return m_mpr; }
    viewer::SliceView *singleView() const { return m_single; }
    /// The mammography view at \a place (MammoView order), or nullptr when not shown.
    viewer::SliceView *mammoView(MammoView place) const;
    /// What each mammography place shows (empty places: nothing).
    MammoLayout mammoLayout() const { return m_mammoLayout; }
    /// Whether the mammography view at \a place annotates (a frame of the data unit).
    bool isMammoViewAnnotated(MammoView place) const;
    /// The volume findings are drawn on (nullptr until loaded).
    std::shared_ptr<const core::Volume> volume() const { return m_volume; }

    bool isLoading() const;
    QString loadError() const { return m_loadError; }
    /// Index axis normal to the active view (for slice interpolation): 2 for a single view.
    int activeNormalAxis() const;

    bool hasPrevious() const;
    bool hasNext() const;

    /// The main window's View menu acts on what is shown: these apply to the hung views
    /// (mammography: all four, their window stays synchronized).
    void applyWindowPreset(core::WindowPreset preset);
    /// One or three views; only the MPR hanging has a layout (false otherwise).
    bool setMprLayout(bool oneUp);
    void resetView();

public slots:
    bool openNext();
    bool openPrevious();
    void showShortcuts();

signals:
    /// ok false: the images could not be shown (message names the study and why).
    void loaded(bool ok, const QString &message);
    void readingOpened(qint64 readingId);
    void closeRequested();
    /// The open reading was submitted (the worklist should show it).
    void readingSubmitted(qint64 readingId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onImagesLoaded();
    void showFailure(const QString &message);
    void hangMpr();
    void hangSingle();
    void hangMammography(const ReadingImages &images, const MammoLayout &layout);
    void clearViews();
    void syncWindow(viewer::SliceView *source);
    QString studyName() const;
    void refreshNeighbours();
    void retranslateUi();
    void updateTitle();

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    std::unique_ptr<core::annotation::AnnotationDocument> m_document;
    viewer::AnnotationController *m_controller = nullptr;
    core::workflow::WorklistItem m_item;
    QList<core::workflow::WorklistItem> m_worklist;

    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_messagePage = nullptr;
    viewer::MprView *m_mpr = nullptr;
    viewer::SliceView *m_single = nullptr;
    QWidget *m_mammoPage = nullptr;
    std::array<viewer::SliceView *, 4> m_mammoViews{};
    std::array<QLabel *, 4> m_mammoCaptions{};
    std::array<bool, 4> m_mammoAnnotated{};
    std::array<int, 4> m_mammoFrames{};
    MammoLayout m_mammoLayout;
    QScrollArea *m_panelScroll = nullptr;
    QToolButton *m_presets = nullptr;
    QToolButton *m_layoutButton = nullptr;
    ReadingPanel *m_panel = nullptr;

    Hanging m_hanging = Hanging::None;
    std::shared_ptr<const core::Volume> m_volume;
    std::vector<std::shared_ptr<const core::Volume>> m_comparison;
    QString m_loadError;
    bool m_syncingWindow = false;
    bool m_loading = false; ///< from starting the load until its result is shown
    QFutureWatcher<ReadingImages> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace etalon::app
