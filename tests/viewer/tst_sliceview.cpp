#include "core/dicom/VolumeLoader.h"
#include "tests/viewer/SyntheticVolumes.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace etalon;
using viewer::SliceOrientation;
using viewer::SliceView;

namespace {

const std::array<core::Vec3, 3> identityAxes{core::Vec3{1, 0, 0}, core::Vec3{0, 1, 0}, core::Vec3{0, 0, 1}};

int grey(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x, y));
}

/// Centroid (widget pixels) of pixels at least `threshold` grey.
QPointF brightCentroid(const QImage &image, int threshold, int *count = nullptr)
{
    double sx = 0, sy = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (grey(image, x, y) >= threshold) {
                sx += x + 0.5;
                sy += y + 0.5;
                ++n;
            }
    if (count)
        *count = n;
    return n ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

/// Where a patient point must appear in a fitted view, from the radiological convention
/// alone: axial x→screen right, y(P)→down; coronal x→right, z(H)→up; sagittal y(P)→right,
/// z(H)→up; the volume's patient bounding box is fitted into the widget and centred.
QPointF expectedScreen(const core::Volume &v, SliceOrientation o, const core::Vec3 &p, QSize widget)
{
    // Patient extent and centre along each patient axis (axes are permutations/sign flips).
    std::array<double, 3> extent{}, centre{};
    for (int a = 0; a < 3; ++a) {
        int pa = 0;
        for (int q = 0; q < 3; ++q)
            if (std::abs(v.geometry.axes[a][q]) > std::abs(v.geometry.axes[a][pa]))
                pa = q;
        extent[pa] = v.geometry.size[a] * v.geometry.spacing[a];
    }
    const core::Vec3 c = v.geometry.indexToPatient(
        {(v.geometry.size[0] - 1) / 2.0, (v.geometry.size[1] - 1) / 2.0, (v.geometry.size[2] - 1) / 2.0});
    centre = {c[0], c[1], c[2]};
    int horizontal = 0, vertical = 1;
    double vsign = 1.0;
    if (o == SliceOrientation::Coronal) {
        horizontal = 0;
        vertical = 2;
        vsign = -1.0;
    } else if (o == SliceOrientation::Sagittal) {
        horizontal = 1;
        vertical = 2;
        vsign = -1.0;
    }
    const double scale = std::min(widget.width() / extent[horizontal], widget.height() / extent[vertical]);
    return QPointF(widget.width() / 2.0 + (p[horizontal] - centre[horizontal]) * scale,
                   widget.height() / 2.0 + vsign * (p[vertical] - centre[vertical]) * scale);
}

void sendWheel(QWidget *w, QPointF pos, int delta, Qt::KeyboardModifiers modifiers = {})
{
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestSliceView : public QObject {
    Q_OBJECT
public:
    static void initMain() { viewer::VtkOpenGLWidget::setDefaultSurfaceFormat(); }

private slots:
    void sphereLandsWhereAnatomySays_data();
    void sphereLandsWhereAnatomySays();
    void zoomAndPanMoveTheImage();
    void windowLevelChangesBrightness();
    void monochrome1IsInverted();
    void keyboardAndWheel();
    void mouseDrags();
    void orientationLettersAndOverlays();
    void obliqueLettersCombine();
    void overlaysFollowStateInParentGrab();
    void realCtAnteriorAtTop();
    void largeMammogramStaysResponsive();
    void scrolling512IsFast();
};

void TestSliceView::sphereLandsWhereAnatomySays_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("geometry");
    for (const char *g : {"identity", "flipped", "sagittal-acquired"})
        for (int o = 0; o < 3; ++o)
            QTest::newRow(qPrintable(QStringLiteral("%1-%2").arg(QLatin1String(g)).arg(o))) << o << QString::fromLatin1(g);
}

void TestSliceView::sphereLandsWhereAnatomySays()
{
    QFETCH(int, orientation);
    QFETCH(QString, geometry);
    const auto o = SliceOrientation(orientation);
    std::array<core::Vec3, 3> axes = identityAxes;
    std::array<int, 3> size{96, 80, 40};
    core::Vec3 spacing{1.5, 1.25, 2.5};
    core::Vec3 centreIndex{28, 22, 27}; // patient right, anterior, superior for identity axes
    if (geometry == QLatin1String("flipped")) {
        // Rows run right-to-left, columns posterior-to-anterior (like a prone scan).
        axes = {core::Vec3{-1, 0, 0}, core::Vec3{0, -1, 0}, core::Vec3{0, 0, 1}};
    } else if (geometry == QLatin1String("sagittal-acquired")) {
        // A sagittal stack: rows run anterior-to-posterior, columns head-to-feet, k to the left.
        axes = {core::Vec3{0, 1, 0}, core::Vec3{0, 0, -1}, core::Vec3{1, 0, 0}};
        size = {80, 40, 96};
        spacing = {1.25, 2.5, 1.5};
        centreIndex = {22, 12, 28};
    }
    auto volume = testing::makeSphereVolume(size, spacing, axes, centreIndex, 6);
    const core::Vec3 sphere = volume->geometry.indexToPatient(centreIndex);

    SliceView view;
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrientation(o);
    view.setVolume(volume);
    view.setOverlaysVisible(false);
    view.setWindow({0.0, 2200.0});
    view.setSliceIndex(view.sliceIndexAt(sphere));
    const QImage image = view.grabFramebuffer();
    image.save(QStringLiteral("/tmp/etalon-viewer-sphere-%1-%2.png").arg(geometry).arg(orientation));

    int count = 0;
    const QPointF found = brightCentroid(image, 200, &count);
    QVERIFY2(count > 20, "the sphere must be visible on its slice");
    const QPointF expected = expectedScreen(*volume, o, sphere, view.size());
    QVERIFY2(std::abs(found.x() - expected.x()) < 3.0 && std::abs(found.y() - expected.y()) < 3.0,
             qPrintable(QStringLiteral("sphere at %1,%2, expected %3,%4")
                            .arg(found.x())
                            .arg(found.y())
                            .arg(expected.x())
                            .arg(expected.y())));
    // The patient point under the sphere's screen position is the sphere's centre (in plane).
    const auto under = view.patientAt(found);
    QVERIFY(under.has_value());
    for (int a = 0; a < 3; ++a)
        QVERIFY(std::abs((*under)[a] - sphere[a]) < 3.0);
    QVERIFY(view.valueTextAt(sphere).startsWith(QLatin1String("1000 HU")));
}

void TestSliceView::zoomAndPanMoveTheImage()
{
    auto volume = testing::makeSphereVolume({96, 80, 40}, {1.5, 1.25, 2.5}, identityAxes, {28, 22, 27}, 6);
    SliceView view;
    view.resize(420, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    view.setOverlaysVisible(false);
    view.setWindow({0.0, 2200.0});
    view.setSliceIndex(27);
    const QPointF before = brightCentroid(view.grabFramebuffer(), 200);
    const double zoomBefore = view.zoom();

    // Zoom about the sphere: it stays under the anchor, and grows four times in area.
    int countBefore = 0, countAfter = 0;
    brightCentroid(view.grabFramebuffer(), 200, &countBefore);
    view.zoomBy(2.0, before);
    QCOMPARE(qRound(view.zoom() / zoomBefore * 100), 200);
    const QImage zoomed = view.grabFramebuffer();
    zoomed.save(QStringLiteral("/tmp/etalon-viewer-zoomed.png"));
    const QPointF afterZoom = brightCentroid(zoomed, 200, &countAfter);
    QVERIFY(std::abs(afterZoom.x() - before.x()) < 2.0 && std::abs(afterZoom.y() - before.y()) < 2.0);
    QVERIFY(countAfter > 3.5 * countBefore && countAfter < 4.5 * countBefore);

    view.panBy(QPointF(40, -25));
    const QPointF afterPan = brightCentroid(view.grabFramebuffer(), 200);
    QVERIFY(std::abs(afterPan.x() - (before.x() + 40)) < 2.0);
    QVERIFY(std::abs(afterPan.y() - (before.y() - 25)) < 2.0);

    QTest::keyClick(&view, Qt::Key_R);
    QCOMPARE(view.zoom(), zoomBefore);
    const QPointF reset = brightCentroid(view.grabFramebuffer(), 200);
    QVERIFY(std::abs(reset.x() - before.x()) < 1.0 && std::abs(reset.y() - before.y()) < 1.0);
}

void TestSliceView::windowLevelChangesBrightness()
{
    auto ramp = testing::makeRampImage(256, 64); // value = column, MONOCHROME2
    ramp->modality = QStringLiteral("OT");
    SliceView view;
    view.resize(512, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(ramp);
    view.setOverlaysVisible(false);

    const auto rowStats = [&](double *mean, double *spread) {
        const QImage image = view.grabFramebuffer();
        const int y = image.height() / 2;
        std::vector<int> values;
        for (int x = 0; x < image.width(); ++x)
            values.push_back(grey(image, x, y));
        double m = 0;
        for (int v : values)
            m += v;
        m /= values.size();
        double s = 0;
        for (int v : values)
            s += (v - m) * (v - m);
        *mean = m;
        *spread = std::sqrt(s / values.size());
        return image;
    };

    // W256/L127.5: grey equals the stored value (ramp 0..255 over 512 screen pixels).
    view.setWindow({127.5, 256.0});
    double mean0 = 0, spread0 = 0;
    const QImage identity = rowStats(&mean0, &spread0);
    identity.save(QStringLiteral("/tmp/etalon-viewer-ramp.png"));
    for (int value : {32, 128, 220}) {
        const int x = value * 2 + 1; // 2 screen pixels per image pixel
        QVERIFY2(std::abs(grey(identity, x, identity.height() / 2) - value) <= 3,
                 qPrintable(QStringLiteral("value %1 shows as %2").arg(value).arg(grey(identity, x, identity.height() / 2))));
    }

    double mean1 = 0, spread1 = 0;
    view.setWindow({170.0, 256.0}); // level up: darker
    rowStats(&mean1, &spread1);
    QVERIFY(mean1 < mean0 - 30);

    double mean2 = 0, spread2 = 0;
    view.setWindow({127.5, 64.0}); // narrower window: more contrast
    rowStats(&mean2, &spread2);
    QVERIFY(spread2 > spread0 + 20);
}

void TestSliceView::monochrome1IsInverted()
{
    auto ramp = testing::makeRampImage(256, 64);
    ramp->modality = QStringLiteral("CR");
    ramp->photometric = core::Photometric::Monochrome1;
    SliceView view;
    view.resize(512, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(ramp);
    view.setOverlaysVisible(false);
    view.setWindow({127.5, 256.0});
    const QImage image = view.grabFramebuffer();
    image.save(QStringLiteral("/tmp/etalon-viewer-ramp-monochrome1.png"));
    for (int value : {32, 128, 220})
        QVERIFY(std::abs(grey(image, value * 2 + 1, image.height() / 2) - (255 - value)) <= 3);
}

void TestSliceView::keyboardAndWheel()
{
    auto volume = testing::makeSphereVolume({64, 64, 40}, {1.0, 1.0, 2.0}, identityAxes, {20, 20, 20}, 5);
    SliceView view;
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    QCOMPARE(view.sliceCount(), 40);
    QCOMPARE(view.sliceIndex(), 20);
    QSignalSpy slices(&view, &SliceView::sliceChanged);

    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.sliceIndex(), 21);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(view.sliceIndex(), 20);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.sliceIndex(), 30);
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.sliceIndex(), 20);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.sliceIndex(), 39);
    QTest::keyClick(&view, Qt::Key_PageDown); // clamps
    QCOMPARE(view.sliceIndex(), 39);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.sliceIndex(), 0);
    QCOMPARE(slices.count(), 6); // the clamped PageDown changed nothing
    QCOMPARE(slices.last().first().toInt(), 0);

    const QPointF centre(150, 150);
    sendWheel(&view, centre, -120); // wheel towards the user: next slice
    QCOMPARE(view.sliceIndex(), 1);
    sendWheel(&view, centre, -360);
    QCOMPARE(view.sliceIndex(), 4);
    sendWheel(&view, centre, 120);
    QCOMPARE(view.sliceIndex(), 3);

    // Ctrl+wheel zooms about the cursor without changing the slice.
    const QPointF anchor(100, 120);
    const auto pointBefore = view.patientAt(anchor);
    const double zoomBefore = view.zoom();
    sendWheel(&view, anchor, 120, Qt::ControlModifier);
    QCOMPARE(view.sliceIndex(), 3);
    QVERIFY(std::abs(view.zoom() / zoomBefore - 1.2) < 1e-9);
    const auto pointAfter = view.patientAt(anchor);
    QVERIFY(pointBefore && pointAfter);
    for (int a = 0; a < 3; ++a)
        QVERIFY(std::abs((*pointAfter)[a] - (*pointBefore)[a]) < 1e-6);

    // Presets 1-6 in core::windowPresets() order.
    QSignalSpy windows(&view, &SliceView::windowChanged);
    QTest::keyClick(&view, Qt::Key_2);
    QCOMPARE(view.window().width, 1500.0);
    QCOMPARE(view.window().center, -600.0);
    QTest::keyClick(&view, Qt::Key_3);
    QCOMPARE(view.window().width, 350.0);
    QTest::keyClick(&view, Qt::Key_4);
    QCOMPARE(view.window().center, 500.0);
    QTest::keyClick(&view, Qt::Key_5);
    QCOMPARE(view.window().width, 80.0);
    QTest::keyClick(&view, Qt::Key_6);
    QCOMPARE(view.window().width, 400.0);
    QCOMPARE(view.window().center, 40.0);
    QTest::keyClick(&view, Qt::Key_1);
    const core::WindowLevel fileDefault = core::initialWindow(*volume);
    QCOMPARE(view.window().width, fileDefault.width);
    QCOMPARE(windows.count(), 6);
}

void TestSliceView::mouseDrags()
{
    auto volume = testing::makeSphereVolume({64, 64, 20}, {1.0, 1.0, 2.0}, identityAxes, {20, 20, 10}, 5);
    volume->defaultWindow = core::WindowLevel{40.0, 400.0};
    SliceView view;
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    QCOMPARE(view.window().width, 400.0);

    // Right-drag: to the right widens the window, upwards lowers the level (brighter).
    QTest::mousePress(&view, Qt::RightButton, {}, QPoint(150, 150));
    QTest::mouseMove(&view, QPoint(200, 150));
    QVERIFY(view.window().width > 400.0);
    QCOMPARE(view.window().center, 40.0);
    QTest::mouseMove(&view, QPoint(200, 100));
    QVERIFY(view.window().center < 40.0);
    QTest::mouseRelease(&view, Qt::RightButton, {}, QPoint(200, 100));

    // Middle-drag pans: the point under the cursor follows it.
    const auto grabbed = view.patientAt(QPointF(150, 150));
    QTest::mousePress(&view, Qt::MiddleButton, {}, QPoint(150, 150));
    QTest::mouseMove(&view, QPoint(170, 130));
    QTest::mouseRelease(&view, Qt::MiddleButton, {}, QPoint(170, 130));
    const auto moved = view.patientAt(QPointF(170, 130));
    QVERIFY(grabbed && moved);
    QVERIFY(std::abs((*moved)[0] - (*grabbed)[0]) < 1e-6 && std::abs((*moved)[1] - (*grabbed)[1]) < 1e-6);

    // Left click asks for the cross-hair at the patient point under the cursor.
    QSignalSpy crosshair(&view, &SliceView::crosshairRequested);
    QSignalSpy cursor(&view, &SliceView::cursorMoved);
    const auto target = view.patientAt(QPointF(100, 90));
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 90));
    QCOMPARE(crosshair.count(), 1);
    const auto p = crosshair.first().first().value<core::Vec3>();
    for (int a = 0; a < 3; ++a)
        QCOMPARE(p[a], (*target)[a]);
    QTest::mouseMove(&view, QPoint(101, 91));
    QVERIFY(cursor.count() >= 1);
    QVERIFY(cursor.last().at(1).toString().endsWith(QLatin1String("HU")));

    // Scrolling under a resting cursor reports the point under it on the new slice: same
    // in-plane position, one slice spacing (2 mm) further along z.
    const auto before = cursor.last().first().value<core::Vec3>();
    const int countBefore = int(cursor.count());
    sendWheel(&view, QPointF(101, 91), -120);
    QCOMPARE(int(cursor.count()), countBefore + 1);
    const auto after = cursor.last().first().value<core::Vec3>();
    QCOMPARE(after[0], before[0]);
    QCOMPARE(after[1], before[1]);
    QVERIFY(std::abs(std::abs(after[2] - before[2]) - 2.0) < 1e-9);
}

void TestSliceView::orientationLettersAndOverlays()
{
    auto volume = testing::makeSphereVolume({64, 64, 20}, {1.0, 1.0, 2.0}, identityAxes, {20, 20, 10}, 5);
    SliceView view;
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    using Letters = std::array<QString, 4>; // left, right, top, bottom
    QCOMPARE(view.edgeLetters(), (Letters{"R", "L", "A", "P"}));
    view.setOrientation(SliceOrientation::Coronal);
    QCOMPARE(view.edgeLetters(), (Letters{"R", "L", "H", "F"}));
    view.setOrientation(SliceOrientation::Sagittal);
    QCOMPARE(view.edgeLetters(), (Letters{"A", "P", "H", "F"}));
    view.setOrientation(SliceOrientation::Axial);

    view.setOverlaysVisible(false);
    const QImage plain = view.grabFramebuffer();
    view.setOverlaysVisible(true);
    QTest::mouseMove(&view, QPoint(150, 150));
    const QImage overlaid = view.grabFramebuffer();
    overlaid.save(QStringLiteral("/tmp/etalon-viewer-overlays.png"));
    const auto differs = [&](QRect r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += plain.pixel(x, y) != overlaid.pixel(x, y);
        return n;
    };
    const int w = plain.width(), h = plain.height();
    QVERIFY2(differs(QRect(0, 0, 90, 40)) > 30, "corner text (slice number) at top left");
    QVERIFY2(differs(QRect(0, h - 40, 110, 40)) > 30, "W/L and zoom at bottom left");
    QVERIFY2(differs(QRect(w - 130, h - 40, 130, 40)) > 30, "pixel value and position at bottom right");
    QVERIFY2(differs(QRect(0, h / 2 - 12, 24, 24)) > 10, "letter R at the left edge");
    QVERIFY2(differs(QRect(w - 24, h / 2 - 12, 24, 24)) > 10, "letter L at the right edge");
    QVERIFY2(differs(QRect(w / 2 - 12, 0, 24, 26)) > 10, "letter A at the top edge");
    QVERIFY2(differs(QRect(w / 2 - 12, h - 26, 24, 26)) > 10, "letter P at the bottom edge");
    QVERIFY2(differs(QRect(0, h - 75, 80, 30)) > 20, "scale bar above the bottom-left text");
}

void TestSliceView::overlaysFollowStateInParentGrab()
{
    // The main window's --screenshot grabs a parent widget: the overlays must be in that
    // picture, opaque, and show the current slice and window, not an earlier one.
    auto volume = testing::makeSphereVolume({64, 64, 20}, {1.0, 1.0, 2.0}, identityAxes, {20, 20, 10}, 5);
    QWidget parent;
    parent.resize(320, 320);
    auto *view = new SliceView(&parent);
    view->setGeometry(10, 10, 300, 300);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    view->setVolume(volume);
    view->setWindow({40.0, 400.0});
    const QRect sliceText(10, 10, 90, 40);    // "Im: n/20" at the top left of the view
    const QRect windowText(10, 280, 110, 40); // "W: .. L: .." at the bottom left
    const auto changed = [](const QImage &a, const QImage &b, QRect logical) {
        const qreal dpr = a.devicePixelRatio(); // the rectangles are in widget coordinates
        const QRect r = QRectF(QPointF(logical.topLeft()) * dpr, QSizeF(logical.size()) * dpr).toAlignedRect();
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += a.pixel(x, y) != b.pixel(x, y);
        return n;
    };
    const auto grabParent = [&] {
        QCoreApplication::processEvents();
        return parent.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    };

    const QImage first = grabParent();
    view->setOverlaysVisible(false);
    const QImage plain = grabParent();
    view->setOverlaysVisible(true);
    QVERIFY2(changed(first, plain, sliceText) > 30, "corner text in the grab of the parent");
    QVERIFY2(changed(first, plain, windowText) > 30, "W/L text in the grab of the parent");

    view->setSliceIndex(view->sliceIndex() + 1);
    const QImage next = grabParent();
    QVERIFY2(changed(first, next, sliceText) > 5, "the slice number follows the slice");
    QCOMPARE(changed(first, next, windowText), 0);
    view->setWindow({60.0, 400.0});
    const QImage windowed = grabParent();
    QVERIFY2(changed(next, windowed, windowText) > 5, "the W/L text follows the window");
    view->setSliceIndex(view->sliceIndex() - 1);
    view->setWindow({40.0, 400.0});
    QCOMPARE(changed(first, grabParent(), QRect(10, 10, 300, 300)), 0); // same state, same picture

    // The frame is opaque, also where no image is drawn, so nothing shows through.
    view->zoomBy(0.25);
    const QImage frame = view->grabFramebuffer();
    QVERIFY(frame.hasAlphaChannel());
    for (const QPoint p : {QPoint(2, 2), QPoint(150, 150), QPoint(297, 150), QPoint(150, 297)})
        QCOMPARE(qAlpha(frame.pixel(p)), 255);
}

void TestSliceView::obliqueLettersCombine()
{
    // Rows rotated 30 degrees from patient left towards posterior, columns accordingly.
    const double c = std::cos(M_PI / 6), s = std::sin(M_PI / 6);
    auto volume = testing::makeSphereVolume({32, 32, 8}, {1.0, 1.0, 2.0},
                                            {core::Vec3{c, s, 0}, core::Vec3{-s, c, 0}, core::Vec3{0, 0, 1}},
                                            {10, 10, 4}, 3);
    SliceView view;
    view.resize(200, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    // Screen right = row direction (0.87 L, 0.5 P) → "LP"; down = (-0.5 R, 0.87 P) → "PR".
    using Letters = std::array<QString, 4>;
    QCOMPARE(view.edgeLetters(), (Letters{"RA", "LP", "AL", "PR"}));
}

void TestSliceView::realCtAnteriorAtTop()
{
    const QString dir = QStringLiteral(ETALON_SHARED_DICOM "/ct-3slice");
    if (!QDir(dir).exists())
        QSKIP("shared DICOM data not present");
    QStringList files;
    for (const QString &f : QDir(dir).entryList({"*.dcm"}, QDir::Files, QDir::Name))
        files << dir + QLatin1Char('/') + f;
    auto loaded = core::dicom::VolumeLoader::loadSeries(files);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    auto volume = std::make_shared<core::Volume>(std::move(loaded.value()));
    QCOMPARE(volume->columns(), 512);
    QCOMPARE(volume->rows(), 512);

    SliceView view;
    view.resize(512, 512);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    view.setOverlaysVisible(false);
    view.setWindow({40.0, 400.0});
    const QImage image = view.grabFramebuffer();
    view.setOverlaysVisible(true);
    view.grabFramebuffer().save(QStringLiteral("/tmp/etalon-viewer-ct-3slice.png"));

    // Image Orientation (1,0,0 / 0,1,0): DICOM row 0 is the patient's most anterior row, and
    // the patient coordinate grows posterior going down the screen.
    const auto top = view.patientAt(QPointF(256, 10));
    const auto bottom = view.patientAt(QPointF(256, 500));
    QVERIFY(top && bottom);
    QVERIFY((*top)[1] < (*bottom)[1]);
    QCOMPARE(view.edgeLetters()[2], QStringLiteral("A"));

    // The rendered picture matches the stored rows in order, not flipped: compare the body
    // mask per row (HU > -300) of the middle slice with the bright pixels per screen row.
    const int k = view.sliceIndex();
    double same = 0, flipped = 0;
    for (int j = 0; j < 512; j += 4) {
        int stored = 0, shown = 0;
        for (int i = 0; i < 512; i += 2) {
            stored += volume->modalityValue(i, j, k) > -300 ? 1 : 0;
            shown += grey(image, i, j) > 20 ? 1 : 0;
        }
        int storedFlipped = 0;
        for (int i = 0; i < 512; i += 2)
            storedFlipped += volume->modalityValue(i, 511 - j, k) > -300 ? 1 : 0;
        same += std::abs(stored - shown);
        flipped += std::abs(storedFlipped - shown);
    }
    QVERIFY2(same * 3 < flipped, qPrintable(QStringLiteral("row mismatch %1 vs flipped %2").arg(same).arg(flipped)));
}

void TestSliceView::largeMammogramStaysResponsive()
{
    const QString file = QStringLiteral(ETALON_SHARED_DICOM "/mammo/MG1_JPLY.dcm");
    if (!QFile::exists(file))
        QSKIP("shared DICOM data not present");
    auto loaded = core::dicom::VolumeLoader::loadFile(file);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    auto volume = std::make_shared<core::Volume>(std::move(loaded.value()));
    QCOMPARE(volume->rows(), 4664);
    QCOMPARE(volume->columns(), 3064);

    SliceView view;
    view.resize(900, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    QCOMPARE(view.sliceCount(), 1);
    const double first = view.renderNow();
    view.grabFramebuffer().save(QStringLiteral("/tmp/etalon-viewer-mammo.png"));

    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::vector<double> windowing, panning, zooming;
    const core::WindowLevel w0 = view.window();
    for (int n = 1; n <= 7; ++n) {
        view.setWindow({w0.center + n * 20.0, w0.width - n * 30.0});
        windowing.push_back(view.renderNow());
    }
    for (int n = 0; n < 7; ++n) {
        view.panBy(QPointF(7, 5));
        panning.push_back(view.renderNow());
    }
    for (int n = 0; n < 7; ++n) {
        view.zoomBy(n % 2 ? 1.0 / 1.1 : 1.1);
        zooming.push_back(view.renderNow());
    }
    qInfo("mammogram 3064x4664 in 900x900: first frame %.1f ms, window %.1f ms, pan %.1f ms, zoom %.1f ms (median)",
          first, median(windowing), median(panning), median(zooming));
    QVERIFY(view.isShowingReducedCopy());
    // Generous bounds (a shared 2-core machine): interactive, not a slideshow.
    QVERIFY(median(windowing) < 100.0);
    QVERIFY(median(panning) < 100.0);

    // Zoomed to full resolution the full image is drawn, and the value under the cursor is
    // the stored sample there.
    view.zoomBy(1.0 / view.zoom(), QPointF(450, 450));
    QCOMPARE(qRound(view.zoom() * 100), 100);
    QVERIFY(!view.isShowingReducedCopy());
    view.grabFramebuffer().save(QStringLiteral("/tmp/etalon-viewer-mammo-100.png"));
}

void TestSliceView::scrolling512IsFast()
{
    auto volume = testing::makeSphereVolume({512, 512, 60}, {0.7, 0.7, 1.0}, identityAxes, {200, 150, 30}, 20);
    SliceView view;
    view.resize(512, 512);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    view.renderNow();
    std::vector<double> frames, extraction;
    for (int k = 0; k < 40; ++k) {
        view.setSliceIndex(k);
        extraction.push_back(view.lastExtractionMs());
        frames.push_back(view.renderNow());
    }
    std::sort(frames.begin(), frames.end());
    std::sort(extraction.begin(), extraction.end());
    qInfo("512x512 axial scroll: %.2f ms/frame median (extraction %.2f ms), synthetic volume", frames[frames.size() / 2],
          extraction[extraction.size() / 2]);
    view.setOrientation(SliceOrientation::Sagittal);
    for (int k = 0; k < 20; ++k)
        view.setSliceIndex(200 + k);
    qInfo("512x60 sagittal extraction %.2f ms", view.lastExtractionMs());
    QVERIFY(frames[frames.size() / 2] < 50.0); // loose: the target (10 ms) is checked by bench/
}

QTEST_MAIN(TestSliceView)
#include "tst_sliceview.moc"
