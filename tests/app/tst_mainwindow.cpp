// The main window on a real workspace: browsing, opening series, bad files, language
// switch, the import dialog and the --screenshot mode of the etalon executable.
#include "app/gui/ImportDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StudyBrowser.h"
#include "app/i18n/Translations.h"
#include "core/dicom/Indexer.h"
#include "core/store/Catalog.h"
#include "core/store/Workspace.h"
#include "core/workflow/Users.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"
#include "viewer/VtkOpenGLWidget.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTimer>

#include <functional>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace etalon;

namespace {
const QString sharedDicom = QStringLiteral(ETALON_SHARED_DICOM);

QString seriesUidOf(core::store::Workspace &workspace, const QString &modality, int rows)
{
    const core::store::Catalog catalog(workspace);
    const auto studies = catalog.studies();
    if (!studies)
        return {};
    for (const auto &study : *studies) {
        const auto series = catalog.series(study.studyInstanceUid);
        if (!series)
            continue;
        for (const auto &s : *series)
            if (s.modality == modality && s.rows == rows)
                return s.seriesInstanceUid;
    }
    return {};
}

/// Share of pixels in the rectangle that differ from its first pixel: a blank render gives 0.
double nonUniformShare(const QImage &image, const QRect &rect)
{
    const QRgb first = image.pixel(rect.topLeft());
    qint64 differing = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2)
        for (int x = rect.left(); x <= rect.right(); x += 2)
            differing += image.pixel(x, y) != first;
    return double(differing) / (double(rect.width() / 2 + 1) * double(rect.height() / 2 + 1));
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void browserListsImportedStudies();
    void opensCtSeriesInTheViewer();
    void corruptSeriesGivesMessageNotCrash();
    void languageSwitchRetranslatesMenus();
    void importDialogImportsAndReportsProblems();
    void importDialogCancelKeepsWholeBatches();
    void screenshotModeWritesPicture();
    void workspaceWithAccountsAsksToSignIn();
    void newWorkspaceCreatesTheFirstCoordinator();

private:
    QTemporaryDir m_dir;
    QString m_workspaceDir;
    QString m_ctUid;
    QString m_mrUid;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(QFile::exists(sharedDicom + QStringLiteral("/ct-3slice/01.dcm")));
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_workspaceDir = m_dir.filePath(QStringLiteral("ws"));
    auto workspace = core::store::Workspace::create(m_workspaceDir);
    QVERIFY2(workspace.ok(), workspace.ok() ? "" : qPrintable(workspace.error().message));
    core::dicom::Indexer indexer(**workspace);
    const auto report = indexer.importPaths({sharedDicom + QStringLiteral("/ct-3slice"), sharedDicom + QStringLiteral("/mr-series-20"),
                                             sharedDicom + QStringLiteral("/dx")},
                                            {});
    QVERIFY(report.ok());
    QCOMPARE(report->instancesAdded, 3 + 20 + 1);
    m_ctUid = seriesUidOf(**workspace, QStringLiteral("CT"), 512);
    m_mrUid = seriesUidOf(**workspace, QStringLiteral("MR"), 256);
    QVERIFY(!m_ctUid.isEmpty());
    QVERIFY(!m_mrUid.isEmpty());
}

void TestMainWindow::browserListsImportedStudies()
{
    app::MainWindow window;
    window.setQuiet(true);
    QVERIFY(window.openWorkspace(m_workspaceDir, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.studyBrowser()->studyCount(), 3);
    QCOMPARE(window.studyBrowser()->seriesCount(), 3);
    // Thumbnails are decoded in the background from each series' middle image.
    QTRY_VERIFY_WITH_TIMEOUT(!window.studyBrowser()->thumbnail(m_ctUid).isNull(), 20000);
    const QImage thumbnail = window.studyBrowser()->thumbnail(m_ctUid);
    QVERIFY(nonUniformShare(thumbnail, thumbnail.rect().adjusted(0, 0, -1, -1)) > 0.2);
}

void TestMainWindow::opensCtSeriesInTheViewer()
{
    app::MainWindow window;
    window.setQuiet(true);
    QVERIFY(window.openWorkspace(m_workspaceDir, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &app::MainWindow::seriesLoaded);
    // The user double-clicks the CT series in the browser.
    QVERIFY(window.studyBrowser()->selectSeries(m_ctUid));
    QTreeView *tree = window.studyBrowser()->treeView();
    const QRect rect = tree->visualRect(tree->currentIndex());
    // A real double-click is press, release, double-click, release; QTest's mouseDClick
    // only sends the double-click, so the first click comes separately.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QCOMPARE(loaded.first().at(0).toString(), m_ctUid);
    QVERIFY(loaded.first().at(1).toBool());
    QCOMPARE(window.currentSeriesUid(), m_ctUid);
    const auto volume = window.currentVolume();
    QVERIFY(volume);
    QCOMPARE(volume->columns(), 512);
    QCOMPARE(volume->rows(), 512);
    QCOMPARE(volume->slices(), 3);
    QCOMPARE(window.viewer()->view(viewer::SliceOrientation::Axial)->sliceCount(), 3);

    // The viewer area shows an image, not a blank frame.
    QTest::qWait(200);
    const QImage shot = window.grab().toImage();
    const QRect viewerRect(window.viewer()->mapTo(&window, QPoint(0, 0)), window.viewer()->size());
    QVERIFY(nonUniformShare(shot, viewerRect.adjusted(4, 4, -4, -4)) > 0.05);
}

void TestMainWindow::corruptSeriesGivesMessageNotCrash()
{
    // A series whose file is truncated after import: opening it must report the file.
    QTemporaryDir dir;
    const QString wsDir = dir.filePath(QStringLiteral("ws"));
    const QString copy = dir.filePath(QStringLiteral("dx.dcm"));
    QVERIFY(QFile::copy(sharedDicom + QStringLiteral("/dx/dx_image.dcm"), copy));
    QString uid;
    {
        auto workspace = core::store::Workspace::create(wsDir);
        QVERIFY(workspace.ok());
        core::dicom::Indexer indexer(**workspace);
        QVERIFY(indexer.importPaths({copy}, {}).ok());
        uid = seriesUidOf(**workspace, QStringLiteral("DX"), 211);
        if (uid.isEmpty())
            uid = seriesUidOf(**workspace, QStringLiteral("DX"), 169);
    }
    QVERIFY(!uid.isEmpty());
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();

    app::MainWindow window;
    window.setQuiet(true);
    QVERIFY(window.openWorkspace(wsDir, true));
    QSignalSpy loaded(&window, &app::MainWindow::seriesLoaded);
    window.openSeries(uid);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QVERIFY(!loaded.first().at(1).toBool());
    QVERIFY2(loaded.first().at(2).toString().contains(QStringLiteral("dx.dcm")), qPrintable(loaded.first().at(2).toString()));
    QVERIFY(!window.currentVolume());
}

void TestMainWindow::languageSwitchRetranslatesMenus()
{
    app::MainWindow window;
    app::installTranslations(QStringLiteral("en"));
    QMenu *fileMenu = window.menuBar()->actions().first()->menu();
    QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
    QAction *russian = nullptr;
    for (QAction *menuAction : window.menuBar()->actions())
        for (QAction *a : menuAction->menu()->actions())
            if (a->data().toString() == QLatin1String("ru"))
                russian = a;
    QVERIFY(russian);
    russian->trigger();
    // The language change reaches the widgets through the event loop.
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Файл"));
    QVERIFY(russian->isChecked());
    QCOMPARE(window.studyBrowser()->findChild<QLineEdit *>(QStringLiteral("studyFilter"))->placeholderText(),
             QStringLiteral("Фильтр по пациенту, модальности, описанию…"));
    app::installTranslations(QStringLiteral("en"));
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
}

void TestMainWindow::importDialogImportsAndReportsProblems()
{
    QTemporaryDir dir;
    const QString wsDir = dir.filePath(QStringLiteral("ws"));
    QVERIFY(core::store::Workspace::create(wsDir).ok());
    const QString inputs = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(inputs));
    for (const QString &name : {QStringLiteral("01.dcm"), QStringLiteral("02.dcm"), QStringLiteral("03.dcm")})
        QVERIFY(QFile::copy(sharedDicom + QStringLiteral("/ct-3slice/") + name, inputs + QLatin1Char('/') + name));
    QFile notes(inputs + QStringLiteral("/notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a DICOM file\n");
    notes.close();

    app::ImportDialog dialog(wsDir);
    dialog.setSources({inputs});
    QSignalSpy imported(&dialog, &app::ImportDialog::imported);
    dialog.show();
    QPushButton *start = dialog.findChild<QPushButton *>(QStringLiteral("startImport"));
    QVERIFY(start && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QCOMPARE(dialog.report().instancesAdded, 3);
    QCOMPARE(dialog.report().problems.size(), 1);
    QVERIFY(dialog.report().problems.first().path.endsWith(QStringLiteral("notes.txt")));
    // A second run finds everything already there.
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 20000);
    QCOMPARE(dialog.report().instancesAdded, 0);
    QCOMPARE(dialog.report().instancesAlreadyPresent, 3);
}

void TestMainWindow::importDialogCancelKeepsWholeBatches()
{
    // 20 real MR slices behind 400 links: the user cancels right after starting.
    QTemporaryDir dir;
    const QString wsDir = dir.filePath(QStringLiteral("ws"));
    QVERIFY(core::store::Workspace::create(wsDir).ok());
    const QString inputs = dir.filePath(QStringLiteral("in"));
    QVERIFY(QDir().mkpath(inputs));
    const QStringList slices = QDir(sharedDicom + QStringLiteral("/mr-series-20")).entryList({QStringLiteral("*.dcm")});
    QCOMPARE(slices.size(), 20);
    for (int copy = 0; copy < 20; ++copy)
        for (const QString &name : slices)
            QVERIFY(QFile::link(sharedDicom + QStringLiteral("/mr-series-20/") + name,
                                inputs + QStringLiteral("/%1_%2").arg(copy).arg(name)));

    app::ImportDialog dialog(wsDir);
    dialog.setSources({inputs});
    QSignalSpy imported(&dialog, &app::ImportDialog::imported);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("startImport")), Qt::LeftButton);
    QPushButton *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelImport"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
    QVERIFY(dialog.report().cancelled);
    QVERIFY(!dialog.isRunning());
    QVERIFY(!cancel->isEnabled());

    // Only whole batches were written: the database is consistent and every series row
    // has its instances (no study or series without them).
    auto workspace = core::store::Workspace::open(wsDir);
    QVERIFY(workspace.ok());
    QSqlQuery check((*workspace)->database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(check.exec(QStringLiteral("SELECT COUNT(*) FROM series s WHERE NOT EXISTS "
                                      "(SELECT 1 FROM instances i WHERE i.series_ref = s.id)"))
            && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    const int kept = core::store::Catalog(**workspace).instanceCount();
    QCOMPARE(kept, dialog.report().instancesAdded);
}

void TestMainWindow::screenshotModeWritesPicture()
{
    const QString out = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess etalon;
    etalon.setProcessChannelMode(QProcess::ForwardedChannels);
    etalon.start(QStringLiteral(ETALON_BIN_DIR "/etalon"),
                 {QStringLiteral("--workspace"), m_workspaceDir, QStringLiteral("--open"), m_mrUid, QStringLiteral("--screenshot"),
                  out, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(etalon.waitForFinished(120000));
    QCOMPARE(etalon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(etalon.exitCode(), 0);
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // The right part of the window is the viewer: a brain MR must be visible there.
    QVERIFY(nonUniformShare(image, QRect(image.width() / 2, 100, image.width() / 2 - 20, image.height() - 200)) > 0.05);
}

void TestMainWindow::workspaceWithAccountsAsksToSignIn()
{
    QTemporaryDir dir;
    const QString wsDir = dir.filePath(QStringLiteral("ws"));
    {
        auto workspace = core::store::Workspace::create(wsDir);
        QVERIFY(workspace.ok());
        core::workflow::NewUser admin;
        admin.login = QStringLiteral("coord");
        admin.fullName = QStringLiteral("Coordinator");
        admin.role = core::workflow::Role::Coordinator;
        admin.password = QStringLiteral("correct horse");
        QVERIFY(core::workflow::Users::createFirstCoordinator(**workspace, admin).ok());
    }
    app::MainWindow window;
    window.show();
    // The sign-in dialog is modal: the user first types a wrong password, then the right one.
    int attempts = 0;
    QString firstMessage;
    std::function<void()> answer = [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(50, answer);
            return;
        }
        QCOMPARE(dialog->objectName(), QStringLiteral("loginDialog"));
        auto *login = dialog->findChild<QLineEdit *>(QStringLiteral("login"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("loginMessage"));
        login->setText(QStringLiteral("coord"));
        password->setText(QStringLiteral("wrong password"));
        QTest::keyClick(password, Qt::Key_Return);
        ++attempts;
        firstMessage = message->text();
        QVERIFY(dialog->isVisible()); // stays open, says why
        password->setText(QStringLiteral("correct horse"));
        QTest::keyClick(password, Qt::Key_Return);
        ++attempts;
    };
    QTimer::singleShot(0, answer);
    QVERIFY(window.openWorkspace(wsDir));
    QCOMPARE(attempts, 2);
    QVERIFY(!firstMessage.isEmpty());
    QVERIFY(window.session().has_value());
    QCOMPARE(window.session()->login(), QStringLiteral("coord"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("coord")));

    // Cancelling the sign-in keeps the workspace closed.
    app::MainWindow other;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QVERIFY(!other.openWorkspace(wsDir));
    QVERIFY(!other.workspace());

    // Non-interactive sign-in (etalon --user LOGIN with ETALON_PASSWORD).
    app::MainWindow scripted;
    scripted.setCredentials(QStringLiteral("coord"), QStringLiteral("correct horse"));
    QVERIFY(scripted.openWorkspace(wsDir, true));
    QCOMPARE(scripted.session()->login(), QStringLiteral("coord"));
}

void TestMainWindow::newWorkspaceCreatesTheFirstCoordinator()
{
    QTemporaryDir dir;
    const QString wsDir = dir.filePath(QStringLiteral("new"));
    app::MainWindow window;
    window.show();
    QString mismatchMessage;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("coordinatorSetupDialog"));
        dialog->findChild<QLineEdit *>(QStringLiteral("login"))->setText(QStringLiteral("chief"));
        dialog->findChild<QLineEdit *>(QStringLiteral("fullName"))->setText(QStringLiteral("Chief Coordinator"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("long enough"));
        dialog->findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("long enougH"));
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("etalon-coordinator-setup.png")));
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // the passwords differ: it says so and stays
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->isVisible() && label->styleSheet().contains(QStringLiteral("color")))
                mismatchMessage = label->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("confirm"))->setText(QStringLiteral("long enough"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QVERIFY(window.createWorkspace(wsDir));
    QVERIFY(!mismatchMessage.isEmpty());
    QVERIFY(window.session().has_value());
    QCOMPARE(window.session()->login(), QStringLiteral("chief"));
    QVERIFY(window.session()->isCoordinator());
    // The account is real: it signs in.
    QVERIFY(core::workflow::Users::authenticate(*window.workspace(), QStringLiteral("chief"), QStringLiteral("long enough")).ok());
}

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
