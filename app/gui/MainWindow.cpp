#include "app/gui/MainWindow.h"

#include "app/gui/AppSettings.h"
#include "app/gui/DashboardPanel.h"
#include "app/gui/DatasetPanel.h"
#include "app/gui/LoadProgress.h"
#include "app/gui/UsersDialog.h"
#include "app/gui/ImportDialog.h"
#include "app/gui/LoginDialog.h"
#include "app/gui/ReadingScreen.h"
#include "app/gui/ReleaseDialog.h"
#include "app/gui/ArbitrationScreen.h"
#include "app/gui/StudyBrowser.h"
#include "app/i18n/Translations.h"
#include "core/dicom/VolumeLoader.h"
#include "core/model/WindowPresets.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/Users.h"
#include "viewer/MprView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent>

namespace etalon::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_browser(new StudyBrowser(this))
    , m_viewer(new viewer::MprView(this))
    , m_central(new QStackedWidget(this))
    , m_cursorLabel(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_central->addWidget(m_viewer);
    setCentralWidget(m_central);
    m_browserDock = new QDockWidget(this);
    m_browserDock->setObjectName(QStringLiteral("studyBrowserDock"));
    m_browserDock->setWidget(m_browser);
    m_browserDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_browserDock);
    m_datasetPanel = new DatasetPanel(m_browser, this);
    m_datasetDock = new QDockWidget(this);
    m_datasetDock->setObjectName(QStringLiteral("datasetDock"));
    m_datasetDock->setWidget(m_datasetPanel);
    m_datasetDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_datasetDock);
    tabifyDockWidget(m_browserDock, m_datasetDock);
    m_browserDock->raise();
    resizeDocks({m_browserDock}, {420}, Qt::Horizontal);
    // The dashboard needs room for its charts: its own dock on the right, hidden until asked for.
    m_dashboardPanel = new DashboardPanel(this);
    m_dashboardDock = new QDockWidget(this);
    m_dashboardDock->setObjectName(QStringLiteral("dashboardDock"));
    m_dashboardDock->setWidget(m_dashboardPanel);
    m_dashboardDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_dashboardDock);
    m_dashboardDock->hide();

    m_loadProgress->setMaximumWidth(200);
    m_loadProgress->hide();
    statusBar()->addPermanentWidget(m_cursorLabel);
    statusBar()->addPermanentWidget(m_loadProgress);

    createActions();
    connect(m_browser, &StudyBrowser::seriesActivated, this, &MainWindow::openSeries);
    connect(m_datasetPanel, &DatasetPanel::seriesRequested, this, &MainWindow::openSeries);
    connect(m_datasetPanel, &DatasetPanel::readingRequested, this, &MainWindow::openReading);
    connect(m_datasetPanel, &DatasetPanel::arbitrationRequested, this, &MainWindow::openArbitration);
    connect(m_viewer, &viewer::MprView::cursorMoved, this, [this](const core::Vec3 &, const QString &text) {
        m_cursorLabel->setText(text);
    });
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onSeriesLoaded);
    connect(m_viewer, &viewer::MprView::layoutChanged, this, &MainWindow::updateViewActions);

    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (AppSettings::windowGeometry().isEmpty())
        resize(1280, 800);
    retranslateUi();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The screen's document writes the reading time: before the workspace goes.
    destroyReadingScreen();
    delete m_releaseDialog;
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newWorkspace = m_fileMenu->addAction(QString(), this, &MainWindow::newWorkspaceDialog);
    m_newWorkspace->setShortcut(QKeySequence::New);
    m_openWorkspace = m_fileMenu->addAction(QString(), this, &MainWindow::openWorkspaceDialog);
    m_openWorkspace->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_switchUser = m_fileMenu->addAction(QString(), this, &MainWindow::switchUser);
    m_fileMenu->addSeparator();
    m_import = m_fileMenu->addAction(QString(), this, &MainWindow::importDialog);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    auto *layoutGroup = new QActionGroup(this);
    // The View menu acts on what is shown: the reading or arbitration screen's views while up.
    m_oneUp = m_viewMenu->addAction(QString(), this, [this] {
        if (ReadingScreen *screen = readingScreen())
            screen->setMprLayout(true);
        else if (ArbitrationScreen *arbitration = arbitrationScreen())
            arbitration->setMprLayout(true);
        else
            m_viewer->setLayout(viewer::MprView::Layout::OneUp);
    });
    m_threeUp = m_viewMenu->addAction(QString(), this, [this] {
        if (ReadingScreen *screen = readingScreen())
            screen->setMprLayout(false);
        else if (ArbitrationScreen *arbitration = arbitrationScreen())
            arbitration->setMprLayout(false);
        else
            m_viewer->setLayout(viewer::MprView::Layout::ThreeUp);
    });
    m_oneUp->setObjectName(QStringLiteral("viewOneUp"));
    m_threeUp->setObjectName(QStringLiteral("viewThreeUp"));
    for (QAction *a : {m_oneUp, m_threeUp}) {
        a->setCheckable(true);
        layoutGroup->addAction(a);
    }
    m_oneUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_threeUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_threeUp->setChecked(true);
    m_presetMenu = m_viewMenu->addMenu(QString());
    for (const core::WindowPresetInfo &preset : core::windowPresets()) {
        QAction *a = m_presetMenu->addAction(QString(), this, [this, p = preset.preset] {
            if (ReadingScreen *screen = readingScreen())
                screen->applyWindowPreset(p);
            else if (ArbitrationScreen *arbitration = arbitrationScreen())
                arbitration->applyWindowPreset(p);
            else
                m_viewer->applyWindowPreset(p);
        });
        a->setObjectName(QStringLiteral("viewPreset%1").arg(m_presetActions.size()));
        // The keys 1-6 themselves belong to the focused view; the menu shows them.
        a->setShortcutVisibleInContextMenu(true);
        m_presetActions << a;
    }
    m_resetView = m_viewMenu->addAction(QString(), this, [this] {
        if (ReadingScreen *screen = readingScreen())
            screen->resetView();
        else if (ArbitrationScreen *arbitration = arbitrationScreen())
            arbitration->resetView();
        else
            m_viewer->resetView();
    });
    m_viewMenu->addSeparator();
    m_showBrowser = m_browserDock->toggleViewAction();
    m_viewMenu->addAction(m_showBrowser);

    m_workflowMenu = menuBar()->addMenu(QString());
    m_users = m_workflowMenu->addAction(QString(), this, &MainWindow::usersDialog);
    m_showDatasets = m_datasetDock->toggleViewAction();
    m_workflowMenu->addAction(m_showDatasets);
    m_showDashboard = m_dashboardDock->toggleViewAction();
    m_showDashboard->setObjectName(QStringLiteral("showDashboard"));
    m_workflowMenu->addAction(m_showDashboard);
    m_releaseDataset = m_workflowMenu->addAction(QString(), this, &MainWindow::openReleaseDialog);
    m_releaseDataset->setObjectName(QStringLiteral("releaseDataset"));
    // Shown beside the viewer it gets most of the width: its charts and tables need it.
    connect(m_showDashboard, &QAction::triggered, this, [this](bool shown) {
        if (shown && !m_dashboardDock->isFloating())
            resizeDocks({m_dashboardDock}, {std::max(900, width() * 3 / 4)}, Qt::Horizontal);
    });

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : availableLanguages()) {
        QAction *a = m_languageMenu->addAction(QString(), this, [this, language] { setLanguage(language); });
        a->setCheckable(true);
        a->setData(language);
        m_languageGroup->addAction(a);
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::aboutDialog);
    updateRecentMenu();
}

void MainWindow::retranslateUi()
{
    QString title = m_workspace ? tr("Etalon — %1").arg(QDir::toNativeSeparators(m_workspace->directory())) : tr("Etalon");
    if (m_session)
        title += QStringLiteral(" — ") + tr("%1 (%2)").arg(m_session->login(), core::workflow::roleDisplayName(m_session->role()));
    setWindowTitle(title);
    m_switchUser->setText(tr("&Switch user…"));
    m_browserDock->setWindowTitle(tr("Studies"));
    m_fileMenu->setTitle(tr("&File"));
    m_newWorkspace->setText(tr("&New workspace…"));
    m_openWorkspace->setText(tr("&Open workspace…"));
    m_recentMenu->setTitle(tr("&Recent workspaces"));
    m_import->setText(tr("&Import DICOM…"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_oneUp->setText(tr("&One view"));
    m_threeUp->setText(tr("&Three views (MPR)"));
    m_presetMenu->setTitle(tr("Window &presets"));
    const QList<core::WindowPresetInfo> &presets = core::windowPresets();
    for (int i = 0; i < m_presetActions.size() && i < presets.size(); ++i) {
        const core::WindowPresetInfo &info = presets.at(i);
        QString text = QCoreApplication::translate("WindowPreset", info.name);
        if (info.preset != core::WindowPreset::FileDefault)
            text += QStringLiteral("  (W %1 / L %2)").arg(info.window.width).arg(info.window.center);
        m_presetActions.at(i)->setText(text + QLatin1Char('\t') + QString::number(i + 1));
    }
    m_resetView->setText(tr("&Reset view"));
    m_showBrowser->setText(tr("&Study browser"));
    m_workflowMenu->setTitle(tr("&Workflow"));
    m_users->setText(tr("&Users…"));
    m_showDatasets->setText(tr("&Datasets"));
    m_datasetDock->setWindowTitle(tr("Datasets"));
    m_showDashboard->setText(tr("Das&hboard"));
    m_dashboardDock->setWindowTitle(tr("Dashboard"));
    m_releaseDataset->setText(tr("&Release dataset…"));
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *a : m_languageGroup->actions()) {
        const QString language = a->data().toString();
        // Each language is named in itself, so it can be found whatever the current language is.
        a->setText(language == QLatin1String("ru") ? QStringLiteral("Русский") : QStringLiteral("English"));
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Etalon"));
    if (m_cursorLabel->text().isEmpty())
        statusBar()->showMessage(m_workspace ? QString() : tr("Open or create a workspace to begin (File menu)."));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    installTranslations(language);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == language);
}

void MainWindow::updateActions()
{
    m_import->setEnabled(m_workspace != nullptr && (!m_session || m_session->isCoordinator()));
    m_switchUser->setEnabled(m_session.has_value());
    m_users->setEnabled(m_workspace && m_session && m_session->isCoordinator());
    const bool coordinator = m_workspace && m_session && m_session->isCoordinator();
    m_showDashboard->setEnabled(coordinator);
    m_releaseDataset->setEnabled(coordinator);
    m_releaseDataset->setVisible(coordinator);
    if (!coordinator)
        m_dashboardDock->hide();
    const QString current = resolveLanguage(AppSettings::language());
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == current);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentWorkspaces();
    for (const QString &dir : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(dir), this, [this, dir] { openWorkspace(dir); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

bool MainWindow::openWorkspace(const QString &dir, bool quiet)
{
    auto workspace = core::store::Workspace::open(dir);
    if (!workspace) {
        if (!quiet)
            showError(tr("Cannot open workspace"),
                      tr("The workspace in %1 could not be opened: %2\n\nCheck the folder, or create a new workspace "
                         "with File > New workspace.")
                          .arg(QDir::toNativeSeparators(dir), workspace.error().message));
        return false;
    }
    bool cancelled = false;
    std::optional<core::workflow::Session> session = signIn(**workspace, quiet, cancelled);
    const auto hasUsers = core::workflow::Users::hasUsers(**workspace);
    if (hasUsers && *hasUsers && !session) {
        if (!cancelled && quiet)
            qWarning().noquote() << tr("The workspace in %1 needs a sign-in: give --user and ETALON_PASSWORD.")
                                        .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    adoptWorkspace(std::move(*workspace), session);
    return true;
}

void MainWindow::adoptWorkspace(std::unique_ptr<core::store::Workspace> workspace,
                                const std::optional<core::workflow::Session> &session)
{
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadWatcher.waitForFinished();
    destroyReadingScreen();
    m_viewer->setVolume(nullptr);
    m_volume.reset();
    m_currentSeries.clear();
    m_browser->setWorkspace(nullptr);
    m_datasetPanel->setWorkspace(nullptr, std::nullopt);
    m_dashboardPanel->setWorkspace(nullptr, std::nullopt);
    delete m_releaseDialog; // it works on the workspace and session being replaced
    m_session = session;
    m_workspace = std::move(workspace);
    m_browser->setWorkspace(m_workspace.get());
    m_datasetPanel->setWorkspace(m_workspace.get(), m_session);
    m_dashboardPanel->setWorkspace(m_workspace.get(), m_session);
    AppSettings::addRecentWorkspace(m_workspace->directory());
    updateRecentMenu();
    updateActions();
    retranslateUi();
    statusBar()->showMessage(tr("%n study(ies) in the workspace.", nullptr, m_browser->studyCount()), 5000);
    emit workspaceChanged();
}

bool MainWindow::createWorkspace(const QString &dir, bool quiet)
{
    auto workspace = core::store::Workspace::create(dir);
    if (!workspace) {
        if (!quiet)
            showError(tr("Cannot create workspace"),
                      tr("A workspace could not be created in %1: %2")
                          .arg(QDir::toNativeSeparators(dir), workspace.error().message));
        return false;
    }
    if (!quiet) {
        CoordinatorSetupDialog setup(**workspace, this);
        if (setup.exec() != QDialog::Accepted || !setup.session()) {
            showError(tr("Workspace without a coordinator"),
                      tr("The workspace in %1 was created, but it has no coordinator account yet. Create one with "
                         "etalon-cli user add, then open the workspace.")
                          .arg(QDir::toNativeSeparators(dir)));
            return false;
        }
        // Signed in as the new coordinator straight away.
        adoptWorkspace(std::move(*workspace), setup.session());
        return true;
    }
    workspace->reset();
    return openWorkspace(dir, quiet);
}

void MainWindow::setCredentials(const QString &login, const QString &password)
{
    m_pendingLogin = login;
    m_pendingPassword = password;
}

std::optional<core::workflow::Session> MainWindow::signIn(core::store::Workspace &workspace, bool quiet, bool &cancelled)
{
    cancelled = false;
    const auto hasUsers = core::workflow::Users::hasUsers(workspace);
    if (!hasUsers || !*hasUsers)
        return std::nullopt;
    if (!m_pendingLogin.isEmpty()) {
        const QString login = std::exchange(m_pendingLogin, QString());
        const QString password = std::exchange(m_pendingPassword, QString());
        auto session = core::workflow::Users::authenticate(workspace, login, password);
        if (session)
            return *session;
        if (quiet) {
            qWarning().noquote() << session.error().message;
            return std::nullopt;
        }
        showError(tr("Cannot sign in"), session.error().message);
    } else if (quiet) {
        return std::nullopt;
    }
    LoginDialog dialog(workspace, m_session ? m_session->login() : QString(), this);
    if (dialog.exec() != QDialog::Accepted) {
        cancelled = true;
        return std::nullopt;
    }
    return dialog.session();
}

void MainWindow::switchUser()
{
    if (!m_workspace)
        return;
    bool cancelled = false;
    if (auto session = signIn(*m_workspace, false, cancelled)) {
        destroyReadingScreen();
        delete m_releaseDialog;
        m_session = session;
        m_datasetPanel->setWorkspace(m_workspace.get(), m_session);
        m_dashboardPanel->setWorkspace(m_workspace.get(), m_session);
        updateActions();
        retranslateUi();
    }
}

void MainWindow::newWorkspaceDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the new workspace"));
    if (!dir.isEmpty())
        createWorkspace(dir);
}

void MainWindow::openWorkspaceDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a workspace folder"));
    if (!dir.isEmpty())
        openWorkspace(dir);
}

void MainWindow::importDialog()
{
    if (!m_workspace)
        return;
    auto *dialog = new ImportDialog(m_workspace->directory(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_browser, &StudyBrowser::refresh);
    dialog->open();
}

ReleaseDialog *MainWindow::releaseDialog() const
{
    return m_releaseDialog;
}

void MainWindow::openReleaseDialog()
{
    if (!m_workspace || !m_session || !m_session->isCoordinator())
        return;
    if (m_releaseDialog) {
        m_releaseDialog->raise();
        m_releaseDialog->activateWindow();
        return;
    }
    m_releaseDialog = new ReleaseDialog(*m_workspace, *m_session, m_datasetPanel->currentDatasetCode(), this);
    m_releaseDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_releaseDialog->open();
}

void MainWindow::usersDialog()
{
    if (!m_workspace || !m_session)
        return;
    UsersDialog dialog(*m_workspace, *m_session, this);
    dialog.exec();
}

void MainWindow::aboutDialog()
{
    QMessageBox::about(this, tr("About Etalon"),
                       tr("<h3>Etalon %1</h3>"
                          "<p>A workstation for building verified reference datasets of medical images: planning, "
                          "selection, double independent reading with arbitration, and documented, versioned "
                          "releases.</p>"
                          "<p>Built with Qt %2, VTK, ITK, DCMTK and GDCM.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

bool MainWindow::openReading(qint64 readingId)
{
    if (!m_workspace || !m_session)
        return false;
    if (!m_readingScreen) {
        m_readingScreen = new ReadingScreen(*m_workspace, *m_session, m_central);
        m_central->addWidget(m_readingScreen);
        connect(m_readingScreen, &ReadingScreen::closeRequested, this, &MainWindow::closeReading);
        connect(m_readingScreen, &ReadingScreen::readingSubmitted, m_datasetPanel, &DatasetPanel::refresh);
        connect(m_readingScreen, &ReadingScreen::readingOpened, m_datasetPanel, &DatasetPanel::refresh);
        connect(m_readingScreen, &ReadingScreen::loaded, this, [this](bool ok, const QString &message) {
            statusBar()->showMessage(ok ? QString() : message);
            updateViewActions();
        });
        connect(m_readingScreen->mprView(), &viewer::MprView::layoutChanged, this, &MainWindow::updateViewActions);
    }
    if (!m_readingScreen->isVisibleTo(this) || m_central->currentWidget() != m_readingScreen) {
        // The images need the room: the browser docks come back with the worklist.
        m_docksHiddenForReading = m_browserDock->isVisible() || m_datasetDock->isVisible();
        m_browserDock->hide();
        m_datasetDock->hide();
    }
    m_central->setCurrentWidget(m_readingScreen);
    const bool ok = m_readingScreen->openReading(readingId);
    m_readingScreen->setFocus();
    updateViewActions();
    return ok;
}

bool MainWindow::openArbitration(qint64 disputeId)
{
    if (!m_workspace || !m_session)
        return false;
    if (!m_arbitrationScreen) {
        m_arbitrationScreen = new ArbitrationScreen(*m_workspace, *m_session, m_central);
        m_central->addWidget(m_arbitrationScreen);
        connect(m_arbitrationScreen, &ArbitrationScreen::closeRequested, this, &MainWindow::closeReading);
        connect(m_arbitrationScreen, &ArbitrationScreen::decided, m_datasetPanel, &DatasetPanel::refresh);
        connect(m_arbitrationScreen, &ArbitrationScreen::loaded, this,
                [this](bool ok, const QString &message) {
                    statusBar()->showMessage(ok ? QString() : message);
                    updateViewActions();
                });
        connect(m_arbitrationScreen, &ArbitrationScreen::layoutChanged, this, &MainWindow::updateViewActions);
    }
    if (m_central->currentWidget() != m_arbitrationScreen && m_central->currentWidget() != m_readingScreen) {
        m_docksHiddenForReading = m_browserDock->isVisible() || m_datasetDock->isVisible();
        m_browserDock->hide();
        m_datasetDock->hide();
    }
    if (m_readingScreen)
        m_readingScreen->closeReading();
    m_central->setCurrentWidget(m_arbitrationScreen);
    const bool ok = m_arbitrationScreen->openDispute(disputeId);
    updateViewActions();
    return ok;
}

ArbitrationScreen *MainWindow::arbitrationScreen() const
{
    return m_arbitrationScreen && m_central->currentWidget() == m_arbitrationScreen ? m_arbitrationScreen : nullptr;
}

void MainWindow::closeReading()
{
    if (!m_readingScreen && !m_arbitrationScreen)
        return;
    if (m_readingScreen)
        m_readingScreen->closeReading();
    m_central->setCurrentWidget(m_viewer);
    if (m_docksHiddenForReading) {
        m_browserDock->show();
        m_datasetDock->show();
        m_datasetDock->raise();
        m_docksHiddenForReading = false;
    }
    m_datasetPanel->refresh();
    updateViewActions();
}

void MainWindow::updateViewActions()
{
    // The layout actions apply to an MPR: the browser's viewer, or a reading hung in MPR.
    const ReadingScreen *screen = readingScreen();
    const viewer::MprView *target = m_viewer;
    if (screen)
        target = screen->hanging() == ReadingScreen::Hanging::Mpr ? screen->mprView() : nullptr;
    if (const ArbitrationScreen *arbitration = arbitrationScreen()) {
        // The arbitration screen's views (all in one layout) once its images are loaded.
        const bool loaded = arbitration->volume() != nullptr;
        m_oneUp->setEnabled(loaded);
        m_threeUp->setEnabled(loaded);
        (arbitration->isOneUp() ? m_oneUp : m_threeUp)->setChecked(true);
        return;
    }
    m_oneUp->setEnabled(target != nullptr);
    m_threeUp->setEnabled(target != nullptr);
    if (target)
        (target->layout() == viewer::MprView::Layout::OneUp ? m_oneUp : m_threeUp)->setChecked(true);
}

ReadingScreen *MainWindow::readingScreen() const
{
    return m_readingScreen && m_central->currentWidget() == m_readingScreen ? m_readingScreen : nullptr;
}

void MainWindow::destroyReadingScreen()
{
    if (m_arbitrationScreen) {
        closeReading();
        delete m_arbitrationScreen;
        m_arbitrationScreen = nullptr;
    }
    if (!m_readingScreen)
        return;
    closeReading();
    delete m_readingScreen;
    m_readingScreen = nullptr;
}

void MainWindow::openSeries(const QString &seriesUid)
{
    if (!m_workspace || seriesUid.isEmpty())
        return;
    if (readingScreen())
        closeReading();
    const core::store::Catalog catalog(*m_workspace);
    const auto files = catalog.instanceFiles(seriesUid);
    if (!files || files->isEmpty()) {
        const QString message = files ? tr("The series %1 has no image files in this workspace.").arg(seriesUid)
                                      : files.error().message;
        showError(tr("Cannot open series"), message);
        emit seriesLoaded(seriesUid, false, message);
        return;
    }
    if (m_loadCancel)
        m_loadCancel->store(true);
    m_loadWatcher.waitForFinished();
    m_loadCancel = std::make_shared<std::atomic<bool>>(false);
    m_loadingSeries = seriesUid;
    m_loadProgress->setRange(0, int(files->size()));
    m_loadProgress->setValue(0);
    m_loadProgress->show();
    statusBar()->showMessage(tr("Loading series %1…").arg(seriesUid));

    core::dicom::VolumeLoader::Options options;
    options.progress = progressOn(m_loadProgress, m_loadCancel);
    const QStringList paths = *files;
    m_loadWatcher.setFuture(QtConcurrent::run([paths, options] { return core::dicom::VolumeLoader::loadSeries(paths, options); }));
}

void MainWindow::onSeriesLoaded()
{
    m_loadProgress->hide();
    const QString uid = m_loadingSeries;
    auto result = m_loadWatcher.result();
    if (!result) {
        if (result.error().code == core::ErrorCode::Cancelled)
            return;
        statusBar()->clearMessage();
        showError(tr("Cannot open series"), tr("The series %1 could not be displayed: %2").arg(uid, result.error().message));
        emit seriesLoaded(uid, false, result.error().message);
        return;
    }
    m_volume = std::make_shared<const core::Volume>(std::move(*result));
    m_currentSeries = uid;
    m_viewer->setVolume(m_volume);
    m_browser->selectSeries(uid);
    const core::Volume &v = *m_volume;
    QString message = tr("%1 — %2×%3×%4").arg(v.modality).arg(v.columns()).arg(v.rows()).arg(v.slices());
    if (v.pixelSpacingKnown)
        message += QStringLiteral(", ") + tr("%1 × %2 × %3 mm")
                       .arg(v.geometry.spacing[0], 0, 'g', 4)
                       .arg(v.geometry.spacing[1], 0, 'g', 4)
                       .arg(v.geometry.spacing[2], 0, 'g', 4);
    else
        message += QStringLiteral(", ") + tr("pixel spacing not stated in the file");
    if (v.slices() > 1 && !v.supportsMpr())
        message += QStringLiteral(", ") + tr("images without a common geometry: shown one by one");
    statusBar()->showMessage(message);
    emit seriesLoaded(uid, true, QString());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (m_quiet) {
        statusBar()->showMessage(message);
        qWarning().noquote() << title << ':' << message;
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace etalon::app
