// The reader's reading screen on a real workspace: open a study from the worklist by
// double-click, answer with the class keys, undo/redo in the store, previous/next study,
// submit (refused while a class is missing, then confirmed), read-only afterwards, the
// answers back after a restart, and the hanging by modality (CT in MPR, DX in one view,
// mammography in four mirrored views with one window) on real and synthetic files.
#include "app/gui/DatasetPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReadingPanel.h"
#include "app/gui/ReadingScreen.h"
#include "app/gui/ShortcutsDialog.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/model/WindowPresets.h"
#include "tests/core/ReadingFixture.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"
#include "viewer/VtkOpenGLWidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace etalon;
using namespace readingtest;

namespace {

const QString ctCode = QStringLiteral("DS_CT-I_CT_LUNG_COVID");
const QString mgCode = QStringLiteral("DS_CT-I_MG_CANCER");

/// Four synthetic mammograms (R/L CC and MLO) written with pydicom: each a uint16 image
/// with a bright half-disc of "tissue" against its chest-wall edge. \a chestWallLeft says
/// on which pixel-grid edge each image's chest wall lies; Patient Orientation is written to
/// match (increasing column: anterior when the chest wall is at the left), except for
/// images listed in \a noOrientation. \a separateSeries puts each image in its own series.
const char *mammoScript = R"PY(
import sys, numpy as np, pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
out, study_tag, separate = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
views = [('R','CC',True,True), ('L','CC',False,True), ('R','MLO',False,True), ('L','MLO',False,False)]
study = generate_uid(); series = generate_uid(); frame = generate_uid()
rows, cols = 120, 160
for n, (lat, view, wall_left, with_orientation) in enumerate(views):
    img = np.full((rows, cols), 100, np.uint16)
    yy, xx = np.mgrid[0:rows, 0:cols]
    cx = 0 if wall_left else cols - 1
    img[(xx - cx) ** 2 + (yy - rows / 2) ** 2 < 95 ** 2] = 3000
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.1.2'
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset(); ds.file_meta = meta
    ds.SOPClassUID = meta.MediaStorageSOPClassUID; ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientID = 'MG-' + study_tag; ds.PatientName = 'Mammo^' + study_tag
    ds.StudyInstanceUID = study; ds.StudyDate = '20240102'; ds.StudyID = '1'
    ds.SeriesInstanceUID = generate_uid() if separate else series
    ds.SeriesNumber = n + 1 if separate else 1
    ds.InstanceNumber = n + 1; ds.Modality = 'MG'; ds.FrameOfReferenceUID = frame
    ds.ViewPosition = view; ds.ImageLaterality = lat
    if with_orientation:
        along = 'A' if wall_left else 'P'
        ds.PatientOrientation = [along, ('L' if lat == 'R' else 'R') if view == 'CC' else 'F']
    ds.ImagerPixelSpacing = [0.1, 0.1]
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel = 1; ds.PhotometricInterpretation = 'MONOCHROME2'
    ds.BitsAllocated = 16; ds.BitsStored = 16; ds.HighBit = 15; ds.PixelRepresentation = 0
    ds.WindowCenter = 1500; ds.WindowWidth = 3000
    ds.PixelData = img.tobytes()
    pydicom.dcmwrite('%s/%s_%s.dcm' % (out, lat, view), ds, write_like_original=False)
)PY";

/// A SYNTHETIC CT phantom (not patient data) with pydicom: 100 axial 256x256 int16 slices,
/// 1.2 mm pixels, 2.5 mm apart: a body ellipse of soft tissue, two lungs, a spine.
const char *ctPhantomScript = R"PY(
import sys, numpy as np, pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
out = sys.argv[1]
study = generate_uid(); series = generate_uid(); frame = generate_uid()
n, size = 100, 256
yy, xx = np.mgrid[0:size, 0:size]
for k in range(n):
    z = k / (n - 1)
    img = np.full((size, size), -1000, np.int16)
    img[((xx - 128) / 110) ** 2 + ((yy - 128) / 80) ** 2 <= 1] = 40
    taper = np.sqrt(max(0.0, 1 - ((z - 0.5) / 0.55) ** 2))
    for cx in (82, 174):
        img[((xx - cx) / (34 * taper + 1)) ** 2 + ((yy - 120) / (52 * taper + 1)) ** 2 <= 1] = -820
    img[((xx - 128) / 14) ** 2 + ((yy - 186) / 14) ** 2 <= 1] = 700
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.2'
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset(); ds.file_meta = meta
    ds.SOPClassUID = meta.MediaStorageSOPClassUID; ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.PatientID = 'SYNTHETIC-CT'; ds.PatientName = 'Synthetic^Phantom'
    ds.StudyInstanceUID = study; ds.StudyDate = '20240301'; ds.StudyID = '1'
    ds.SeriesInstanceUID = series; ds.SeriesNumber = 1; ds.SeriesDescription = 'SYNTHETIC CT phantom'
    ds.InstanceNumber = k + 1; ds.Modality = 'CT'; ds.FrameOfReferenceUID = frame
    ds.ImagePositionPatient = [-153.6, -153.6, -2.5 * k]; ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [1.2, 1.2]; ds.SliceThickness = 2.5
    ds.Rows, ds.Columns = size, size
    ds.SamplesPerPixel = 1; ds.PhotometricInterpretation = 'MONOCHROME2'
    ds.BitsAllocated = 16; ds.BitsStored = 16; ds.HighBit = 15; ds.PixelRepresentation = 1
    ds.RescaleIntercept = 0; ds.RescaleSlope = 1; ds.WindowCenter = 40; ds.WindowWidth = 400
    ds.PixelData = img.tobytes()
    pydicom.dcmwrite('%s/ct_%03d.dcm' % (out, k), ds, write_like_original=False)
)PY";

/// Mean grey level of the left and right thirds of a view's picture.
std::pair<double, double> edgeBrightness(const QImage &image)
{
    double left = 0.0, right = 0.0;
    int n = 0;
    const int third = image.width() / 3;
    for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y) {
        for (int x = 0; x < third; ++x) {
            left += qGray(image.pixel(x, y));
            right += qGray(image.pixel(image.width() - 1 - x, y));
            ++n;
        }
    }
    return {left / std::max(1, n), right / std::max(1, n)};
}

} // namespace

class TestReadingScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFromWorklistAndAnswersWithKeys();
    void previousAndNextStudy();
    void submitRefusesWithoutClassThenLocks();
    void restartShowsStoredAnswers();
    void shortcutsHelpListsEveryKey();
    void mammographyFramesHangFourMirroredViews();
    void mammographySeparateSeriesCompareReadOnly();
    void findingClickSelectsAndEditsAttributes();
    void interpolateSlicesFillsTheSliceBetween();
    void missingFilesNameTheStudy();
    void viewMenuActsOnTheReadingScreen();
    void maskRowCountsFollowStrokesAndUndo();
    void ctFindingsShowInEveryPlane();

private:
    std::unique_ptr<app::MainWindow> signIn(const QString &login);
    app::ReadingScreen *waitLoaded(app::MainWindow &window);
    QString studyWith(const QString &modality, int nth = 0) const;
    qint64 worklistRow(app::MainWindow &window, qint64 readingId) const;

    Fixture m_fx;
    QTemporaryDir m_mgDir;
    QString m_ctStudy, m_dxStudy, m_mgFramesStudy, m_mgSeriesStudy, m_goneStudy;
    QTemporaryDir m_goneDir;
};

void TestReadingScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_readingscreen"));
    for (const QString &variant : {QStringLiteral("frames"), QStringLiteral("series")}) {
        const QString out = m_mgDir.filePath(variant);
        QVERIFY(QDir().mkpath(out));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(mammoScript), out, variant,
                      variant == QLatin1String("series") ? QStringLiteral("1") : QStringLiteral("0")});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }
    {
        const QString out = m_mgDir.filePath(QStringLiteral("ct-phantom"));
        QVERIFY(QDir().mkpath(out));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(ctPhantomScript), out});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }
    // A study whose file disappears after import (a moved or deleted folder).
    const QString gone = m_goneDir.filePath(QStringLiteral("CT_small.dcm"));
    QVERIFY(QFile::copy(QStringLiteral(ETALON_PYDICOM_FILES "/CT_small.dcm"), gone));
    QVERIFY2(m_fx.setUp(2, 0,
                        {QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice"), QStringLiteral(ETALON_SHARED_DICOM "/dx"),
                         m_mgDir.path(), gone}),
             qPrintable(m_fx.error));
    m_ctStudy = m_fx.scalarString(QStringLiteral("SELECT st.study_uid FROM studies st JOIN series se ON se.study_ref = st.id "
                                                 "JOIN instances i ON i.series_ref = se.id WHERE i.file_path LIKE '%ct-3slice%' LIMIT 1"));
    m_goneStudy = m_fx.scalarString(QStringLiteral("SELECT st.study_uid FROM studies st JOIN series se ON se.study_ref = st.id "
                                                   "JOIN instances i ON i.series_ref = se.id WHERE i.file_path LIKE '%CT_small%' LIMIT 1"));
    QVERIFY(!m_goneStudy.isEmpty());
    QVERIFY(QFile::remove(gone));
    m_dxStudy = studyWith(QStringLiteral("DX"));
    for (const QString &uid : std::as_const(m_fx.studyUids)) {
        const auto study = store::Catalog(*m_fx.ws).studyByUid(uid);
        QVERIFY(study.ok());
        if (study->patientId == QLatin1String("MG-frames"))
            m_mgFramesStudy = uid;
        if (study->patientId == QLatin1String("MG-series"))
            m_mgSeriesStudy = uid;
    }
    QVERIFY(!m_ctStudy.isEmpty() && !m_dxStudy.isEmpty() && !m_mgFramesStudy.isEmpty() && !m_mgSeriesStudy.isEmpty());

    QVERIFY(m_fx.dataset(ctCode, QStringLiteral("covid-ct-severity"), {m_ctStudy, m_dxStudy, m_goneStudy}).ok());
    QVERIFY(m_fx.dataset(mgCode, QStringLiteral("bi-rads"), {m_mgFramesStudy, m_mgSeriesStudy}).ok());
    AssignOptions options;
    options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, ctCode, options).ok());
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, mgCode, options).ok());
}

QString TestReadingScreen::studyWith(const QString &modality, int nth) const
{
    int seen = 0;
    for (const QString &uid : m_fx.studyUids) {
        const auto study = store::Catalog(*m_fx.ws).studyByUid(uid);
        if (study && study->modalities.contains(modality) && seen++ == nth)
            return uid;
    }
    return {};
}

std::unique_ptr<app::MainWindow> TestReadingScreen::signIn(const QString &login)
{
    auto window = std::make_unique<app::MainWindow>();
    window->setQuiet(true);
    window->setCredentials(login, passwordOf(login));
    if (!window->openWorkspace(m_fx.dir, true))
        return nullptr;
    window->resize(1280, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->activateWindow();
    // Keys are shortcuts of the active window: the key checks below fail visibly if it is not.
    (void)QTest::qWaitForWindowActive(window.get());
    return window;
}

app::ReadingScreen *TestReadingScreen::waitLoaded(app::MainWindow &window)
{
    app::ReadingScreen *screen = window.readingScreen();
    if (!screen)
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (screen->isLoading() && timer.elapsed() < 30000)
        QTest::qWait(20);
    QCoreApplication::processEvents();
    return screen->isLoading() ? nullptr : screen;
}

qint64 TestReadingScreen::worklistRow(app::MainWindow &window, qint64 readingId) const
{
    app::DatasetPanel *panel = window.datasetPanel();
    for (int row = 0; row < panel->worklistRowCount(); ++row)
        if (panel->worklistReadingId(row) == readingId)
            return row;
    return -1;
}

void TestReadingScreen::opensFromWorklistAndAnswersWithKeys()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), ctCode, m_ctStudy);
    QVERIFY(readingId > 0);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    window->findChild<QDockWidget *>(QStringLiteral("datasetDock"))->raise();
    auto *table = window->datasetPanel()->findChild<QTableWidget *>(QStringLiteral("worklist"));
    const int row = int(worklistRow(*window, readingId));
    QVERIFY(row >= 0);
    QTRY_VERIFY(table->isVisible());
    const QRect cell = table->visualItemRect(table->item(row, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->readingId(), readingId);
    QVERIFY2(screen->loadError().isEmpty(), qPrintable(screen->loadError()));
    // CT: the MPR three-up layout on the data unit's volume.
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Mpr);
    QCOMPARE(screen->mprView()->layout(), viewer::MprView::Layout::ThreeUp);
    QCOMPARE(screen->volume()->slices(), 3);
    // Opening started the reading.
    QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->state, ReadingState::InProgress);

    // The schema's classes, in order, one button each.
    const LabelSchema schema = *LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
    const QList<QAbstractButton *> buttons = screen->panel()->classButtons();
    QCOMPARE(buttons.size(), schema.classes.size());
    for (int i = 0; i < buttons.size(); ++i) {
        QVERIFY2(buttons.at(i)->text().contains(schema.classes.at(i).name), qPrintable(buttons.at(i)->text()));
        QVERIFY(buttons.at(i)->toolTip().contains(QString::number(i + 1)));
    }
    // Only the tools the schema allows (contour and mask, no point or box).
    QVERIFY(screen->panel()->toolAction(viewer::AnnotationTool::Polygon)->isVisible());
    QVERIFY(screen->panel()->toolAction(viewer::AnnotationTool::Brush)->isVisible());
    QVERIFY(!screen->panel()->toolAction(viewer::AnnotationTool::Point)->isVisible());
    QVERIFY(!screen->panel()->toolAction(viewer::AnnotationTool::Box)->isVisible());

    // Key 2 with the focus in a view: the schema's second class, stored at once.
    QWidget *view = screen->mprView()->activeView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_2);
    const auto stored = [&] { return Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->studyClass; };
    QCOMPARE(stored(), std::optional<QString>(schema.classes.at(1).code));
    QVERIFY(buttons.at(1)->isChecked());
    // Undo reverts it in the store; redo (both keys) restores it.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), std::optional<QString>());
    QVERIFY(!buttons.at(1)->isChecked());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(), std::optional<QString>(schema.classes.at(1).code));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stored(), std::optional<QString>());
    QTest::keyClick(view, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stored(), std::optional<QString>(schema.classes.at(1).code));

    // Digits typed into the comment are text, not class keys; the comment is stored when
    // the field loses the focus.
    auto *comment = screen->panel()->findChild<QPlainTextEdit *>(QStringLiteral("comment"));
    comment->setFocus();
    QTest::keyClicks(comment, QStringLiteral("4 nodules"));
    QCOMPARE(comment->toPlainText(), QStringLiteral("4 nodules"));
    view->setFocus();
    QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->comment, QStringLiteral("4 nodules"));
    QCOMPARE(stored(), std::optional<QString>(schema.classes.at(1).code));

    // A contour finding: listed, stored, and back after a restart (below).
    ContourGeometry contour;
    contour.slices[1] = {{100.0, 100.0}, {200.0, 100.0}, {200.0, 180.0}, {100.0, 180.0}};
    Finding finding;
    finding.label = schema.findingLabels.first().code;
    finding.geometry = contour;
    QVERIFY(screen->document()->addFinding(finding).ok());
    QCOMPARE(screen->panel()->findingRowCount(), 1);
    const double mm2 = 100.0 * 80.0 * screen->volume()->geometry.spacing[0] * screen->volume()->geometry.spacing[1];
    QVERIFY2(screen->panel()->findingRowText(0).contains(QLocale().toString(mm2, 'f', 1)), qPrintable(screen->panel()->findingRowText(0)));
    QVERIFY(screen->panel()->findingRowText(0).contains(QStringLiteral("| 2 |"))); // slice k = 1, shown 1-based

    QTest::qWait(100);
    const QImage shot = window->grab().toImage();
    QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("etalon-reading-ct.png"))));
}

void TestReadingScreen::previousAndNextStudy()
{
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    const auto worklist = Readings::worklist(*m_fx.ws, m_fx.user(QStringLiteral("r1")));
    QVERIFY(worklist.ok() && worklist->size() == 5);
    const qint64 first = worklist->at(0).readingId, second = worklist->at(1).readingId;
    QVERIFY(window->openReading(first));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QVERIFY(!screen->panel()->previousAction()->isEnabled());
    QVERIFY(screen->panel()->nextAction()->isEnabled());
    QTest::keyClick(screen, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(screen->readingId(), second);
    QCOMPARE(screen->item().studyInstanceUid, worklist->at(1).studyInstanceUid);
    waitLoaded(*window);
    QVERIFY(screen->panel()->previousAction()->isEnabled());
    QTest::keyClick(screen, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(screen->readingId(), first);
    waitLoaded(*window);
    // The buttons do the same.
    screen->panel()->nextAction()->trigger();
    QCOMPARE(screen->readingId(), second);
    waitLoaded(*window);
}

void TestReadingScreen::submitRefusesWithoutClassThenLocks()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), ctCode, m_dxStudy);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    // DX: one view.
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Single);
    QCOMPARE(screen->singleView()->volume()->modality, QStringLiteral("DX"));
    const auto state = [&] { return Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->state; };

    // No class yet: refused, with the reason, nothing stored.
    QString refusal;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        refusal = box->text();
        box->close();
    });
    screen->findChild<QPushButton *>(QStringLiteral("submitReading"))->click();
    QVERIFY2(!refusal.isEmpty(), "no message box");
    QVERIFY2(refusal.contains(screen->document()->missingAnswers().isEmpty() ? QStringLiteral("?") : screen->document()->missingAnswers().first()),
             qPrintable(refusal));
    QVERIFY(screen->panel()->message().contains(screen->document()->missingAnswers().first()));
    QCOMPARE(state(), ReadingState::InProgress);

    // With a class: asks to confirm; Cancel keeps it open, Yes submits.
    screen->singleView()->setFocus();
    QTest::keyClick(screen->singleView(), Qt::Key_1);
    QVERIFY(screen->document()->missingAnswers().isEmpty());
    for (const auto button : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QString question;
        QTimer::singleShot(0, this, [&, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(button)->click();
        });
        screen->findChild<QPushButton *>(QStringLiteral("submitReading"))->click();
        QVERIFY(!question.isEmpty());
        QCOMPARE(state(), button == QMessageBox::Yes ? ReadingState::Submitted : ReadingState::InProgress);
    }

    // Read-only now: banner, drawing tools and classes disabled, keys change nothing.
    QVERIFY(screen->panel()->isReadOnlyBannerShown());
    QVERIFY(!screen->panel()->toolAction(viewer::AnnotationTool::Polygon)->isEnabled());
    QVERIFY(!screen->panel()->toolAction(viewer::AnnotationTool::Brush)->isEnabled());
    QVERIFY(!screen->panel()->classButtons().first()->isEnabled());
    QTest::keyClick(screen->singleView(), Qt::Key_3);
    QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->studyClass, std::optional<QString>(QStringLiteral("CT0")));

    // Reopened from the worklist: still read-only.
    window->closeReading();
    QVERIFY(!window->readingScreen());
    QVERIFY(window->openReading(readingId));
    screen = waitLoaded(*window);
    QVERIFY(screen->document()->isReadOnly());
    QVERIFY(screen->panel()->isReadOnlyBannerShown());
    QVERIFY(!screen->panel()->toolAction(viewer::AnnotationTool::Freehand)->isEnabled());
    QVERIFY(!screen->panel()->submitAction()->isEnabled());
}

void TestReadingScreen::restartShowsStoredAnswers()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), ctCode, m_ctStudy);
    for (int round = 0; round < 2; ++round) {
        // A new main window on the same workspace file each round ("restart").
        auto window = signIn(QStringLiteral("r1"));
        QVERIFY(window);
        QVERIFY(window->openReading(readingId));
        app::ReadingScreen *screen = waitLoaded(*window);
        QVERIFY(screen);
        const QList<QAbstractButton *> buttons = screen->panel()->classButtons();
        QVERIFY(buttons.at(1)->isChecked());
        QCOMPARE(screen->panel()->findingRowCount(), 1);
        QVERIFY(screen->panel()->findingRowText(0).startsWith(QStringLiteral("Contour")));
        QCOMPARE(screen->panel()->findChild<QPlainTextEdit *>(QStringLiteral("comment"))->toPlainText(), QStringLiteral("4 nodules"));
        QVERIFY(!screen->document()->isReadOnly());
        // Undo history starts empty in a new session: nothing to undo yet.
        QVERIFY(!screen->panel()->undoAction()->isEnabled());
    }
}

void TestReadingScreen::shortcutsHelpListsEveryKey()
{
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(m_fx.readingOf(QStringLiteral("r1"), ctCode, m_ctStudy)));
    app::ReadingScreen *screen = waitLoaded(*window);
    const auto list = screen->panel()->shortcutList();
    QStringList keys;
    for (const auto &entry : list)
        keys << entry.first;
    const QString all = keys.join(QLatin1Char(' '));
    for (auto tool : {viewer::AnnotationTool::Navigate, viewer::AnnotationTool::Select, viewer::AnnotationTool::Polygon,
                      viewer::AnnotationTool::Brush, viewer::AnnotationTool::RegionGrow})
        QVERIFY2(keys.contains(viewer::AnnotationController::shortcut(tool)), qPrintable(all));
    for (const QString &key : {QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("F1")})
        QVERIFY2(keys.contains(key), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Ctrl+Z")) && all.contains(QStringLiteral("Ctrl+Y")) && all.contains(QStringLiteral("Alt+Right")));
    int rows = 0;
    QTimer::singleShot(0, this, [&] {
        if (auto *dialog = qobject_cast<app::ShortcutsDialog *>(QApplication::activeModalWidget())) {
            rows = dialog->rowCount();
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("etalon-reading-keys.png")));
            dialog->reject();
        }
    });
    QTest::keyClick(screen, Qt::Key_F1);
    QCOMPARE(rows, int(list.size()));
}

void TestReadingScreen::mammographyFramesHangFourMirroredViews()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), mgCode, m_mgFramesStudy);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QVERIFY2(screen->loadError().isEmpty(), qPrintable(screen->loadError()));
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Mammography);
    QTest::qWait(100);
    for (int place = 0; place < 4; ++place) {
        const auto where = app::mammoViewAt(place);
        viewer::SliceView *view = screen->mammoView(where);
        QVERIFY(view);
        // All four are frames of the data unit: each annotates, fixed on its image.
        QVERIFY(screen->isMammoViewAnnotated(where));
        QCOMPARE(view->volume()->voxels, screen->volume()->voxels);
        const auto slot = screen->mammoLayout()[std::size_t(place)];
        QVERIFY(slot);
        QCOMPARE(QStringLiteral("%1 %2").arg(slot->laterality, slot->viewPosition), app::mammoViewName(where));
        QCOMPARE(view->sliceIndex(), slot->frame);
        // Breasts face each other: R views have the chest wall (bright) at the right, L views at the left.
        const auto [left, right] = edgeBrightness(view->grabFramebuffer());
        const bool rightBreast = place == 0 || place == 2;
        QVERIFY2(rightBreast ? right > left + 20 : left > right + 20,
                 qPrintable(QStringLiteral("%1: left %2 right %3").arg(app::mammoViewName(where)).arg(left).arg(right)));
        // The edge letters name the frame's own orientation: posterior (the chest wall) in the middle.
        if (!slot->patientOrientation.isEmpty()) {
            const auto letters = view->edgeLetters();
            QCOMPARE(rightBreast ? letters[1] : letters[0], QStringLiteral("P"));
        }
    }
    // Scrolling does not leave the image.
    viewer::SliceView *rcc = screen->mammoView(app::MammoView::RightCC);
    const int frame = rcc->sliceIndex();
    QTest::keyClick(rcc, Qt::Key_Down);
    QTest::keyClick(rcc, Qt::Key_End);
    QCOMPARE(rcc->sliceIndex(), frame);
    // One window for all four.
    rcc->setWindow(core::WindowLevel{1234.0, 567.0});
    for (int place = 0; place < 4; ++place) {
        const core::WindowLevel w = screen->mammoView(app::mammoViewAt(place))->window();
        QCOMPARE(w.center, 1234.0);
        QCOMPARE(w.width, 567.0);
    }
    rcc->setWindow(core::WindowLevel{1500.0, 3000.0});
    QTest::qWait(100);
    QVERIFY(window->grab().save(QDir::temp().filePath(QStringLiteral("etalon-reading-mg.png"))));
}

void TestReadingScreen::mammographySeparateSeriesCompareReadOnly()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), mgCode, m_mgSeriesStudy);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Mammography);
    // The data unit is the study's first image series (series number 1: R CC); the other
    // three series are shown for comparison without annotation.
    int annotated = 0;
    for (int place = 0; place < 4; ++place) {
        const auto where = app::mammoViewAt(place);
        QVERIFY(screen->mammoView(where));
        annotated += screen->isMammoViewAnnotated(where) ? 1 : 0;
    }
    QCOMPARE(annotated, 1);
    QVERIFY(screen->isMammoViewAnnotated(app::MammoView::RightCC));
    QVERIFY(screen->mammoView(app::MammoView::LeftMlo)->volume() != screen->volume());
    // The mirroring follows the same rule on separate series.
    QTest::qWait(100);
    const auto [left, right] = edgeBrightness(screen->mammoView(app::MammoView::LeftCC)->grabFramebuffer());
    QVERIFY2(left > right + 20, qPrintable(QStringLiteral("L CC: left %1 right %2").arg(left).arg(right)));
    QVERIFY(window->grab().save(QDir::temp().filePath(QStringLiteral("etalon-reading-mg-series.png"))));
}

void TestReadingScreen::findingClickSelectsAndEditsAttributes()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), mgCode, m_mgFramesStudy);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    // BI-RADS: findings need a laterality (left / right), chosen in the attribute editor.
    BoxGeometry box;
    box.i0 = 19.5;
    box.i1 = 59.5;
    box.j0 = 29.5;
    box.j1 = 49.5;
    box.k0 = box.k1 = 2;
    Finding finding;
    finding.label = QStringLiteral("MASS");
    finding.geometry = box;
    const auto key = screen->document()->addFinding(finding);
    QVERIFY(key.ok());
    QCOMPARE(screen->panel()->findingRowCount(), 1);
    // 40 x 20 pixels of 0.1 mm, on the third image.
    QVERIFY2(screen->panel()->findingRowText(0).contains(QStringLiteral("| 3 |")), qPrintable(screen->panel()->findingRowText(0)));
    QVERIFY2(screen->panel()->findingRowText(0).contains(QLocale().toString(4.0, 'f', 1) + QStringLiteral(" × ") + QLocale().toString(2.0, 'f', 1)),
             qPrintable(screen->panel()->findingRowText(0)));
    QVERIFY(!screen->document()->missingAnswers().isEmpty());

    auto *table = screen->panel()->findChild<QTableWidget *>(QStringLiteral("findings"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 0)).center());
    QCOMPARE(screen->controller()->selectedFinding(), std::optional<int>(*key));
    auto *laterality = screen->panel()->findChild<QComboBox *>(QStringLiteral("attribute_laterality"));
    QVERIFY(laterality);
    const int left = laterality->findData(QStringLiteral("left"));
    QVERIFY(left > 0);
    laterality->setCurrentIndex(left);
    emit laterality->activated(left);
    const auto stored = Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId);
    QVERIFY(stored.ok() && stored->findings.size() == 1);
    QCOMPARE(stored->findings.front().attributes.value(QStringLiteral("laterality")).toString(), QStringLiteral("left"));
    QVERIFY(screen->panel()->findingRowText(0).contains(QStringLiteral("left")));
    // One undo step.
    screen->panel()->undoAction()->trigger();
    QVERIFY(Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r1")), readingId)->findings.front().attributes.isEmpty());
}

void TestReadingScreen::interpolateSlicesFillsTheSliceBetween()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r2"), ctCode, m_ctStudy);
    auto window = signIn(QStringLiteral("r2"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->activeNormalAxis(), 2); // the axial view of an axial series
    // The same disc painted on the first and the last of the three slices.
    auto *document = screen->document();
    const auto size = document->imageSize();
    std::vector<qint64> voxels;
    qint64 perSlice = 0;
    for (int j = 0; j < size[1]; ++j)
        for (int i = 0; i < size[0]; ++i)
            if ((i - 256) * (i - 256) + (j - 256) * (j - 256) <= 40 * 40) {
                for (int k : {0, 2})
                    voxels.push_back(i + qint64(size[0]) * (j + qint64(size[1]) * k));
                ++perSlice;
            }
    QVERIFY(document->paint(voxels, 1, QStringLiteral("two discs")).ok());
    const auto onSlice = [&](int k) {
        qint64 n = 0;
        const auto &labels = document->mask()->labels;
        for (qint64 v = qint64(k) * size[0] * size[1]; v < qint64(k + 1) * size[0] * size[1]; ++v)
            n += labels[std::size_t(v)] == 1 ? 1 : 0;
        return n;
    };
    QCOMPARE(onSlice(1), qint64(0));
    screen->panel()->interpolateAction()->trigger();
    QVERIFY2(screen->panel()->message().contains(QStringLiteral("interpolated")), qPrintable(screen->panel()->message()));
    // The middle slice gets the same disc (within a ring of voxels), stored as one undo step.
    QVERIFY2(std::abs(onSlice(1) - perSlice) < perSlice / 10, qPrintable(QString::number(onSlice(1))));
    const auto stored = Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("r2")), readingId);
    QVERIFY(stored.ok() && stored->findings.size() == 1);
    const auto &mask = std::get<MaskGeometry>(stored->findings.front().geometry);
    QCOMPARE(mask.labels, document->mask()->labels);
    QVERIFY(screen->panel()->findingRowText(0).startsWith(QStringLiteral("Mask")));
    screen->panel()->undoAction()->trigger();
    QCOMPARE(onSlice(1), qint64(0));
}

void TestReadingScreen::missingFilesNameTheStudy()
{
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r1"), ctCode, m_goneStudy);
    auto window = signIn(QStringLiteral("r1"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::None);
    QVERIFY2(screen->loadError().contains(m_goneStudy), qPrintable(screen->loadError()));
    QVERIFY(screen->findChild<QLabel *>(QStringLiteral("readingPlaceholder"))->text().contains(m_goneStudy));
    // The reading itself stays usable: the class can still be given.
    QVERIFY(screen->document() && !screen->document()->isReadOnly());
}

void TestReadingScreen::viewMenuActsOnTheReadingScreen()
{
    // The main window's View menu (layout, window presets, reset) applies to what is
    // shown: the reading screen's views while reading, the browser's viewer otherwise.
    auto window = signIn(QStringLiteral("r2"));
    QVERIFY(window);
    auto *oneUp = window->findChild<QAction *>(QStringLiteral("viewOneUp"));
    auto *threeUp = window->findChild<QAction *>(QStringLiteral("viewThreeUp"));
    QVERIFY(oneUp && threeUp);
    int lungIndex = -1;
    for (int i = 0; i < core::windowPresets().size(); ++i)
        if (core::windowPresets().at(i).preset == core::WindowPreset::Lung)
            lungIndex = i;
    QVERIFY(lungIndex >= 0);
    auto *lung = window->findChild<QAction *>(QStringLiteral("viewPreset%1").arg(lungIndex));
    QVERIFY(lung);
    const core::WindowLevel lungWindow = core::windowPresets().at(lungIndex).window;

    QVERIFY(window->openReading(m_fx.readingOf(QStringLiteral("r2"), ctCode, m_ctStudy)));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Mpr);
    QVERIFY(oneUp->isEnabled());
    oneUp->trigger();
    QCOMPARE(screen->mprView()->layout(), viewer::MprView::Layout::OneUp);
    QCOMPARE(window->viewer()->layout(), viewer::MprView::Layout::ThreeUp);
    QVERIFY(oneUp->isChecked());
    threeUp->trigger();
    QCOMPARE(screen->mprView()->layout(), viewer::MprView::Layout::ThreeUp);
    lung->trigger();
    const core::WindowLevel shown = screen->mprView()->activeView()->window();
    QCOMPARE(shown.center, lungWindow.center);
    QCOMPARE(shown.width, lungWindow.width);

    // One view (DX): no layout to choose; the preset still reaches the view.
    QVERIFY(window->openReading(m_fx.readingOf(QStringLiteral("r2"), ctCode, m_dxStudy)));
    screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Single);
    QVERIFY(!oneUp->isEnabled());
    lung->trigger();
    QCOMPARE(screen->singleView()->window().width, lungWindow.width);

    // Back at the browser: the actions drive its viewer again.
    window->closeReading();
    QVERIFY(!window->readingScreen());
    QVERIFY(oneUp->isEnabled());
    oneUp->trigger();
    QCOMPARE(window->viewer()->layout(), viewer::MprView::Layout::OneUp);
    threeUp->trigger();
    QCOMPARE(window->viewer()->layout(), viewer::MprView::Layout::ThreeUp);
}

void TestReadingScreen::maskRowCountsFollowStrokesAndUndo()
{
    // The findings list counts the mask's voxels per label (kept per slice and recounted
    // only where a stroke changed them): after strokes on different slices, an erase, undo
    // and redo, the row shows what the mask holds.
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r2"), ctCode, m_ctStudy);
    auto window = signIn(QStringLiteral("r2"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    auto *document = screen->document();
    const auto size = document->imageSize();
    const auto maskRow = [&] {
        for (int row = 0; row < screen->panel()->findingRowCount(); ++row)
            if (screen->panel()->findingRowText(row).startsWith(QStringLiteral("Mask")))
                return screen->panel()->findingRowText(row);
        return QString();
    };
    const auto check = [&](const char *step) {
        std::array<qint64, 256> counts{};
        int first = -1, last = -1;
        const auto &labels = document->mask()->labels;
        for (std::size_t n = 0; n < labels.size(); ++n)
            if (labels[n]) {
                ++counts[labels[n]];
                const int k = int(qint64(n) / (qint64(size[0]) * size[1]));
                first = first < 0 ? k : first;
                last = k;
            }
        qint64 total = 0;
        const QString row = maskRow();
        for (int v = 1; v < 256; ++v) {
            total += counts[std::size_t(v)];
            if (counts[std::size_t(v)])
                QVERIFY2(row.contains(QStringLiteral(" %1,").arg(counts[std::size_t(v)])) || row.contains(QStringLiteral(" %1 |").arg(counts[std::size_t(v)])),
                         qPrintable(QStringLiteral("%1: label %2 x %3 in %4").arg(QLatin1String(step)).arg(v).arg(counts[std::size_t(v)]).arg(row)));
        }
        QVERIFY2(row.contains(QStringLiteral("| %1 voxel").arg(total)), qPrintable(QStringLiteral("%1: %2 in %3").arg(QLatin1String(step)).arg(total).arg(row)));
        const QString slices = first == last ? QString::number(first + 1) : QStringLiteral("%1–%2").arg(first + 1).arg(last + 1);
        QVERIFY2(row.contains(QStringLiteral("| %1 |").arg(slices)), qPrintable(QStringLiteral("%1: slices %2 in %3").arg(QLatin1String(step), slices, row)));
    };
    const auto square = [&](int k, int i0, int j0, int side) {
        std::vector<qint64> voxels;
        for (int j = j0; j < j0 + side; ++j)
            for (int i = i0; i < i0 + side; ++i)
                voxels.push_back(i + qint64(size[0]) * (j + qint64(size[1]) * k));
        return voxels;
    };
    // Label 2 on the middle slice only, then label 1 over part of it on the first slice.
    QVERIFY(document->paint(square(1, 100, 100, 30), 2, QStringLiteral("square")).ok());
    QVERIFY(document->mask());
    check("label 2 on slice 2");
    QVERIFY(document->paint(square(0, 90, 90, 20), 1, QStringLiteral("square")).ok());
    check("label 1 on slice 1");
    // A stroke in steps, as the brush does, then an erase on the middle slice.
    QVERIFY(document->beginStroke(2).ok());
    document->strokeVoxels(square(2, 300, 300, 10));
    document->strokeVoxels(square(2, 305, 305, 10));
    QVERIFY(document->endStroke().ok());
    check("stroke on slice 3");
    QVERIFY(document->paint(square(1, 110, 110, 5), 0, QStringLiteral("erase")).ok());
    check("erase");
    for (int n = 0; n < 3; ++n) {
        document->undoStack()->undo();
        check("undo");
    }
    document->undoStack()->redo();
    check("redo");
    // The list waits for the last change before counting: the timer's count agrees too.
    QTest::qWait(400);
    check("after the timer");
}

void TestReadingScreen::ctFindingsShowInEveryPlane()
{
    // A box, a contour and a mask with two labels on a SYNTHETIC CT phantom in the MPR
    // three-up layout: the box and the mask show where they are in the coronal and sagittal
    // views too, in the schema's colours (the picture is docs/reading-screen.png).
    QString phantom;
    for (const QString &uid : std::as_const(m_fx.studyUids))
        if (store::Catalog(*m_fx.ws).studyByUid(uid)->patientId == QLatin1String("SYNTHETIC-CT"))
            phantom = uid;
    QVERIFY(!phantom.isEmpty());
    const QString code = QStringLiteral("DS_CT-I_CT_PHANTOM");
    QVERIFY(m_fx.dataset(code, QStringLiteral("custom-chest-xray"), {phantom}).ok());
    AssignOptions options;
    options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, code, options).ok());
    const qint64 readingId = m_fx.readingOf(QStringLiteral("r2"), code, phantom);
    auto window = signIn(QStringLiteral("r2"));
    QVERIFY(window);
    QVERIFY(window->openReading(readingId));
    app::ReadingScreen *screen = waitLoaded(*window);
    QVERIFY(screen);
    QCOMPARE(screen->hanging(), app::ReadingScreen::Hanging::Mpr);
    auto *document = screen->document();
    const auto size = document->imageSize();
    QCOMPARE(size, (std::array<int, 3>{256, 256, 100}));
    const LabelSchema &schema = document->schema();

    // The box (PNEUMOTHORAX) through slices 40-60 around a painted INFILTRATE blob; a NODULE
    // ball; an EFFUSION contour on slice 50.
    BoxGeometry box;
    box.i0 = 153.5;
    box.i1 = 195.5;
    box.j0 = 103.5;
    box.j1 = 147.5;
    box.k0 = 40;
    box.k1 = 60;
    Finding boxFinding;
    boxFinding.label = QStringLiteral("PNEUMOTHORAX");
    boxFinding.geometry = box;
    const auto boxKey = document->addFinding(boxFinding);
    QVERIFY(boxKey.ok());
    ContourGeometry contour;
    contour.slices[50] = {{56.0, 142.0}, {104.0, 138.0}, {112.0, 160.0}, {84.0, 172.0}, {52.0, 164.0}};
    Finding contourFinding;
    contourFinding.label = QStringLiteral("EFFUSION");
    contourFinding.geometry = contour;
    QVERIFY(document->addFinding(contourFinding).ok());
    const auto ball = [&](double ci, double cj, double ck, double r, double rk) {
        std::vector<qint64> voxels;
        for (int k = 0; k < size[2]; ++k)
            for (int j = 0; j < size[1]; ++j)
                for (int i = 0; i < size[0]; ++i)
                    if ((i - ci) * (i - ci) / (r * r) + (j - cj) * (j - cj) / (r * r) + (k - ck) * (k - ck) / (rk * rk) <= 1.0)
                        voxels.push_back(i + qint64(size[0]) * (j + qint64(size[1]) * k));
        return voxels;
    };
    QVERIFY(document->paint(ball(174, 125, 50, 15, 8), 4, QStringLiteral("infiltrate")).ok());
    QVERIFY(document->paint(ball(92, 125, 50, 8, 4), 1, QStringLiteral("nodule")).ok());
    QCOMPARE(schema.findingLabels.at(0).code, QStringLiteral("NODULE"));
    QCOMPARE(schema.findingLabels.at(3).code, QStringLiteral("INFILTRATE"));

    viewer::MprView *mpr = screen->mprView();
    const Vec3 centre{174, 125, 50};
    mpr->setCrosshair(screen->volume()->geometry.indexToPatient(centre));
    screen->controller()->setSelectedFinding(*boxKey);
    screen->controller()->setTool(viewer::AnnotationTool::Select);
    QTest::keyClick(mpr->activeView(), Qt::Key_1);
    for (viewer::SliceOrientation o : {viewer::SliceOrientation::Axial, viewer::SliceOrientation::Coronal, viewer::SliceOrientation::Sagittal})
        mpr->view(o)->renderNow();
    QTest::qWait(100);

    viewer::SliceView *coronal = mpr->view(viewer::SliceOrientation::Coronal);
    viewer::SliceView *sagittal = mpr->view(viewer::SliceOrientation::Sagittal);
    QCOMPARE(coronal->sliceIndex(), 125);
    QCOMPARE(sagittal->sliceIndex(), 174);
    const QImage shot = window->grab().toImage();
    QVERIFY(shot.save(QDir::temp().filePath(QStringLiteral("etalon-reading-ct-findings.png"))));
    const qreal dpr = shot.devicePixelRatio();
    const auto pixel = [&](viewer::SliceView *view, const Vec3 &index) {
        const QPointF p = (view->widgetPositionOfIndex(index) + QPointF(view->mapTo(window.get(), QPoint(0, 0)))) * dpr;
        return QColor(shot.pixel(int(p.x()), int(p.y())));
    };
    const auto colourNear = [&](viewer::SliceView *view, const Vec3 &index, const QColor &colour) {
        const QPointF p = (view->widgetPositionOfIndex(index) + QPointF(view->mapTo(window.get(), QPoint(0, 0)))) * dpr;
        for (int dy = -2; dy <= 2; ++dy)
            for (int dx = -2; dx <= 2; ++dx)
                if (QColor(shot.pixel(int(p.x()) + dx, int(p.y()) + dy)).rgb() == colour.rgb())
                    return true;
        return false;
    };
    const QColor boxColour(schema.findingLabels.at(1).colour);
    for (viewer::SliceView *view : {coronal, sagittal}) {
        const QString name = view == coronal ? QStringLiteral("coronal") : QStringLiteral("sagittal");
        // The box's edges across the slices (k0 - 0.5 is its top edge in both views).
        // (k = 44: away from the selected box's middle handles)
        const Vec3 side = view == coronal ? Vec3{box.i0, 125, 44} : Vec3{174, box.j0, 44};
        QVERIFY2(colourNear(view, side, boxColour), qPrintable(name + QStringLiteral(": box side")));
        const Vec3 top = view == coronal ? Vec3{160, 125, box.k0 - 0.5} : Vec3{174, 110, box.k0 - 0.5};
        QVERIFY2(colourNear(view, top, boxColour), qPrintable(name + QStringLiteral(": box top")));
        QVERIFY2(!colourNear(view, {top[0], top[1], box.k0 - 6.0}, boxColour), qPrintable(name + QStringLiteral(": nothing above the box")));
        // The INFILTRATE blob (pink over grey) at its centre, not outside the box.
        const QColor inside = pixel(view, centre);
        QVERIFY2(inside.red() > inside.green() + 40, qPrintable(name + QStringLiteral(": mask ") + inside.name()));
        const QColor outside = pixel(view, view == coronal ? Vec3{180, 125, 30} : Vec3{174, 131, 30}); // off the cross-hair
        QVERIFY2(std::abs(outside.red() - outside.green()) < 10, qPrintable(name + QStringLiteral(": no mask ") + outside.name()));
    }
    // The NODULE ball (orange) in the coronal view, where the sagittal plane does not pass.
    const QColor nodule = pixel(coronal, {92, 125, 50});
    QVERIFY2(nodule.red() > nodule.blue() + 40, qPrintable(nodule.name()));
    // The contour lies on axial slice 50 only.
    QVERIFY(colourNear(mpr->view(viewer::SliceOrientation::Axial), {80.0, 139.0, 50}, QColor(schema.findingLabels.at(2).colour))
            || colourNear(mpr->view(viewer::SliceOrientation::Axial), {80.0, 140.0, 50}, QColor(schema.findingLabels.at(2).colour)));
}

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestReadingScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readingscreen.moc"
