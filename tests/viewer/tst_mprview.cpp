#include "tests/viewer/SyntheticVolumes.h"
#include "viewer/MprView.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace etalon;
using viewer::MprView;
using viewer::SliceOrientation;
using viewer::SliceView;

namespace {

const std::array<core::Vec3, 3> identityAxes{core::Vec3{1, 0, 0}, core::Vec3{0, 1, 0}, core::Vec3{0, 0, 1}};

QPointF brightCentroid(const QImage &image, int threshold)
{
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) >= threshold) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
    return n > 10 ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

} // namespace

class TestMprView : public QObject {
    Q_OBJECT
public:
    static void initMain() { viewer::VtkOpenGLWidget::setDefaultSurfaceFormat(); }

private slots:
    void clickLinksTheOtherViews();
    void layoutsAndTwoDimensionalImages();
    void imageStackWithoutGeometryIsShownFrameByFrame();
};

void TestMprView::clickLinksTheOtherViews()
{
    // Sphere at voxel (28, 22, 30): patient right, anterior, superior.
    auto volume = testing::makeSphereVolume({96, 80, 40}, {1.5, 1.25, 2.5}, identityAxes, {28, 22, 30}, 6);
    MprView mpr;
    mpr.resize(900, 600);
    mpr.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mpr));
    mpr.setVolume(volume);
    QCOMPARE(mpr.layout(), MprView::Layout::ThreeUp);
    SliceView *axial = mpr.view(SliceOrientation::Axial);
    SliceView *coronal = mpr.view(SliceOrientation::Coronal);
    SliceView *sagittal = mpr.view(SliceOrientation::Sagittal);
    QVERIFY(axial->isVisible() && coronal->isVisible() && sagittal->isVisible());
    // The cross-hair starts at the centre of the volume.
    QCOMPARE(axial->sliceIndex(), 20);
    QCOMPARE(coronal->sliceIndex(), 40);
    QCOMPARE(sagittal->sliceIndex(), 48);
    for (SliceView *v : {axial, coronal, sagittal}) {
        v->setOverlaysVisible(false);
        v->setCrosshairVisible(false); // keep the pixel checks free of the yellow lines
    }
    mpr.applyWindowPreset(core::WindowPreset::Bone);
    QCOMPARE(coronal->window().width, 2000.0);

    // Go to the sphere's axial slice with the keyboard, then click on the sphere there.
    axial->setFocus();
    for (int n = 0; n < 10; ++n)
        QTest::keyClick(axial, Qt::Key_Down);
    QCOMPARE(axial->sliceIndex(), 30);
    mpr.grab().save(QStringLiteral("/tmp/etalon-viewer-mpr-before.png"));
    const QPointF sphereOnScreen = brightCentroid(axial->grabFramebuffer(), 160);
    QVERIFY(sphereOnScreen.x() > 0);
    QTest::mouseClick(axial, Qt::LeftButton, {}, sphereOnScreen.toPoint());

    QCOMPARE(axial->sliceIndex(), 30);
    QCOMPARE(coronal->sliceIndex(), 22);
    QCOMPARE(sagittal->sliceIndex(), 28);
    // The linked views now cut through the sphere, so it shows in them.
    QVERIFY(brightCentroid(coronal->grabFramebuffer(), 160).x() > 0);
    QVERIFY(brightCentroid(sagittal->grabFramebuffer(), 160).x() > 0);
    for (SliceView *v : {axial, coronal, sagittal}) {
        QVERIFY(v->crosshair().has_value());
        v->setCrosshairVisible(true);
        v->setOverlaysVisible(true);
    }
    QTest::qWait(50); // let the views repaint before grabbing the whole widget
    mpr.grab().save(QStringLiteral("/tmp/etalon-viewer-mpr-linked.png"));
    axial->grabFramebuffer().save(QStringLiteral("/tmp/etalon-viewer-mpr-linked-axial.png"));

    // Scrolling the coronal view moves the cross-hair along its normal (patient y).
    const double xBefore = (*axial->crosshair())[0];
    QTest::keyClick(coronal, Qt::Key_Down);
    QCOMPARE(coronal->sliceIndex(), 23);
    QVERIFY(std::abs((*axial->crosshair())[1] - volume->geometry.indexToPatient({0, 23, 0})[1]) < 1e-6);
    QCOMPARE((*axial->crosshair())[0], xBefore);

    // Window changes in one view reach the others.
    axial->setWindow({100.0, 500.0});
    QCOMPARE(sagittal->window().center, 100.0);
    QCOMPARE(coronal->window().width, 500.0);
}

void TestMprView::layoutsAndTwoDimensionalImages()
{
    auto volume = testing::makeSphereVolume({64, 64, 20}, {1.0, 1.0, 2.0}, identityAxes, {20, 20, 10}, 5);
    MprView mpr;
    mpr.resize(800, 500);
    mpr.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mpr));
    mpr.setVolume(volume);
    mpr.setLayout(MprView::Layout::OneUp);
    mpr.setActiveOrientation(SliceOrientation::Coronal);
    QVERIFY(mpr.view(SliceOrientation::Coronal)->isVisible());
    QVERIFY(!mpr.view(SliceOrientation::Axial)->isVisible());
    QCOMPARE(mpr.activeView(), mpr.view(SliceOrientation::Coronal));
    mpr.setLayout(MprView::Layout::ThreeUp);
    QVERIFY(mpr.view(SliceOrientation::Axial)->isVisible());

    // A 2D image: one view, its own pixel grid at full resolution, no linked views.
    auto image = testing::makeRampImage(1200, 900);
    mpr.setVolume(image);
    int visible = 0;
    for (auto o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal})
        visible += mpr.view(o)->isVisible() ? 1 : 0;
    QCOMPARE(visible, 1);
    SliceView *view = mpr.activeView();
    QVERIFY(view->isVisible());
    QCOMPARE(view->volume(), std::shared_ptr<const core::Volume>(image));
    QCOMPARE(view->sliceCount(), 1);
    // Full resolution: at zoom 1 one screen pixel is one image pixel (ramp steps by 1).
    view->zoomBy(1.0 / view->zoom());
    const auto a = view->patientAt(QPointF(100, 100));
    const auto b = view->patientAt(QPointF(110, 100));
    QVERIFY(a && b);
    QVERIFY(std::abs(((*b)[0] - (*a)[0]) / image->geometry.spacing[0] - 10.0) < 1e-6);
    mpr.grab().save(QStringLiteral("/tmp/etalon-viewer-mpr-2d.png"));
}

void TestMprView::imageStackWithoutGeometryIsShownFrameByFrame()
{
    // Several images in one series without positions or orientation (e.g. two projection
    // views): no reslicing, no orientation letters, no scale bar; frames scroll in one view.
    auto stack = testing::makeSphereVolume({64, 48, 4}, {1.0, 1.0, 1.0}, identityAxes, {20, 20, 1}, 5);
    stack->modality = QStringLiteral("MG");
    stack->orientationKnown = false;
    stack->sliceGeometryKnown = false;
    stack->pixelSpacingKnown = false;
    QVERIFY(!stack->supportsMpr());
    MprView mpr;
    mpr.resize(800, 500);
    mpr.show();
    QVERIFY(QTest::qWaitForWindowExposed(&mpr));
    mpr.setLayout(MprView::Layout::ThreeUp);
    mpr.setVolume(stack);
    int visible = 0;
    for (auto o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal})
        visible += mpr.view(o)->isVisible() ? 1 : 0;
    QCOMPARE(visible, 1);
    SliceView *view = mpr.activeView();
    QCOMPARE(view->sliceCount(), 4);
    for (const QString &letter : view->edgeLetters())
        QVERIFY2(letter.isEmpty(), qPrintable(letter));
    // With Patient Orientation (rows run to the patient's front, columns to the feet, as
    // on a mammogram), the edges are labelled from it: left P, right A, top H, bottom F.
    auto labelled = std::make_shared<core::Volume>(*stack);
    labelled->patientOrientation = {QStringLiteral("A"), QStringLiteral("FR")};
    mpr.setVolume(labelled);
    const auto letters = mpr.activeView()->edgeLetters();
    QCOMPARE(letters[0], QStringLiteral("P"));
    QCOMPARE(letters[1], QStringLiteral("A"));
    QCOMPARE(letters[2], QStringLiteral("HL"));
    QCOMPARE(letters[3], QStringLiteral("FR"));
    mpr.setVolume(stack);
    // The frame shown is the image's own pixel grid: 64 wide, 48 high.
    view->setSliceIndex(3);
    QCOMPARE(view->sliceIndex(), 3);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->sliceIndex(), 0);
}

QTEST_MAIN(TestMprView)
#include "tst_mprview.moc"
