#include "tests/viewer/SyntheticVolumes.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace etalon;
using viewer::SliceOrientation;
using viewer::SliceView;

class TestSliceView : public QObject {
    Q_OBJECT
public:
    static void initMain() { viewer::VtkOpenGLWidget::setDefaultSurfaceFormat(); }

private slots:
    void smoke();
    void perfLarge();
};

void TestSliceView::smoke()
{
    auto volume = testing::makeSphereVolume({128, 128, 40}, {1.5, 1.5, 2.5},
                                            {core::Vec3{1, 0, 0}, core::Vec3{0, 1, 0}, core::Vec3{0, 0, 1}},
                                            {40, 30, 28}, 8);
    for (auto o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal}) {
        SliceView view;
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setOrientation(o);
        view.setVolume(volume);
        view.setWindow({0.0, 2200.0});
        view.setSliceIndex(view.sliceIndexAt(volume->geometry.indexToPatient({40, 30, 28})));
        QImage img = view.grabFramebuffer();
        img.save(QStringLiteral("/tmp/etalon-viewer-smoke-%1.png").arg(int(o)));
        qDebug() << "render ms" << view.renderNow() << view.renderNow() << "extract" << view.lastExtractionMs();
    }
}

void TestSliceView::perfLarge()
{
    auto volume = testing::makeRampImage(4664, 3064);
    SliceView view;
    view.resize(1000, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    qDebug() << "first" << view.renderNow() << "extract" << view.lastExtractionMs();
    for (int n = 0; n < 3; ++n) {
        view.setWindow({2000.0 + n * 10, 3000.0});
        qDebug() << "wl" << view.renderNow();
    }
    for (int n = 0; n < 3; ++n) {
        view.panBy({5, 3});
        qDebug() << "pan" << view.renderNow();
    }
    for (int n = 0; n < 3; ++n) {
        view.zoomBy(1.2);
        qDebug() << "zoom" << view.renderNow();
    }
}

QTEST_MAIN(TestSliceView)
#include "tst_sliceview.moc"
