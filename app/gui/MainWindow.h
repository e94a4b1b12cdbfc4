#pragma once

#include "core/Result.h"
#include "core/model/Volume.h"
#include "core/workflow/Session.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QDockWidget;
class QStackedWidget;

namespace etalon::core::store {
class Workspace;
}
namespace etalon::viewer {
class MprView;
}

namespace etalon::app {

class StudyBrowser;
class DatasetPanel;
class DashboardPanel;
class ReadingScreen;
class ArbitrationScreen;
class ReleaseDialog;

/// The workstation's main window: a study browser beside the MPR viewer, workspace and
/// import actions, layout and window-preset actions (on the reading screen while it is
/// shown), language switch and recent workspaces.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or, with create, makes) a workspace; shows a message naming the folder on failure
    /// unless quiet. Returns whether it is now open.
    bool openWorkspace(const QString &dir, bool quiet = false);
    bool createWorkspace(const QString &dir, bool quiet = false);
    core::store::Workspace *workspace() const { return m_workspace.get(); }
    /// Sign-in to use for the next workspace opened (instead of asking): `etalon --user`.
    void setCredentials(const QString &login, const QString &password);
    /// The signed-in user; empty for a workspace without accounts.
    std::optional<core::workflow::Session> session() const { return m_session; }

    /// Starts loading a series in the background; seriesLoaded() tells when it is shown.
    void openSeries(const QString &seriesUid);
    QString currentSeriesUid() const { return m_currentSeries; }
    std::shared_ptr<const core::Volume> currentVolume() const { return m_volume; }

    StudyBrowser *studyBrowser() const { return m_browser; }
    DatasetPanel *datasetPanel() const { return m_datasetPanel; }
    /// The coordinator's dashboard (Workflow ▸ Dashboard), in a dock hidden until asked for.
    DashboardPanel *dashboardPanel() const { return m_dashboardPanel; }
    /// The release dialog (Workflow ▸ Release dataset…) while it is open, else nullptr.
    ReleaseDialog *releaseDialog() const;
    viewer::MprView *viewer() const { return m_viewer; }

    /// Shows the reading screen in place of the viewer with reading \a readingId of the
    /// signed-in user (DatasetPanel::readingRequested). False when it cannot be opened (the
    /// screen then says why).
    bool openReading(qint64 readingId);
    /// Back from the reading screen to the browser and viewer (everything is already stored).
    void closeReading();
    /// The reading screen while one is shown, else nullptr.
    ReadingScreen *readingScreen() const;
    /// Shows the arbitration screen in place of the viewer with dispute \a disputeId
    /// (DatasetPanel::arbitrationRequested). False when the case cannot be opened (the
    /// screen says why, e.g. the expert read the study).
    bool openArbitration(qint64 disputeId);
    /// The arbitration screen while one is shown, else nullptr.
    ArbitrationScreen *arbitrationScreen() const;
    /// Shows errors in the status bar instead of message boxes (for --screenshot and tests).
    void setQuiet(bool quiet) { m_quiet = quiet; }

signals:
    void workspaceChanged();
    /// ok is false when the series could not be decoded (message says why).
    void seriesLoaded(const QString &seriesUid, bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void updateRecentMenu();
    void updateActions();
    void switchUser();
    void adoptWorkspace(std::unique_ptr<core::store::Workspace> workspace,
                        const std::optional<core::workflow::Session> &session);
    /// Signs in to the workspace (given credentials, else a dialog unless quiet).
    std::optional<core::workflow::Session> signIn(core::store::Workspace &workspace, bool quiet, bool &cancelled);
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void importDialog();
    void usersDialog();
    /// Opens the release dialog (window-modal) on the Datasets panel's current dataset.
    void openReleaseDialog();
    void aboutDialog();
    void setLanguage(const QString &language);
    void onSeriesLoaded();
    void showError(const QString &title, const QString &message);
    void destroyReadingScreen();
    /// Layout actions follow what is shown (the viewer, the reading screen's MPR or the arbitration screen).
    void updateViewActions();

    std::unique_ptr<core::store::Workspace> m_workspace;
    StudyBrowser *m_browser = nullptr;
    QDockWidget *m_browserDock = nullptr;
    DatasetPanel *m_datasetPanel = nullptr;
    QDockWidget *m_datasetDock = nullptr;
    DashboardPanel *m_dashboardPanel = nullptr;
    QDockWidget *m_dashboardDock = nullptr;
    viewer::MprView *m_viewer = nullptr;
    QStackedWidget *m_central = nullptr;
    ReadingScreen *m_readingScreen = nullptr;
    ArbitrationScreen *m_arbitrationScreen = nullptr;
    bool m_docksHiddenForReading = false;
    QLabel *m_cursorLabel = nullptr;
    QProgressBar *m_loadProgress = nullptr;
    bool m_quiet = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_presetMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_workflowMenu = nullptr;
    QAction *m_users = nullptr;
    QAction *m_showDatasets = nullptr;
    QAction *m_showDashboard = nullptr;
    QAction *m_releaseDataset = nullptr;
    QPointer<ReleaseDialog> m_releaseDialog;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newWorkspace = nullptr;
    QAction *m_openWorkspace = nullptr;
    QAction *m_import = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_oneUp = nullptr;
    QAction *m_threeUp = nullptr;
    QAction *m_resetView = nullptr;
    QAction *m_showBrowser = nullptr;
    QList<QAction *> m_presetActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_about = nullptr;

    std::optional<core::workflow::Session> m_session;
    QString m_pendingLogin;
    QString m_pendingPassword;
    QString m_currentSeries;
    QString m_loadingSeries;
    std::shared_ptr<const core::Volume> m_volume;
    QFutureWatcher<core::Result<core::Volume>> m_loadWatcher;
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
};

} // namespace etalon::app
