// The coordinator's GUI for accounts and datasets, on a real workspace: add a reader,
// plan a dataset, add the study selected in the browser; readers get no coordinator tools.
#include "app/gui/DatasetPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/StudyBrowser.h"
#include "app/gui/UsersDialog.h"
#include "core/dicom/Indexer.h"
#include "core/store/Workspace.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/Users.h"
#include "viewer/VtkOpenGLWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace etalon;

class TestDatasetPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void coordinatorAddsReaderPlansDatasetAndAddsStudy();
    void readerHasNoCoordinatorTools();

private:
    QTemporaryDir m_dir;
    QString m_workspaceDir;
};

void TestDatasetPanel::initTestCase()
{
    qputenv("ETALON_PWHASH_FAST", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_datasetpanel"));
    m_workspaceDir = m_dir.filePath(QStringLiteral("ws"));
    auto workspace = core::store::Workspace::create(m_workspaceDir);
    QVERIFY(workspace.ok());
    core::workflow::NewUser admin;
    admin.login = QStringLiteral("coord");
    admin.fullName = QStringLiteral("Coordinator");
    admin.role = core::workflow::Role::Coordinator;
    admin.password = QStringLiteral("coordinator pass");
    QVERIFY(core::workflow::Users::createFirstCoordinator(**workspace, admin).ok());
    core::dicom::Indexer indexer(**workspace);
    QVERIFY(indexer.importPaths({QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice")}, {}).ok());
}

void TestDatasetPanel::coordinatorAddsReaderPlansDatasetAndAddsStudy()
{
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("coord"), QStringLiteral("coordinator pass"));
    QVERIFY(window.openWorkspace(m_workspaceDir, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Accounts: the coordinator adds a reader with a qualification.
    {
        app::UsersDialog users(*window.workspace(), *window.session());
        QCOMPARE(users.userCount(), 1);
        users.findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(QStringLiteral("reader1"));
        users.findChild<QLineEdit *>(QStringLiteral("newFullName"))->setText(QStringLiteral("First Reader"));
        users.findChild<QSpinBox *>(QStringLiteral("newYears"))->setValue(4);
        users.findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("reader one pass"));
        QTest::mouseClick(users.findChild<QPushButton *>(QStringLiteral("addUser")), Qt::LeftButton);
        QCOMPARE(users.userCount(), 2);
        users.findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(QStringLiteral("reader2"));
        users.findChild<QLineEdit *>(QStringLiteral("newFullName"))->setText(QStringLiteral("Second Reader"));
        users.findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("reader two pass"));
        QTest::mouseClick(users.findChild<QPushButton *>(QStringLiteral("addUser")), Qt::LeftButton);
        QCOMPARE(users.userCount(), 3);
        // A bad login is refused with core's message, nothing added.
        users.findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(QStringLiteral("bad login!"));
        users.findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("long enough"));
        QTest::mouseClick(users.findChild<QPushButton *>(QStringLiteral("addUser")), Qt::LeftButton);
        QCOMPARE(users.userCount(), 3);
        QVERIFY(!users.findChild<QLabel *>(QStringLiteral("usersMessage"))->text().isEmpty());
    }

    // A dataset is planned in the dialog: a wrong code first, then a right one.
    app::DatasetPanel *panel = window.datasetPanel();
    QString wrongCodeMessage;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("datasetDialog"));
        auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("code"));
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("COVID-19 severity, calibration"));
        auto *schema = dialog->findChild<QComboBox *>(QStringLiteral("schema"));
        schema->setCurrentIndex(schema->findData(QStringLiteral("covid-ct-severity")));
        QVERIFY(schema->currentIndex() >= 0);
        dialog->findChild<QSpinBox *>(QStringLiteral("target_CT0"))->setValue(25);
        code->setText(QStringLiteral("covid"));
        auto *ok = dialog->findChildren<QPushButton *>().first();
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->isDefault() || b->text().contains(QStringLiteral("Create")))
                ok = b;
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        wrongCodeMessage = dialog->findChild<QLabel *>(QStringLiteral("datasetMessage"))->text();
        code->setText(QStringLiteral("DS_CT-I_CT_OGK_COVID"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    panel->newDataset();
    QVERIFY(!wrongCodeMessage.isEmpty());
    QCOMPARE(panel->currentDatasetCode(), QStringLiteral("DS_CT-I_CT_OGK_COVID"));
    const auto dataset = core::workflow::Datasets::show(*window.workspace(), *window.session(), QStringLiteral("DS_CT-I_CT_OGK_COVID"));
    QVERIFY(dataset.ok());
    QCOMPARE(dataset->spec.schema.id, QStringLiteral("covid-ct-severity"));
    QCOMPARE(dataset->spec.classTargets.value(QStringLiteral("CT0")), 25);

    // The study selected in the browser becomes a data unit of the dataset.
    QTreeView *tree = window.studyBrowser()->treeView();
    tree->setCurrentIndex(tree->model()->index(0, 0));
    tree->selectionModel()->select(tree->currentIndex(), QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addStudies")), Qt::LeftButton);
    QCOMPARE(panel->studyRowCount(), 1);
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("datasetStudies"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("added"));
    // Adding it again changes nothing.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addStudies")), Qt::LeftButton);
    QCOMPARE(panel->studyRowCount(), 1);

    // Two readers are assigned; the status line counts the study as assigned.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("assignReaders")), Qt::LeftButton);
    table = panel->findChild<QTableWidget *>(QStringLiteral("datasetStudies"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("assigned"));
    QVERIFY2(panel->statusText().contains(QStringLiteral("assigned 1")), qPrintable(panel->statusText()));

    // A double-click opens the series the readers draw on (Datasets::unitSeries).
    QSignalSpy opened(panel, &app::DatasetPanel::seriesRequested);
    emit table->cellDoubleClicked(0, 0); // the panel may sit in a hidden tab here
    QCOMPARE(opened.count(), 1);
    const qint64 unit = table->item(0, 0)->data(Qt::UserRole).toLongLong();
    QCOMPARE(opened.first().first().toString(), core::workflow::Datasets::unitSeries(*window.workspace(), unit)->seriesInstanceUid);
    panel->grab().save(QDir::temp().filePath(QStringLiteral("etalon-datasets-coordinator.png")));
}

void TestDatasetPanel::readerHasNoCoordinatorTools()
{
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("reader1"), QStringLiteral("reader one pass"));
    QVERIFY(window.openWorkspace(m_workspaceDir, true));
    QVERIFY(!window.datasetPanel()->findChild<QPushButton *>(QStringLiteral("newDataset"))->isEnabled());
    QVERIFY(!window.datasetPanel()->findChild<QPushButton *>(QStringLiteral("addStudies"))->isEnabled());
    QCOMPARE(window.datasetPanel()->studyRowCount(), 0);
    // The reader's own worklist: the one study assigned to them, to do.
    QCOMPARE(window.datasetPanel()->worklistRowCount(), 1);
    QCOMPARE(window.datasetPanel()->findChild<QTableWidget *>(QStringLiteral("worklist"))->item(0, 0)->text(),
             QStringLiteral("DS_CT-I_CT_OGK_COVID"));
    // Even called directly, core refuses: the panel shows nothing was created.
    app::UsersDialog users(*window.workspace(), *window.session());
    QCOMPARE(users.userCount(), 0);
}

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestDatasetPanel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datasetpanel.moc"
