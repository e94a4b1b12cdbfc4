// The expert's arbitration screen on a real workspace: real DICOM studies read by two
// readers who disagree (classes, boxes, masks), the disputes assigned to an expert, who
// opens them, switches side by side / overlay / mask difference (overlay pixels checked in
// the grabbed views), jumps to a finding from the pairs table, and takes each decision
// (accept A, accept B, own reading from the STAPLE candidate, own reading started from A in
// the GUI, exclude with a reason), each after a confirmation whose Cancel changes nothing,
// checked in the store. The pairs table shows Dice and HD95 per mask label (checked against
// MaskMetrics on the stored masks); the main window's View menu drives the screen's views.
// An expert who read a study is refused with core's message.
#include "app/gui/ArbitrationScreen.h"
#include "app/gui/DatasetPanel.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReadingPanel.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/imaging/Consensus.h"
#include "core/imaging/MaskMetrics.h"
#include "core/workflow/Verification.h"
#include "tests/core/ReadingFixture.h"
#include "viewer/MprView.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

using namespace etalon;
using namespace readingtest;

namespace {

const QString code = QStringLiteral("DS_ARB-I_MR_TEST");
const QString dicomRoot = QStringLiteral("/work/shared/data/dicom/");
const QString pydicomFiles = QStringLiteral("/usr/lib/python3/dist-packages/pydicom/data/test_files/");

bool isOrange(QRgb c)
{
    return qRed(c) > qBlue(c) + 60 && qRed(c) > qGreen(c) + 15;
}
bool isCyan(QRgb c)
{
    return qBlue(c) > qRed(c) + 60 && qGreen(c) > qRed(c) + 30;
}
bool isGreen(QRgb c)
{
    return qGreen(c) > qRed(c) + 40 && qGreen(c) > qBlue(c) + 40;
}

/// Whether a pixel within \a radius device pixels of \a pos passes \a test.
template <typename Test>
bool anyNear(const QImage &image, QPointF pos, int radius, Test test)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p(int(pos.x()) + dx, int(pos.y()) + dy);
            if (image.rect().contains(p) && test(image.pixel(p)))
                return true;
        }
    return false;
}

/// Answers the next modal message box with \a button, once it is up (polled, so a click
/// that shows no box leaves the timer running out after 5 s and the caller sees no text).
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *timer = new QTimer;
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box && elapsed->elapsed() < 5000)
            return;
        timer->stop();
        timer->deleteLater();
        delete elapsed;
        if (!box)
            return;
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
    timer->start(50);
}

bool sameGeometry(const Finding &a, const Finding &b)
{
    if (a.geometry.index() != b.geometry.index() || a.label != b.label)
        return false;
    if (const auto *x = std::get_if<BoxGeometry>(&a.geometry)) {
        const auto &y = std::get<BoxGeometry>(b.geometry);
        return x->i0 == y.i0 && x->i1 == y.i1 && x->j0 == y.j0 && x->j1 == y.j1 && x->k0 == y.k0 && x->k1 == y.k1;
    }
    if (const auto *x = std::get_if<PointGeometry>(&a.geometry))
        return x->index == std::get<PointGeometry>(b.geometry).index;
    if (const auto *x = std::get_if<MaskGeometry>(&a.geometry))
        return x->size == std::get<MaskGeometry>(b.geometry).size && x->labels == std::get<MaskGeometry>(b.geometry).labels;
    return false;
}

} // namespace

class TestArbitrationScreen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void coordinatorLooksWithoutDeciding();
    void showsBothReadingsSideBySideOverlaidAndAsDifference();
    void pairsRowMovesTheViewsToTheFinding();
    void acceptA();
    void acceptB();
    void ownReadingFromTheStapleCandidate();
    void excludeWithAReason();
    void expertWhoReadTheStudyIsRefused();
    void ownReadingFromAThroughTheGui();
    void disputesTabOpensTheArbitrationScreen();
    void viewMenuActsOnTheArbitrationScreen();

private:
    QString importStudy(const QString &path);
    bool read(const QString &login, const QString &datasetCode, const QString &study, const QString &cls, int shift);
    app::ArbitrationScreen *open(const QString &study, const QString &login = QStringLiteral("e1"));
    qint64 disputeOf(const QString &study) const { return m_disputes.value(study); }
    QString finalRow(qint64 disputeId, const char *column);

    Fixture m_fx;
    QTemporaryDir m_copies;
    QString m_mr, m_ct, m_dx, m_ctSmall, m_mrSmall;
    QMap<QString, qint64> m_disputes;
    std::unique_ptr<app::ArbitrationScreen> m_screen;
};

QString TestArbitrationScreen::importStudy(const QString &path)
{
    QStringList before = m_fx.studyUids;
    core::dicom::Indexer indexer(*m_fx.ws);
    if (!indexer.importPaths({path}, {}))
        return {};
    const auto studies = core::store::Catalog(*m_fx.ws).studies();
    for (const auto &s : *studies)
        if (!before.contains(s.studyInstanceUid)) {
            m_fx.studyUids.append(s.studyInstanceUid);
            return s.studyInstanceUid;
        }
    return {};
}

/// One reader reads: class \a cls, a NODULE box and (on volumes of several slices) an
/// INFILTRATE mask ball, both \a shift voxels right of the other reader's; the reading
/// with shift > 0 also marks an extra point nobody else marked.
bool TestArbitrationScreen::read(const QString &login, const QString &datasetCode, const QString &study, const QString &cls, int shift)
{
    const qint64 id = m_fx.readingOf(login, datasetCode, study);
    auto doc = core::annotation::AnnotationDocument::open(*m_fx.ws, m_fx.user(login), id);
    if (!doc)
        return m_fx.fail(doc.error().message);
    auto &d = **doc;
    const auto size = d.imageSize();
    if (!d.setStudyClass(cls))
        return m_fx.fail(QStringLiteral("class"));
    const int k = size[2] / 2;
    BoxGeometry box;
    box.i0 = size[0] * 0.25 + shift - 0.5;
    box.i1 = size[0] * 0.45 + shift - 0.5;
    box.j0 = size[1] * 0.25 - 0.5;
    box.j1 = size[1] * 0.45 - 0.5;
    box.k0 = k;
    box.k1 = k;
    Finding f;
    f.label = QStringLiteral("NODULE");
    f.geometry = box;
    if (const auto added = d.addFinding(f); !added)
        return m_fx.fail(added.error().message);
    if (shift > 0) {
        Finding point;
        point.label = QStringLiteral("EFFUSION");
        point.geometry = PointGeometry{{size[0] * 0.8, size[1] * 0.8, double(k)}, 4.0};
        if (const auto added = d.addFinding(point); !added)
            return m_fx.fail(added.error().message);
    }
    if (size[2] > 1) {
        std::vector<qint64> voxels;
        const double ci = size[0] * 0.6 + shift, cj = size[1] * 0.6, r = size[0] * 0.08;
        for (int kk = std::max(0, k - 2); kk <= std::min(size[2] - 1, k + 2); ++kk)
            for (int j = 0; j < size[1]; ++j)
                for (int i = 0; i < size[0]; ++i)
                    if ((i - ci) * (i - ci) + (j - cj) * (j - cj) <= r * r)
                        voxels.push_back(i + qint64(size[0]) * (j + qint64(size[1]) * kk));
        if (const auto painted = d.paint(voxels, 4, QStringLiteral("infiltrate")); !painted)
            return m_fx.fail(painted.error().message);
    }
    if (const auto submitted = d.submit(); !submitted)
        return m_fx.fail(submitted.error().message);
    return true;
}

void TestArbitrationScreen::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EtalonTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_arbitrationscreen"));
    QVERIFY2(m_fx.setUp(2, 3, {dicomRoot + QStringLiteral("mr-series-20")}), qPrintable(m_fx.error));
    m_mr = m_fx.studyUids.value(0);
    // Copies of single files in folders of their own (the test data stays untouched).
    for (const QString &file : {QStringLiteral("CT_small.dcm"), QStringLiteral("MR_small.dcm")}) {
        const QString dir = m_copies.filePath(file.section(QLatin1Char('.'), 0, 0));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::copy(pydicomFiles + file, dir + QLatin1Char('/') + file));
    }
    m_ct = importStudy(dicomRoot + QStringLiteral("ct-3slice"));
    m_dx = importStudy(dicomRoot + QStringLiteral("dx"));
    m_ctSmall = importStudy(m_copies.filePath(QStringLiteral("CT_small")));
    m_mrSmall = importStudy(m_copies.filePath(QStringLiteral("MR_small")));
    for (const QString &uid : {m_mr, m_ct, m_dx, m_ctSmall, m_mrSmall})
        QVERIFY(!uid.isEmpty());

    // Four studies read by r1 and r2, who disagree on every one.
    QVERIFY(m_fx.dataset(code, QStringLiteral("custom-chest-xray"), {m_mr, m_ct, m_dx, m_ctSmall}).ok());
    AssignOptions options;
    options.readerIds = {m_fx.ids.value(QStringLiteral("r1")), m_fx.ids.value(QStringLiteral("r2"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, code, options).ok());
    for (const QString &study : {m_mr, m_ct, m_dx, m_ctSmall}) {
        QVERIFY2(read(QStringLiteral("r1"), code, study, QStringLiteral("NORMAL"), 0), qPrintable(m_fx.error));
        QVERIFY2(read(QStringLiteral("r2"), code, study, QStringLiteral("ABNORMAL"), 6), qPrintable(m_fx.error));
    }
    const auto disputes = Verification::disputes(*m_fx.ws, *m_fx.admin, code);
    QVERIFY(disputes.ok());
    QCOMPARE(disputes->size(), 4);
    for (const DisputeItem &d : *disputes) {
        const auto assigned = Verification::assignExpert(*m_fx.ws, *m_fx.admin, d.disputeId, m_fx.ids.value(QStringLiteral("e1")));
        QVERIFY2(assigned.ok(), assigned.ok() ? "" : qPrintable(assigned.error().message));
        m_disputes.insert(d.studyInstanceUid, d.disputeId);
    }

    // A fifth study read by the expert e1 (and r1): its dispute goes to a more qualified expert.
    const QString code2 = QStringLiteral("DS_ARB-I_MR_SELF");
    QVERIFY(m_fx.dataset(code2, QStringLiteral("custom-chest-xray"), {m_mrSmall}).ok());
    options.readerIds = {m_fx.ids.value(QStringLiteral("e1")), m_fx.ids.value(QStringLiteral("r1"))};
    QVERIFY(Readings::assign(*m_fx.ws, *m_fx.admin, code2, options).ok());
    QVERIFY2(read(QStringLiteral("e1"), code2, m_mrSmall, QStringLiteral("NORMAL"), 0), qPrintable(m_fx.error));
    QVERIFY2(read(QStringLiteral("r1"), code2, m_mrSmall, QStringLiteral("ABNORMAL"), 6), qPrintable(m_fx.error));
    const auto selfDisputes = Verification::disputes(*m_fx.ws, *m_fx.admin, code2);
    QVERIFY(selfDisputes.ok() && selfDisputes->size() == 1);
    m_disputes.insert(m_mrSmall, selfDisputes->first().disputeId);
}

app::ArbitrationScreen *TestArbitrationScreen::open(const QString &study, const QString &login)
{
    m_screen = std::make_unique<app::ArbitrationScreen>(*m_fx.ws, m_fx.user(login));
    m_screen->resize(1400, 800);
    m_screen->show();
    if (!QTest::qWaitForWindowExposed(m_screen.get()))
        return nullptr;
    if (!m_screen->openDispute(disputeOf(study)))
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (m_screen->isLoading() && timer.elapsed() < 30000)
        QTest::qWait(20);
    QTest::qWait(50);
    return m_screen->volume() ? m_screen.get() : nullptr;
}

QString TestArbitrationScreen::finalRow(qint64 disputeId, const char *column)
{
    QSqlQuery q(m_fx.ws->database());
    q.prepare(QStringLiteral("SELECT f.%1 FROM final_labels f JOIN disputes d ON d.dataset_study_ref = f.dataset_study_ref "
                             "WHERE d.id = ?")
                  .arg(QString::fromLatin1(column)));
    q.addBindValue(disputeId);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

void TestArbitrationScreen::coordinatorLooksWithoutDeciding()
{
    app::ArbitrationScreen screen(*m_fx.ws, *m_fx.admin);
    QVERIFY2(screen.openDispute(disputeOf(m_ct)), qPrintable(screen.lastError()));
    QCOMPARE(screen.arbitrationCase().readerBLogin, QStringLiteral("r2"));
    for (const char *name : {"acceptA", "acceptB", "acceptOwn", "exclude"})
        QVERIFY(!screen.findChild<QPushButton *>(QString::fromLatin1(name))->isEnabled());
    QVERIFY(!screen.decide(ArbitrationDecision::AcceptA).ok()); // core refuses
    QVERIFY(!Verification::arbitrationCase(*m_fx.ws, *m_fx.admin, disputeOf(m_ct))->decision);
}

void TestArbitrationScreen::showsBothReadingsSideBySideOverlaidAndAsDifference()
{
    app::ArbitrationScreen *screen = open(m_mr);
    QVERIFY2(screen, m_screen ? qPrintable(m_screen->lastError()) : "");
    const auto &c = screen->arbitrationCase();
    QCOMPARE(c.readerALogin, QStringLiteral("r1"));
    QCOMPARE(c.readerBLogin, QStringLiteral("r2"));
    QVERIFY(!c.reasons.isEmpty());
    QVERIFY(screen->findChild<QLabel *>(QStringLiteral("caseInfo"))->text().contains(c.reasons.first().message.toHtmlEscaped()));
    // Pairs: the two boxes and the two masks matched; B's extra point unmatched.
    // A mask pair has a row per label (here one: label 4), the box pair one row.
    QTableWidget *pairs = screen->pairsTable();
    QVERIFY(!c.pairs.isEmpty());
    QCOMPARE(c.maskLabels.size(), 1);
    QCOMPARE(pairs->rowCount(), int(c.pairs.size()) - 1 + int(c.maskLabels.size()) + 1);
    QVERIFY(pairs->item(pairs->rowCount() - 1, 0)->text().contains(QStringLiteral("unmatched")));
    // Dice and HD95 of the shifted balls, against MaskMetrics on the two stored masks.
    {
        const core::MaskGeometry &ma = *screen->documentA()->mask();
        const core::MaskGeometry &mb = *screen->documentB()->mask();
        const auto distances = core::imaging::MaskMetrics::surfaceDistances(ma, mb, screen->volume()->geometry.spacing, 4);
        const auto overlap = core::imaging::MaskMetrics::overlap(ma, mb, 4);
        QVERIFY(distances.ok() && distances->defined && overlap.ok());
        QVERIFY(distances->hd95Mm > 0.0);
        int maskRow = -1;
        for (int r = 0; r < pairs->rowCount(); ++r)
            if (pairs->item(r, 0)->text().contains(QStringLiteral("label 4")))
                maskRow = r;
        QVERIFY(maskRow >= 0);
        QVERIFY2(std::abs(pairs->item(maskRow, 4)->text().toDouble() - distances->hd95Mm) <= 0.0051,
                 qPrintable(QStringLiteral("%1 vs %2").arg(pairs->item(maskRow, 4)->text()).arg(distances->hd95Mm)));
        QVERIFY(std::abs(pairs->item(maskRow, 3)->text().toDouble() - overlap->dice) <= 0.0051);
        QVERIFY(c.maskLabels.first().hd95Mm);
        QVERIFY(std::abs(*c.maskLabels.first().hd95Mm - distances->hd95Mm) < 1e-3);
        // Computing every HD95 does not change what the case says: the same reasons as the
        // plain comparison (which computes HD95 only against a dataset threshold).
        const auto plain = Verification::comparePrimaryReadings(*m_fx.ws, c.dispute.datasetStudyId);
        QVERIFY(plain.ok());
        QCOMPARE(plain->agreed, c.agreed);
        QCOMPARE(plain->reasons.size(), c.reasons.size());
        for (int i = 0; i < c.reasons.size(); ++i) {
            QCOMPARE(plain->reasons.at(i).kind, c.reasons.at(i).kind);
            QCOMPARE(plain->reasons.at(i).message, c.reasons.at(i).message);
        }
    }

    const auto size = screen->documentA()->imageSize();
    const int k = size[2] / 2;
    const auto &geometry = screen->volume()->geometry;
    // Voxels: in A's mask only, in B's only, in both (A's ball at 0.6 * nx, B's 6 voxels right).
    const double r = size[0] * 0.08;
    const Vec3 aOnly{size[0] * 0.6 - r + 1.5, size[1] * 0.6, double(k)};
    const Vec3 bOnly{size[0] * 0.6 + 6 + r - 1.5, size[1] * 0.6, double(k)};
    const Vec3 both{size[0] * 0.6 + 3, size[1] * 0.6, double(k)};
    // The cross-hair (amber) away from every checked pixel's row and column.
    const Vec3 away{size[0] * 0.1, size[1] * 0.1, double(k)};
    const Vec3 boxEdgeA{size[0] * 0.25 - 0.5, size[1] * 0.35, double(k)};
    const Vec3 boxEdgeB{size[0] * 0.45 + 6 - 0.5, size[1] * 0.35, double(k)};
    const auto shot = [&](viewer::MprView *mpr) {
        viewer::SliceView *view = mpr->view(viewer::SliceOrientation::Axial);
        view->renderNow();
        QTest::qWait(30);
        return view->grabFramebuffer();
    };
    const auto at = [&](viewer::MprView *mpr, const Vec3 &index) {
        return mpr->view(viewer::SliceOrientation::Axial)->widgetPositionOfIndex(index) * mpr->devicePixelRatioF();
    };

    // Side by side, linked: a cross-hair move in A moves B to the same slice.
    screen->setMode(app::ArbitrationScreen::Mode::SideBySide);
    QVERIFY(screen->viewA()->isVisible() && screen->viewB()->isVisible());
    screen->viewA()->setCrosshair(geometry.indexToPatient(away));
    QCOMPARE(screen->viewA()->view(viewer::SliceOrientation::Axial)->sliceIndex(), k);
    QCOMPARE(screen->viewB()->view(viewer::SliceOrientation::Axial)->sliceIndex(), k);
    screen->viewB()->view(viewer::SliceOrientation::Axial)->setSliceIndex(k - 1);
    QCOMPARE(screen->viewA()->view(viewer::SliceOrientation::Axial)->sliceIndex(), k - 1);
    screen->viewA()->setCrosshair(geometry.indexToPatient(away));
    const core::WindowLevel initial = screen->viewA()->view(viewer::SliceOrientation::Axial)->window();
    const core::WindowLevel window{initial.center * 1.1, initial.width * 0.8};
    screen->viewA()->view(viewer::SliceOrientation::Axial)->setWindow(window);
    QCOMPARE(screen->viewB()->view(viewer::SliceOrientation::Axial)->window().width, window.width);
    QCOMPARE(screen->viewB()->view(viewer::SliceOrientation::Axial)->window().center, window.center);
    // Zoom and pan follow too.
    viewer::SliceView *axialA = screen->viewA()->view(viewer::SliceOrientation::Axial);
    viewer::SliceView *axialB = screen->viewB()->view(viewer::SliceOrientation::Axial);
    axialB->zoomBy(1.5, QPointF(axialB->width() * 0.6, axialB->height() * 0.6));
    axialB->panBy(QPointF(12, -7));
    QCOMPARE(axialA->zoom(), axialB->zoom());
    // The same point at the same place (the two views may differ by a pixel in width).
    const QPointF offset = axialA->widgetPositionOfIndex(both) - QPointF(axialA->width(), axialA->height()) / 2.0
                           - (axialB->widgetPositionOfIndex(both) - QPointF(axialB->width(), axialB->height()) / 2.0);
    QVERIFY2(offset.manhattanLength() < 0.01, qPrintable(QStringLiteral("%1 %2").arg(offset.x()).arg(offset.y())));
    axialA->resetView();
    QCOMPARE(axialA->zoom(), axialB->zoom());
    {
        const QImage a = shot(screen->viewA()), b = shot(screen->viewB());
        QVERIFY(anyNear(a, at(screen->viewA(), boxEdgeA), 2, isOrange));
        QVERIFY(anyNear(a, at(screen->viewA(), aOnly), 1, isOrange));
        QVERIFY(!anyNear(a, at(screen->viewA(), boxEdgeA), 2, isCyan));
        QVERIFY(anyNear(b, at(screen->viewB(), boxEdgeB), 2, isCyan));
        QVERIFY(anyNear(b, at(screen->viewB(), bOnly), 1, isCyan));
        QVERIFY(!anyNear(b, at(screen->viewB(), Vec3{aOnly[0] - 3, aOnly[1], aOnly[2]}), 1, isOrange));
    }

    // Overlay: both readings in one view, each in its colour, at the same slice.
    screen->setMode(app::ArbitrationScreen::Mode::Overlay);
    QVERIFY(screen->overlayView()->isVisible());
    QVERIFY(!screen->viewA()->isVisible());
    QCOMPARE(screen->overlayView()->view(viewer::SliceOrientation::Axial)->sliceIndex(), k);
    {
        const QImage o = shot(screen->overlayView());
        QVERIFY(anyNear(o, at(screen->overlayView(), boxEdgeA), 2, isOrange));
        QVERIFY(anyNear(o, at(screen->overlayView(), boxEdgeB), 2, isCyan));
        QVERIFY(anyNear(o, at(screen->overlayView(), aOnly), 1, isOrange));
        QVERIFY(anyNear(o, at(screen->overlayView(), bOnly), 1, isCyan));
    }

    // Difference: A only orange, B only cyan, both green.
    screen->setMode(app::ArbitrationScreen::Mode::Difference);
    {
        const QImage o = shot(screen->overlayView());
        QVERIFY(anyNear(o, at(screen->overlayView(), aOnly), 1, isOrange));
        QVERIFY(anyNear(o, at(screen->overlayView(), bOnly), 1, isCyan));
        QVERIFY(anyNear(o, at(screen->overlayView(), both), 1, isGreen));
        QVERIFY(!anyNear(o, at(screen->overlayView(), both), 1, isCyan));
    }
    QVERIFY(screen->grab().save(QDir::temp().filePath(QStringLiteral("etalon-arbitration-difference.png"))));

    // The STAPLE candidate of two equal-sized balls 6 voxels apart: drawn where both agree.
    screen->setCandidate(app::ArbitrationScreen::Candidate::Staple);
    QVERIFY(screen->candidateMask(app::ArbitrationScreen::Candidate::Staple));
    screen->setMode(app::ArbitrationScreen::Mode::Overlay);
    const QImage shotAll = screen->grab().toImage();
    QVERIFY(shotAll.save(QDir::temp().filePath(QStringLiteral("etalon-arbitration.png"))));
    screen->setCandidate(app::ArbitrationScreen::Candidate::None);
    screen->setMode(app::ArbitrationScreen::Mode::SideBySide);
    QVERIFY(screen->grab().save(QDir::temp().filePath(QStringLiteral("etalon-arbitration-side.png"))));
    // Three planes: the coronal views of both readings show, on the same slice.
    screen->findChild<QToolButton *>(QStringLiteral("threeViews"))->click();
    QVERIFY(screen->viewA()->view(viewer::SliceOrientation::Coronal)->isVisible());
    QVERIFY(screen->viewB()->view(viewer::SliceOrientation::Coronal)->isVisible());
    QCOMPARE(screen->viewA()->view(viewer::SliceOrientation::Coronal)->sliceIndex(),
             screen->viewB()->view(viewer::SliceOrientation::Coronal)->sliceIndex());
    screen->findChild<QToolButton *>(QStringLiteral("threeViews"))->click();
    QVERIFY(!screen->viewA()->view(viewer::SliceOrientation::Coronal)->isVisible());
}

void TestArbitrationScreen::pairsRowMovesTheViewsToTheFinding()
{
    app::ArbitrationScreen *screen = open(m_mr);
    QVERIFY(screen);
    const auto size = screen->documentA()->imageSize();
    // Move away, then click the last row (B's unmatched point at slice size/2).
    for (viewer::MprView *v : {screen->viewA(), screen->overlayView()})
        v->view(viewer::SliceOrientation::Axial)->setSliceIndex(0);
    QTableWidget *pairs = screen->pairsTable();
    const int row = pairs->rowCount() - 1;
    const QRect cell = pairs->visualItemRect(pairs->item(row, 1));
    QTest::mouseClick(pairs->viewport(), Qt::LeftButton, {}, cell.center());
    for (viewer::MprView *v : {screen->viewA(), screen->viewB(), screen->overlayView()}) {
        viewer::SliceView *axial = v->view(viewer::SliceOrientation::Axial);
        QCOMPARE(axial->sliceIndex(), size[2] / 2);
        QCOMPARE(v->view(viewer::SliceOrientation::Sagittal)->sliceIndex(), int(std::lround(size[0] * 0.8)));
    }
}

void TestArbitrationScreen::acceptA()
{
    app::ArbitrationScreen *screen = open(m_ct);
    QVERIFY(screen);
    // Decisions are final: the button asks first; Cancel changes nothing.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptA")), Qt::LeftButton);
    QVERIFY2(question.contains(m_ct) && question.contains(QStringLiteral("reading A")), qPrintable(question));
    QVERIFY(!Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_ct))->decision);
    QCOMPARE(finalRow(disputeOf(m_ct), "state"), QStringLiteral("<none>"));
    QVERIFY(screen->findChild<QPushButton *>(QStringLiteral("acceptA"))->isEnabled());
    question.clear();
    answerNextMessageBox(QMessageBox::Yes, &question);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptA")), Qt::LeftButton);
    QVERIFY(question.contains(m_ct));
    const auto c = Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_ct));
    QVERIFY(c.ok());
    QCOMPARE(c->decision, std::optional(ArbitrationDecision::AcceptA));
    QVERIFY(c->decidedAt.isValid());
    QCOMPARE(finalRow(disputeOf(m_ct), "state"), QStringLiteral("arbitrated"));
    QCOMPARE(finalRow(disputeOf(m_ct), "study_class"), QStringLiteral("NORMAL"));
    QCOMPARE(finalRow(disputeOf(m_ct), "decided_by").toLongLong(), m_fx.ids.value(QStringLiteral("e1")));
    QVERIFY(!screen->findChild<QPushButton *>(QStringLiteral("acceptB"))->isEnabled());
}

void TestArbitrationScreen::acceptB()
{
    app::ArbitrationScreen *screen = open(m_dx);
    QVERIFY(screen);
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptB")), Qt::LeftButton);
    QVERIFY2(question.contains(m_dx) && question.contains(QStringLiteral("reading B")), qPrintable(question));
    QVERIFY(!Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_dx))->decision);
    answerNextMessageBox(QMessageBox::Yes, nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptB")), Qt::LeftButton);
    const auto c = Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_dx));
    QVERIFY(c.ok());
    QCOMPARE(c->decision, std::optional(ArbitrationDecision::AcceptB));
    QCOMPARE(finalRow(disputeOf(m_dx), "study_class"), QStringLiteral("ABNORMAL"));
    // B's box and point are the final findings.
    const QJsonArray findings = QJsonDocument::fromJson(finalRow(disputeOf(m_dx), "findings_json").toUtf8()).array();
    QCOMPARE(findings.size(), 2);
}

void TestArbitrationScreen::ownReadingFromTheStapleCandidate()
{
    app::ArbitrationScreen *screen = open(m_mr);
    QVERIFY(screen);
    // Deciding "own" before starting one is refused with a message.
    QVERIFY(!screen->decide(ArbitrationDecision::Own).ok());
    const auto staple = core::imaging::Consensus::combine(*screen->documentA()->mask(), *screen->documentB()->mask(),
                                                          core::imaging::ConsensusKind::Staple);
    QVERIFY(staple.ok());
    const auto started = screen->startOwnReading(std::nullopt, app::ArbitrationScreen::Candidate::Staple);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QCOMPARE(screen->mode(), app::ArbitrationScreen::Mode::OwnReading);
    QVERIFY(screen->ownView()->isVisible());
    core::annotation::AnnotationDocument *own = screen->ownDocument();
    QVERIFY(own && !own->isReadOnly());
    QVERIFY(own->mask() && own->mask()->labels == staple->labels);
    // The expert edits with the same tools: a class, one more brush stroke (undoable).
    QVERIFY(own->setStudyClass(QStringLiteral("ABNORMAL")).ok());
    QVERIFY(own->paint({0}, 1, QStringLiteral("dot")).ok());
    QVERIFY(own->undoStack()->canUndo());
    own->undoStack()->undo();
    QVERIFY(own->mask()->labels == staple->labels);
    // Closed and opened again: the own reading in progress is back, with its edits.
    screen = open(m_mr);
    QVERIFY(screen);
    QCOMPARE(screen->mode(), app::ArbitrationScreen::Mode::OwnReading);
    own = screen->ownDocument();
    QVERIFY(own && own->mask() && own->mask()->labels == staple->labels);
    QCOMPARE(own->studyClass(), std::optional<QString>(QStringLiteral("ABNORMAL")));
    QCOMPARE(screen->ownPanel()->document(), own);
    const qint64 ownId = own->readingId();
    QTest::qWait(50);
    QVERIFY(screen->grab().save(QDir::temp().filePath(QStringLiteral("etalon-arbitration-own.png"))));
    // Cancel: the own reading is neither submitted nor decided.
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptOwn")), Qt::LeftButton);
    QVERIFY2(question.contains(m_mr) && question.contains(QStringLiteral("own reading")), qPrintable(question));
    QVERIFY(!Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_mr))->decision);
    QCOMPARE(Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("e1")), ownId)->state, ReadingState::InProgress);
    answerNextMessageBox(QMessageBox::Yes, nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptOwn")), Qt::LeftButton);
    const auto c = Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_mr));
    QVERIFY(c.ok());
    QCOMPARE(c->decision, std::optional(ArbitrationDecision::Own));
    QCOMPARE(finalRow(disputeOf(m_mr), "study_class"), QStringLiteral("ABNORMAL"));
    const auto stored = Readings::reading(*m_fx.ws, m_fx.user(QStringLiteral("e1")), ownId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->state, ReadingState::Submitted);
    bool found = false;
    for (const Finding &f : stored->findings)
        if (const auto *mask = std::get_if<MaskGeometry>(&f.geometry))
            found = mask->labels == staple->labels;
    QVERIFY(found);
}

void TestArbitrationScreen::excludeWithAReason()
{
    app::ArbitrationScreen *screen = open(m_ctSmall);
    QVERIFY(screen);
    QVERIFY(!screen->decide(ArbitrationDecision::Exclude, {}).ok()); // a reason is needed
    // The reason dialog is the confirmation: Cancel changes nothing.
    QTimer::singleShot(200, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("Not sure"));
        // The expert is told the reason is published with the release.
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("never the patient")));
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("etalon-exclude-dialog.png")));
        dialog->reject();
    });
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("exclude")), Qt::LeftButton);
    QVERIFY(!Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_ctSmall))->decision);
    QCOMPARE(finalRow(disputeOf(m_ctSmall), "state"), QStringLiteral("<none>"));
    QTimer::singleShot(200, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), QStringLiteral("Images insufficient"));
        dialog->accept();
    });
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("exclude")), Qt::LeftButton);
    const auto c = Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), disputeOf(m_ctSmall));
    QVERIFY(c.ok());
    QCOMPARE(c->decision, std::optional(ArbitrationDecision::Exclude));
    QCOMPARE(c->decisionReason, QStringLiteral("Images insufficient"));
    QCOMPARE(finalRow(disputeOf(m_ctSmall), "state"), QStringLiteral("excluded"));
}

void TestArbitrationScreen::expertWhoReadTheStudyIsRefused()
{
    const qint64 dispute = disputeOf(m_mrSmall);
    // Core refuses to assign it to e1 and to show it to e1; the screen shows why.
    QVERIFY(!Verification::assignExpert(*m_fx.ws, *m_fx.admin, dispute, m_fx.ids.value(QStringLiteral("e1"))).ok());
    app::ArbitrationScreen screen(*m_fx.ws, m_fx.user(QStringLiteral("e1")));
    QVERIFY(!screen.openDispute(dispute));
    const auto refused = Verification::arbitrationCase(*m_fx.ws, m_fx.user(QStringLiteral("e1")), dispute);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    QVERIFY(screen.lastError().contains(refused.error().message));
    QVERIFY(screen.lastError().contains(QStringLiteral("e1")));
    QVERIFY(!screen.findChild<QPushButton *>(QStringLiteral("acceptA"))->isEnabled());
    QCOMPARE(Verification::arbitrate(*m_fx.ws, m_fx.user(QStringLiteral("e1")), dispute, ArbitrationDecision::AcceptA).error().code,
             ErrorCode::PermissionDenied);
}

void TestArbitrationScreen::ownReadingFromAThroughTheGui()
{
    // The dispute of the study e1 read went to another expert (assigned here when none was).
    const qint64 dispute = disputeOf(m_mrSmall);
    auto item = Verification::arbitrationCase(*m_fx.ws, *m_fx.admin, dispute);
    QVERIFY(item.ok());
    if (!item->dispute.expertId) {
        QVERIFY(Verification::assignExpert(*m_fx.ws, *m_fx.admin, dispute, m_fx.ids.value(QStringLiteral("e3"))).ok());
        item = Verification::arbitrationCase(*m_fx.ws, *m_fx.admin, dispute);
    }
    const QString expert = m_fx.ids.key(*item->dispute.expertId);
    QVERIFY(expert == QStringLiteral("e2") || expert == QStringLiteral("e3"));
    app::ArbitrationScreen *screen = open(m_mrSmall, expert);
    QVERIFY2(screen, m_screen ? qPrintable(m_screen->lastError()) : "");
    const Reading readingA = screen->arbitrationCase().readingA;
    QCOMPARE(readingA.studyClass, std::optional<QString>(QStringLiteral("NORMAL")));

    // "Start own reading from" reading A, with the combo and the Start button.
    auto *from = screen->findChild<QComboBox *>(QStringLiteral("startFrom"));
    const int index = from->findText(QStringLiteral("reading A"));
    QVERIFY(index >= 0);
    from->setCurrentIndex(index);
    QPushButton *start = nullptr;
    for (QPushButton *b : screen->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Start"))
            start = b;
    QVERIFY(start && start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(screen->mode(), app::ArbitrationScreen::Mode::OwnReading);
    core::annotation::AnnotationDocument *own = screen->ownDocument();
    QVERIFY(own && !own->isReadOnly());
    QCOMPARE(own->studyClass(), readingA.studyClass);
    QCOMPARE(qsizetype(own->findingKeys().size()), qsizetype(readingA.findings.size()));
    QVERIFY(!readingA.findings.empty());
    for (int i = 0; i < int(readingA.findings.size()); ++i)
        QVERIFY2(sameGeometry(*own->finding(own->findingKeys().at(i)), readingA.findings.at(i)), qPrintable(QString::number(i)));

    // Edited with the panel: another class.
    QVERIFY(screen->ownPanel()->isVisible());
    auto *abnormal = screen->ownPanel()->findChild<QAbstractButton *>(QStringLiteral("class_ABNORMAL"));
    QVERIFY(abnormal && abnormal->isEnabled());
    abnormal->click(); // the panel may sit below the scroll area's fold
    QCOMPARE(own->studyClass(), std::optional<QString>(QStringLiteral("ABNORMAL")));

    answerNextMessageBox(QMessageBox::Yes, nullptr);
    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("acceptOwn")), Qt::LeftButton);
    const auto c = Verification::arbitrationCase(*m_fx.ws, m_fx.user(expert), dispute);
    QVERIFY(c.ok());
    QCOMPARE(c->decision, std::optional(ArbitrationDecision::Own));
    QCOMPARE(finalRow(dispute, "state"), QStringLiteral("arbitrated"));
    QCOMPARE(finalRow(dispute, "study_class"), QStringLiteral("ABNORMAL"));
    QCOMPARE(finalRow(dispute, "decided_by").toLongLong(), m_fx.ids.value(expert));
    // A's findings (its box) are the final findings.
    const QJsonArray findings = QJsonDocument::fromJson(finalRow(dispute, "findings_json").toUtf8()).array();
    QCOMPARE(qsizetype(findings.size()), qsizetype(readingA.findings.size()));
}

void TestArbitrationScreen::disputesTabOpensTheArbitrationScreen()
{
    m_screen.reset();
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("e1"), passwordOf(QStringLiteral("e1")));
    QVERIFY(window.openWorkspace(m_fx.dir, true));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::DatasetPanel *panel = window.datasetPanel();
    const int index = panel->findChild<QComboBox *>(QStringLiteral("datasetCombo"))->findData(code);
    QVERIFY(index >= 0);
    panel->findChild<QComboBox *>(QStringLiteral("datasetCombo"))->setCurrentIndex(index);
    QCOMPARE(panel->disputeRowCount(), 4);
    auto *table = panel->findChild<QTableWidget *>(QStringLiteral("disputes"));
    int row = -1;
    for (int r = 0; r < panel->disputeRowCount(); ++r)
        if (panel->disputeId(r) == disputeOf(m_mr))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(table->item(row, 3)->text().size() > 0); // why it is disputed
    table->setCurrentCell(row, 0);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("arbitrate")), Qt::LeftButton);
    QVERIFY(window.arbitrationScreen());
    QCOMPARE(window.arbitrationScreen()->disputeId(), disputeOf(m_mr));
}

void TestArbitrationScreen::viewMenuActsOnTheArbitrationScreen()
{
    // The View menu (layout, window presets, reset) acts on the arbitration screen's views
    // while it is shown, and on the browser's viewer again once it is closed.
    m_screen.reset();
    app::MainWindow window;
    window.setQuiet(true);
    window.setCredentials(QStringLiteral("e1"), passwordOf(QStringLiteral("e1")));
    QVERIFY(window.openWorkspace(m_fx.dir, true));
    window.resize(1280, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *oneUp = window.findChild<QAction *>(QStringLiteral("viewOneUp"));
    auto *threeUp = window.findChild<QAction *>(QStringLiteral("viewThreeUp"));
    QVERIFY(oneUp && threeUp);
    int lungIndex = -1;
    for (int i = 0; i < core::windowPresets().size(); ++i)
        if (core::windowPresets().at(i).preset == core::WindowPreset::Lung)
            lungIndex = i;
    QVERIFY(lungIndex >= 0);
    auto *lung = window.findChild<QAction *>(QStringLiteral("viewPreset%1").arg(lungIndex));
    QVERIFY(lung);
    const core::WindowLevel lungWindow = core::windowPresets().at(lungIndex).window;
    const auto browserLayout = window.viewer()->layout();

    QVERIFY(window.openArbitration(disputeOf(m_mr)));
    app::ArbitrationScreen *screen = window.arbitrationScreen();
    QVERIFY(screen);
    QElapsedTimer timer;
    timer.start();
    while (screen->isLoading() && timer.elapsed() < 30000)
        QTest::qWait(20);
    QVERIFY(screen->volume());
    QVERIFY(oneUp->isEnabled() && threeUp->isEnabled());
    QVERIFY(oneUp->isChecked()); // the screen opens one-up

    threeUp->trigger();
    for (viewer::MprView *v : {screen->viewA(), screen->viewB(), screen->overlayView()})
        QCOMPARE(v->layout(), viewer::MprView::Layout::ThreeUp);
    QVERIFY(screen->findChild<QToolButton *>(QStringLiteral("threeViews"))->isChecked());
    QCOMPARE(window.viewer()->layout(), browserLayout);
    oneUp->trigger();
    for (viewer::MprView *v : {screen->viewA(), screen->viewB(), screen->overlayView()})
        QCOMPARE(v->layout(), viewer::MprView::Layout::OneUp);
    // The screen's own button keeps the menu in step.
    screen->findChild<QToolButton *>(QStringLiteral("threeViews"))->click();
    QVERIFY(threeUp->isChecked());
    screen->findChild<QToolButton *>(QStringLiteral("threeViews"))->click();
    QVERIFY(oneUp->isChecked());

    lung->trigger();
    for (viewer::MprView *v : {screen->viewA(), screen->viewB(), screen->overlayView()}) {
        const core::WindowLevel shown = v->activeView()->window();
        QCOMPARE(shown.center, lungWindow.center);
        QCOMPARE(shown.width, lungWindow.width);
    }

    viewer::SliceView *axialA = screen->viewA()->view(viewer::SliceOrientation::Axial);
    viewer::SliceView *axialB = screen->viewB()->view(viewer::SliceOrientation::Axial);
    const double zoom = axialA->zoom();
    axialA->zoomBy(2.0, QPointF(axialA->width() * 0.5, axialA->height() * 0.5));
    QVERIFY(axialA->zoom() > zoom * 1.5);
    QCOMPARE(axialB->zoom(), axialA->zoom());
    auto *reset = window.findChild<QAction *>(QStringLiteral("viewReset"));
    if (!reset) {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Reset view"))
                reset = a;
    }
    QVERIFY(reset);
    reset->trigger();
    QCOMPARE(axialA->zoom(), zoom);
    QCOMPARE(axialB->zoom(), zoom);

    // Closed: the actions drive the browser's viewer again.
    window.closeReading();
    QVERIFY(!window.arbitrationScreen());
    oneUp->trigger();
    QCOMPARE(window.viewer()->layout(), viewer::MprView::Layout::OneUp);
    QCOMPARE(screen->viewA()->layout(), viewer::MprView::Layout::OneUp);
    threeUp->trigger();
    QCOMPARE(window.viewer()->layout(), viewer::MprView::Layout::ThreeUp);
    QCOMPARE(screen->viewA()->layout(), viewer::MprView::Layout::OneUp);
}

QTEST_MAIN(TestArbitrationScreen)
#include "tst_arbitrationscreen.moc"
