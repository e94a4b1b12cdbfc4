// The coordinator's release dialog on a real workspace (real CT and DX studies read to
// agreement by two readers): opened from the main window's Workflow menu (coordinators
// only), the first release proposed as 1.0.0, released through the confirmation and the
// progress dialog into a folder the test reads back (manifest verified, release recorded,
// history listed), "nothing changed" on reopening, the documentation form making the next
// release a patch, a version below the minimum refused, a cancelled release leaving nothing
// behind, two releases compared and a tampered bundle found out.
#include "app/gui/DocumentationDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReleaseDialog.h"
#include "core/export/Manifest.h"
#include "core/export/ReleaseBuilder.h"
#include "core/workflow/FinalLabels.h"
#include "core/workflow/ReleaseDocumentation.h"
#include "core/workflow/Releases.h"
#include "tests/core/ReadingFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <functional>

using namespace etalon;
using namespace readingtest;
using core::release::ReleaseBuilder;

namespace {

const QString Code = QStringLiteral("DS_CT-I_CT_RELEASE_GUI");

/// Answers the modal windows a release opens, as a user would: every 20 ms the visible
/// top-level message boxes and progress dialogs are handed to a callback, which clicks.
class ModalAnswerer : public QObject {
public:
    /// Returns true when it handled the widget.
    std::function<bool(QWidget *)> answer;
    QStringList seen; ///< object names of the message boxes answered, in order
    QStringList texts; ///< their text and informative text

    ModalAnswerer()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (!w->isVisible() || isDone(w))
                    continue;
                if (qobject_cast<QMessageBox *>(w) || qobject_cast<QProgressDialog *>(w) || qobject_cast<QDialog *>(w)) {
                    if (auto *box = qobject_cast<QMessageBox *>(w)) {
                        seen.append(box->objectName());
                        texts.append(box->text() + QLatin1Char('\n') + box->informativeText());
                    }
                    if (answer && answer(w))
                        m_done.append(w);
                }
            }
        });
        m_timer.start();
    }

private:
    /// Guarded: a later window may be built at the address of one already answered.
    bool isDone(QWidget *w) const
    {
        for (const QPointer<QWidget> &done : m_done) {
            if (done == w)
                return true;
        }
        return false;
    }

    QTimer m_timer;
    QList<QPointer<QWidget>> m_done;
};

/// Clicks the button of a message box with the given role.
bool clickRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            return true;
        }
    }
    return false;
}

/// The standard answer: confirm a release, acknowledge any other message box.
bool confirmAndAcknowledge(QWidget *w)
{
    auto *box = qobject_cast<QMessageBox *>(w);
    if (!box)
        return false;
    if (box->objectName() == QLatin1String("releaseConfirmation"))
        return clickRole(box, QMessageBox::AcceptRole);
    return clickRole(box, QMessageBox::AcceptRole) || clickRole(box, QMessageBox::YesRole);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestReleaseDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hiddenFromReaders();
    void firstReleaseFromMainWindow();
    void nothingChangedOnReopening();
    void documentationMakesAPatch();
    void versionBelowMinimumIsRefused();
    void cancelLeavesNothing();
    void unitsWithoutFinalLabelsStopTheRelease();
    void secondReleaseIsComparedAndVerified();

private:
    bool read(const QString &login, const QString &uid, const QString &studyClass);
    void shoot(QWidget *w, const QString &name);
    QList<core::workflow::Release> releases();

    Fixture m_f;
    QTemporaryDir m_out;
    QStringList m_uids;
};

bool TestReleaseDialog::read(const QString &login, const QString &uid, const QString &studyClass)
{
    return m_f.read(login, Code, uid, studyClass);
}

void TestReleaseDialog::shoot(QWidget *w, const QString &name)
{
    QTest::qWait(100);
    const QString dir = qEnvironmentVariable("ETALON_RELEASE_SCREENSHOTS", QDir::tempPath());
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QList<core::workflow::Release> TestReleaseDialog::releases()
{
    const Result<QList<core::workflow::Release>> list = Releases::list(*m_f.ws, *m_f.admin, Code);
    return list ? *list : QList<core::workflow::Release>{};
}

void TestReleaseDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_releasedialog"));
    QVERIFY(m_out.isValid());
    const QString d = QStringLiteral(ETALON_SHARED_DICOM);
    QVERIFY2(m_f.setUp(2, 0, {d + QStringLiteral("/ct-3slice"), d + QStringLiteral("/dx")}), qPrintable(m_f.error));
    QVERIFY2(m_f.studyUids.size() >= 2, qPrintable(QString::number(m_f.studyUids.size())));
    m_uids = m_f.studyUids.mid(0, 2);
    const Result<Dataset> created = m_f.dataset(Code, QStringLiteral("binary-presence"), m_uids);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    AssignOptions options;
    options.readerIds = {m_f.ids.value(QStringLiteral("r1")), m_f.ids.value(QStringLiteral("r2"))};
    const Result<AssignmentReport> assigned = Readings::assign(*m_f.ws, *m_f.admin, Code, options);
    QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
    // Both readers agree on both studies: every unit gets final labels (agreed).
    QVERIFY(read(QStringLiteral("r1"), m_uids[0], QStringLiteral("PATHOLOGY")));
    QVERIFY(read(QStringLiteral("r2"), m_uids[0], QStringLiteral("PATHOLOGY")));
    QVERIFY(read(QStringLiteral("r1"), m_uids[1], QStringLiteral("NORMAL")));
    QVERIFY(read(QStringLiteral("r2"), m_uids[1], QStringLiteral("NORMAL")));
    QCOMPARE(m_f.scalarString(QStringLiteral("SELECT COUNT(*) FROM final_labels")), QStringLiteral("2"));
}

void TestReleaseDialog::hiddenFromReaders()
{
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("r1"), passwordOf(QStringLiteral("r1")));
    QVERIFY(window.openWorkspace(m_f.dir, true));
    auto *action = window.findChild<QAction *>(QStringLiteral("releaseDataset"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(!action->isVisible());
}

void TestReleaseDialog::firstReleaseFromMainWindow()
{
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("admin"), passwordOf(QStringLiteral("admin")));
    QVERIFY(window.openWorkspace(m_f.dir, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("releaseDataset"));
    QVERIFY(action && action->isEnabled() && action->isVisible());
    action->trigger();
    QTRY_VERIFY(window.releaseDialog() && window.releaseDialog()->isVisible());
    app::ReleaseDialog *dialog = window.releaseDialog();
    QCOMPARE(dialog->currentDatasetCode(), Code);

    // The proposal of a dataset never released: 1.0.0, every unit with final labels.
    QVERIFY2(dialog->proposal().has_value(), qPrintable(dialog->proposalError()));
    const core::workflow::ReleaseProposal &p = *dialog->proposal();
    QVERIFY(!p.lastVersion);
    QCOMPARE(p.proposed, (core::workflow::SemanticVersion{1, 0, 0}));
    QVERIFY(p.releaseNeeded);
    QCOMPARE(p.unitCount, 2);
    QCOMPARE(p.unitsWithoutFinalLabels, 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("proposedVersion"))->text().contains(QStringLiteral("1.0.0")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("releaseProblem"))->isVisible());
    QCOMPARE(dialog->chosenVersion(), p.proposed);

    // No folder yet: Release is disabled and the status line says why.
    auto *releaseButton = dialog->findChild<QPushButton *>(QStringLiteral("releaseButton"));
    QVERIFY(!releaseButton->isEnabled());
    QVERIFY(!dialog->blocker().isEmpty());
    // A first release other than 1.0.0 is refused with the reason.
    dialog->findChild<QSpinBox *>(QStringLiteral("versionMinor"))->setValue(1);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("versionProblem"))->text().isEmpty());
    QCOMPARE(dialog->blocker(), dialog->findChild<QLabel *>(QStringLiteral("versionProblem"))->text());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("resetVersion")), Qt::LeftButton);
    QCOMPARE(dialog->chosenVersion(), p.proposed);

    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("outputFolder"));
    folder->setFocus();
    QTest::keyClicks(folder, m_out.path());
    QCOMPARE(dialog->outputFolder(), QDir::toNativeSeparators(m_out.path()));
    QVERIFY2(releaseButton->isEnabled(), qPrintable(dialog->blocker()));
    shoot(dialog, QStringLiteral("release-dialog-proposal"));

    ModalAnswerer answerer;
    answerer.answer = confirmAndAcknowledge;
    QTest::mouseClick(releaseButton, Qt::LeftButton);
    QVERIFY2(dialog->lastReport().has_value(), qPrintable(dialog->lastError()));
    QCOMPARE(answerer.seen.value(0), QStringLiteral("releaseConfirmation"));
    // The confirmation names the dataset, the version and the folder.
    QVERIFY(answerer.texts.value(0).contains(Code));
    QVERIFY(answerer.texts.value(0).contains(QStringLiteral("1.0.0")));
    QVERIFY(answerer.texts.value(0).contains(QDir::toNativeSeparators(QDir(m_out.path()).absolutePath())));
    QCOMPARE(answerer.seen.value(1), QStringLiteral("releaseSummary"));

    // The bundle is where the dialog said, matches its manifest, and is the recorded release.
    const QString bundle = QDir(m_out.path()).filePath(Code + QStringLiteral("_v1.0.0"));
    QCOMPARE(QDir(dialog->lastReport()->bundlePath).absolutePath(), QDir(bundle).absolutePath());
    QVERIFY(QFileInfo(bundle).isDir());
    QVERIFY(answerer.texts.value(1).contains(QDir::toNativeSeparators(bundle)));
    const Result<core::release::ManifestCheck> check = ReleaseBuilder::verify(bundle);
    QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
    QVERIFY(check->ok());
    QCOMPARE(check->listed + 1, dialog->lastReport()->files);
    const QList<core::workflow::Release> recorded = releases();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded[0].version.toString(), QStringLiteral("1.0.0"));
    const Result<QString> manifestHash = core::release::Manifest::fileSha256(bundle + QStringLiteral("/MANIFEST.sha256"));
    QVERIFY(manifestHash.ok());
    QCOMPARE(recorded[0].manifestHash, *manifestHash);
    QCOMPARE(recorded[0].units.size(), 2);

    // The history tab lists it; after the release the dialog proposes nothing.
    auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 0)->text(), QStringLiteral("1.0.0"));
    QCOMPARE(history->item(0, 2)->text(), QStringLiteral("admin"));
    QCOMPARE(history->item(0, 3)->text(), QStringLiteral("2"));
    QVERIFY(history->item(0, 6)->text().startsWith(manifestHash->left(12)));
    QVERIFY(!dialog->proposal()->releaseNeeded);
    QVERIFY(!releaseButton->isEnabled());

    // Verify bundle: the released folder matches and is recognised as 1.0.0.
    const std::optional<core::release::ManifestCheck> verified = dialog->verifyBundle(bundle);
    QVERIFY(verified && verified->ok());
    auto *details = dialog->findChild<QTextBrowser *>(QStringLiteral("historyDetails"));
    QVERIFY(details->toPlainText().contains(QStringLiteral("1.0.0")));
    history->selectRow(0);
    QVERIFY(details->toPlainText().contains(recorded[0].manifestHash));
    dialog->findChild<QTabWidget *>(QStringLiteral("releaseTabs"))->setCurrentIndex(1);
    shoot(dialog, QStringLiteral("release-dialog-history"));
    dialog->close();
    QTRY_VERIFY(!window.releaseDialog());
}

void TestReleaseDialog::nothingChangedOnReopening()
{
    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, Code);
    dialog.setOutputFolder(m_out.path());
    QVERIFY(dialog.proposal().has_value());
    QVERIFY(!dialog.proposal()->releaseNeeded);
    QCOMPARE(dialog.proposal()->lastVersion->toString(), QStringLiteral("1.0.0"));
    auto *releaseButton = dialog.findChild<QPushButton *>(QStringLiteral("releaseButton"));
    QVERIFY(!releaseButton->isEnabled());
    QCOMPARE(dialog.blocker(), dialog.proposal()->summary);
    // A CHANGELOG note alone makes a patch release possible; removing it stops it again.
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("changelogNotes"));
    notes->setPlainText(QStringLiteral("Corrected the README's citation."));
    QCOMPARE(dialog.chosenVersion().toString(), QStringLiteral("1.0.1"));
    QVERIFY2(releaseButton->isEnabled(), qPrintable(dialog.blocker()));
    notes->clear();
    QVERIFY(!releaseButton->isEnabled());
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"))->rowCount(), 1);
}

void TestReleaseDialog::documentationMakesAPatch()
{
    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, Code);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList formFields;
    ModalAnswerer answerer;
    answerer.answer = [&formFields](QWidget *w) {
        auto *form = qobject_cast<app::DocumentationDialog *>(w);
        if (!form)
            return false;
        for (QWidget *editor : form->findChildren<QWidget *>()) {
            if ((qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor)) && !editor->objectName().isEmpty())
                formFields.append(editor->objectName());
        }
        form->findChild<QLineEdit *>(QStringLiteral("licence"))->setText(QStringLiteral("CC BY-NC-ND 4.0"));
        form->findChild<QPlainTextEdit *>(QStringLiteral("authors"))
            ->setPlainText(QStringLiteral("A. A. Ivanov (1)\n\n  B. B. Petrova (1, 2)  \n"));
        form->findChild<QPlainTextEdit *>(QStringLiteral("intendedUse"))
            ->setPlainText(QStringLiteral("Testing AI software.\nNot for diagnosis."));
        form->grab().save(qEnvironmentVariable("ETALON_RELEASE_SCREENSHOTS", QDir::tempPath())
                          + QStringLiteral("/documentation-dialog.png"));
        form->save();
        return true;
    };
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("editDocumentation")), Qt::LeftButton);

    // The form has an editor for every documented field.
    const QStringList fields = core::workflow::ReleaseDocumentation{}.toJson().keys();
    for (const QString &field : fields)
        QVERIFY2(formFields.contains(field), qPrintable(field));

    // Stored as typed: authors one per line (blank lines dropped), multi-line text kept.
    const Result<core::workflow::ReleaseDocumentation> stored = ReleaseSettings::documentation(*m_f.ws, *m_f.admin, Code);
    QVERIFY(stored.ok());
    QCOMPARE(stored->licence, QStringLiteral("CC BY-NC-ND 4.0"));
    QCOMPARE(stored->authors, (QStringList{QStringLiteral("A. A. Ivanov (1)"), QStringLiteral("B. B. Petrova (1, 2)")}));
    QCOMPARE(stored->intendedUse, QStringLiteral("Testing AI software.\nNot for diagnosis."));

    // The dialog read the proposal again: a documentation change is a patch.
    QVERIFY(dialog.proposal().has_value());
    QVERIFY(dialog.proposal()->releaseNeeded);
    QCOMPARE(dialog.proposal()->bump, core::workflow::VersionBump::Patch);
    QCOMPARE(dialog.proposal()->proposed.toString(), QStringLiteral("1.0.1"));
    QCOMPARE(dialog.chosenVersion().toString(), QStringLiteral("1.0.1"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("proposedVersion"))->text().contains(QStringLiteral("1.0.1")));
    auto *changes = dialog.findChild<QTableWidget *>(QStringLiteral("changeTable"));
    QCOMPARE(changes->rowCount(), int(dialog.proposal()->changes.size()));
    QVERIFY(changes->rowCount() >= 1);

    // Reopened, the form shows what was stored.
    app::DocumentationDialog again(*m_f.ws, *m_f.admin, Code);
    QVERIFY(again.isLoaded());
    QCOMPARE(again.documentation(), *stored);
    QVERIFY(!again.isModified());

    // A logo: chosen from an image file, previewed, stored as PNG; Remove clears it.
    QImage picture(300, 100, QImage::Format_RGB32);
    picture.fill(QColor(20, 120, 60));
    const QString file = QDir(m_f.tmp.path()).filePath(QStringLiteral("logo.bmp"));
    QVERIFY(picture.save(file, "BMP"));
    QVERIFY(again.setLogoFile(file));
    QVERIFY(again.isModified());
    QVERIFY(!again.findChild<QLabel *>(QStringLiteral("logoPreview"))->pixmap().isNull());
    again.show();
    shoot(&again, QStringLiteral("documentation-logo"));
    again.hide();
    QVERIFY(again.save());
    const Result<core::workflow::ReleaseDocumentation> withLogo = ReleaseSettings::documentation(*m_f.ws, *m_f.admin, Code);
    QVERIFY(withLogo.ok());
    QCOMPARE(withLogo->logoPng, *core::workflow::ReleaseDocumentation::logoFromFile(file));
    QCOMPARE(QImage::fromData(withLogo->logoPng, "PNG").pixelColor(10, 10), QColor(20, 120, 60));
    app::DocumentationDialog third(*m_f.ws, *m_f.admin, Code);
    auto *remove = third.findChild<QPushButton *>(QStringLiteral("logoRemove"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(third.documentation().logoPng.isEmpty());
    QVERIFY(third.save());
    QVERIFY(ReleaseSettings::documentation(*m_f.ws, *m_f.admin, Code)->logoPng.isEmpty());
}

void TestReleaseDialog::versionBelowMinimumIsRefused()
{
    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, Code);
    dialog.setOutputFolder(m_out.path());
    auto *releaseButton = dialog.findChild<QPushButton *>(QStringLiteral("releaseButton"));
    QCOMPARE(dialog.minimumVersion().toString(), QStringLiteral("1.0.1"));
    QVERIFY2(releaseButton->isEnabled(), qPrintable(dialog.blocker()));
    dialog.setChosenVersion({1, 0, 0});
    QVERIFY(!releaseButton->isEnabled());
    const QString reason = dialog.findChild<QLabel *>(QStringLiteral("versionProblem"))->text();
    QVERIFY(reason.contains(QStringLiteral("1.0.1")));
    QCOMPARE(dialog.blocker(), reason);
    // Raising is allowed.
    dialog.setChosenVersion({1, 1, 0});
    QVERIFY2(releaseButton->isEnabled(), qPrintable(dialog.blocker()));
    dialog.setChosenVersion({2, 0, 0});
    QVERIFY(releaseButton->isEnabled());
}

void TestReleaseDialog::cancelLeavesNothing()
{
    const QStringList before = QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, Code);
    dialog.setOutputFolder(m_out.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    bool cancelClicked = false;
    ModalAnswerer answerer;
    answerer.answer = [&cancelClicked](QWidget *w) {
        if (auto *progress = qobject_cast<QProgressDialog *>(w)) {
            progress->cancel();
            cancelClicked = true;
            return true;
        }
        return confirmAndAcknowledge(w);
    };
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY(cancelClicked);
    QVERIFY2(!dialog.lastReport(), "the release finished before the cancel was seen");
    QVERIFY(!dialog.lastError().isEmpty());
    QVERIFY(answerer.seen.contains(QStringLiteral("releaseCancelled")));
    QCOMPARE(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QCOMPARE(releases().size(), 1);
    QVERIFY(dialog.proposal()->releaseNeeded);
}

void TestReleaseDialog::unitsWithoutFinalLabelsStopTheRelease()
{
    // A second dataset whose only unit nobody has read yet.
    const QString unread = QStringLiteral("DS_CT-I_DX_CHEST_UNREAD");
    const Result<Dataset> created = m_f.dataset(unread, QStringLiteral("binary-presence"), {m_uids[1]});
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, unread);
    dialog.setOutputFolder(m_out.path());
    QCOMPARE(dialog.currentDatasetCode(), unread);
    QVERIFY(dialog.proposal().has_value());
    QCOMPARE(dialog.proposal()->unitsWithoutFinalLabels, 1);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("releaseProblem"));
    QVERIFY(!problem->isHidden());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("releaseButton"))->isEnabled());
    // The dialog shows the refusal the core gives when asked to release.
    core::release::ReleaseBuildOptions options;
    options.outputFolder = m_out.path();
    const Result<core::release::ReleaseBuildReport> refused = ReleaseBuilder::build(*m_f.ws, *m_f.admin, unread, options);
    QVERIFY(!refused.ok());
    QCOMPARE(problem->text(), refused.error().message);
    QCOMPARE(dialog.blocker(), refused.error().message);
    QVERIFY(!QFileInfo::exists(m_out.filePath(ReleaseBuilder::bundleName(unread, {1, 0, 0}))));
    // Switching the combo back reads the other dataset's proposal.
    QVERIFY(dialog.setCurrentDataset(Code));
    QCOMPARE(dialog.proposal()->unitsWithoutFinalLabels, 0);
    QVERIFY(problem->isHidden());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.setCurrentDataset(unread));
    shoot(&dialog, QStringLiteral("release-dialog-unverified"));
}

void TestReleaseDialog::secondReleaseIsComparedAndVerified()
{
    // A corrected label besides the documentation: still a patch, and the unit is relabelled.
    const Result<QList<core::workflow::FinalLabel>> labels = core::workflow::FinalLabels::list(*m_f.ws, *m_f.admin, Code);
    QVERIFY(labels.ok());
    QString corrected;
    for (const core::workflow::FinalLabel &l : *labels) {
        if (l.studyClass == QStringLiteral("NORMAL")) {
            core::workflow::FinalLabelCorrection c;
            c.studyClass = QStringLiteral("PATHOLOGY");
            c.reason = QStringLiteral("Histology showed a nodule");
            const Result<core::workflow::FinalLabel> done = core::workflow::FinalLabels::correct(*m_f.ws, *m_f.admin, l.datasetStudyId, c);
            QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
            corrected = l.studyInstanceUid;
        }
    }
    QVERIFY(!corrected.isEmpty());

    app::ReleaseDialog dialog(*m_f.ws, *m_f.admin, Code);
    dialog.setOutputFolder(m_out.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.chosenVersion().toString(), QStringLiteral("1.0.1"));
    QCOMPARE(dialog.findChild<QTableWidget *>(QStringLiteral("changeTable"))->rowCount(), int(dialog.proposal()->changes.size()));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("changelogNotes"))
        ->setPlainText(QStringLiteral("Corrected the class of one study after histology."));
    shoot(&dialog, QStringLiteral("release-dialog-patch"));
    ModalAnswerer answerer;
    answerer.answer = confirmAndAcknowledge;
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QVERIFY2(dialog.lastReport().has_value(), qPrintable(dialog.lastError()));
    QCOMPARE(releases().size(), 2);

    // Select both rows of the history and compare: the relabelled unit is listed as the core's diff says.
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("historyTable"));
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 0)->text(), QStringLiteral("1.0.1")); // newest first
    auto *compare = dialog.findChild<QPushButton *>(QStringLiteral("compareReleases"));
    history->selectRow(0);
    QVERIFY(!compare->isEnabled());
    history->selectionModel()->select(history->model()->index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    const Result<core::workflow::ReleaseDiff> diff =
        Releases::diff(*m_f.ws, *m_f.admin, Code, {1, 0, 0}, {1, 0, 1});
    QVERIFY(diff.ok());
    QCOMPARE(diff->labelsChanged, QStringList{corrected});
    const QString shown = dialog.findChild<QTextBrowser *>(QStringLiteral("historyDetails"))->toPlainText();
    QVERIFY2(shown.contains(corrected), qPrintable(shown));

    // A tampered copy of the bundle: the changed and the extra file are named.
    const QString copy = m_out.filePath(QStringLiteral("tampered"));
    QVERIFY(copyTree(dialog.lastReport()->bundlePath, copy));
    QVERIFY(ReleaseBuilder::verify(copy)->ok());
    QFile readme(copy + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::Append));
    readme.write("\nEdited after release.\n");
    readme.close();
    QFile extra(copy + QStringLiteral("/notes.txt"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("x");
    extra.close();
    const std::optional<core::release::ManifestCheck> check = dialog.verifyBundle(copy);
    QVERIFY(check.has_value());
    QCOMPARE(check->changed, QStringList{QStringLiteral("README.md")});
    QCOMPARE(check->extra, QStringList{QStringLiteral("notes.txt")});
    const QString report = dialog.findChild<QTextBrowser *>(QStringLiteral("historyDetails"))->toPlainText();
    QVERIFY(report.contains(QStringLiteral("README.md")) && report.contains(QStringLiteral("notes.txt")));
    shoot(&dialog, QStringLiteral("release-dialog-verify"));
}

QTEST_MAIN(TestReleaseDialog)
#include "tst_releasedialog.moc"
