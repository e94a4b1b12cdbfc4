// etalon-bench-annotate: latency of one mouse-move step while drawing on a SliceView of a
// SYNTHETIC 512x512x300 CT: a 500-vertex freehand contour and a brush stroke of 500 steps,
// each step = the mouse event through the tool (contour vertex or brush voxels into the
// annotation document's working mask, overlay update) + renderNow(). The reference is the
// same view scrolling one slice per step without annotations. Needs X (xvfb-run).

#include "bench/BenchSupport.h"
#include "bench/BenchWindow.h"
#include "core/annotation/AnnotationDocument.h"
#include "core/dicom/VolumeLoader.h"
#include "tests/core/ReadingFixture.h"
#include "viewer/AnnotationController.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUndoStack>
#include <QFileInfo>
#include <QMouseEvent>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numeric>
#include <string>
#include <vector>

using namespace etalon;
using namespace etalon::bench;

namespace {

using Stats = TimingStats;

void send(QWidget &w, QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w.mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(&w, &event);
}

/// Times \a steps mouse moves with the left button held along \a path, each followed by
/// renderNow(); best of \a repeats strokes (lowest mean), each stroke pressed and released.
/// \a release runs after each stroke's release (e.g. undo, so strokes start alike).
std::vector<double> stroke(viewer::SliceView &view, const std::vector<QPointF> &path, int repeats,
                           const std::function<void()> &afterRelease, double *releaseMs)
{
    std::vector<double> best;
    QElapsedTimer timer;
    for (int r = 0; r < repeats; ++r) {
        std::vector<double> times;
        send(view, QEvent::MouseButtonPress, path.front(), Qt::LeftButton, Qt::LeftButton);
        view.renderNow();
        for (std::size_t i = 1; i < path.size(); ++i) {
            timer.start();
            send(view, QEvent::MouseMove, path[i], Qt::NoButton, Qt::LeftButton);
            view.renderNow();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        timer.start();
        send(view, QEvent::MouseButtonRelease, path.back(), Qt::LeftButton, Qt::NoButton);
        view.renderNow();
        if (releaseMs)
            *releaseMs = double(timer.nsecsElapsed()) / 1e6;
        afterRelease();
        QCoreApplication::processEvents();
        if (best.empty() || timingStats(times).mean < timingStats(best).mean)
            best = std::move(times);
    }
    return best;
}

void report(const char *what, const Stats &s, const Stats *reference, const std::string &resultName)
{
    const double target = 8.0;
    const bool ok = s.p95 <= target;
    std::printf("%-52s %6d %8.2f %8.2f %8.2f   <= %.1f %s\n", what, s.count, s.mean, s.p95, s.max, target, ok ? "ok" : "MISSED");
    printResult(resultName, format("%.2f", s.mean) + format(" p95 %.2f", s.p95),
                reference ? format("scroll %.2f", reference->mean) + format(" p95 %.2f", reference->p95) : std::string(),
                reference ? format("%.2f", s.mean / reference->mean) : std::string(), "p95 <= 8.0", ok ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QString dir;
    int repeats = 3;
    int viewSize = 512;
    const QStringList args = app.arguments().mid(1);
    for (int a = 0; a < args.size(); ++a) {
        if (args[a] == QLatin1String("--repeats") && a + 1 < args.size())
            repeats = std::max(1, args[++a].toInt());
        else if (args[a] == QLatin1String("--view") && a + 1 < args.size())
            viewSize = std::max(128, args[++a].toInt());
        else if (args[a] == QLatin1String("--help") || args[a] == QLatin1String("-h")) {
            std::printf("Usage: etalon-bench-annotate [DIR] [--repeats R] [--view PIXELS]\n"
                        "DIR: a SYNTHETIC 512x512x300 series (default: generated with etalon-make-synthetic-ct\n"
                        "into ${TMPDIR:-/tmp}/etalon-bench/ct300-explicit). Run under xvfb-run.\n");
            return 0;
        } else
            dir = args[a];
    }
    if (dir.isEmpty()) {
        dir = QDir(qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp"))).filePath(QStringLiteral("etalon-bench/ct300-explicit"));
        if (QDir(dir).entryList({QStringLiteral("*.dcm")}, QDir::Files).size() != 300) {
            const std::string generator = QFileInfo(QString::fromStdString(selfExecutable())).dir().filePath(QStringLiteral("etalon-make-synthetic-ct")).toStdString();
            std::printf("Generating a SYNTHETIC 300-slice CT series in %s\n", qPrintable(dir));
            const ChildRun run = runChild({generator, "--out", dir.toStdString(), "--slices", "300", "--force"});
            if (run.exitCode != 0) {
                std::printf("Could not generate the series with %s\n", generator.c_str());
                printResult("annotate: freehand step (ms)", "no series", "", "", "p95 <= 8.0", "n/a");
                return 1;
            }
        }
    }

    std::printf("== etalon-bench-annotate: one mouse-move step while drawing (SYNTHETIC CT) ==\n");
    std::printf("Machine: %s\n", machineSummary().c_str());
    std::printf("Step:    mouse event through the tool (document, overlay) + SliceView::renderNow()\n"
                "         (VTK render when needed, blit, overlay sprites, glFinish). Best of %d strokes.\n",
                repeats);

    // A workspace with the series imported and a started reading of it.
    readingtest::Fixture fx;
    QElapsedTimer setup;
    setup.start();
    if (!fx.setUp(2, 0, {dir})) {
        std::printf("Workspace set-up failed: %s\n", qPrintable(fx.error));
        return 1;
    }
    auto dataset = fx.dataset(QStringLiteral("DS_BENCH_CT_OGK"), QStringLiteral("custom-chest-xray"), fx.studyUids);
    core::workflow::AssignOptions options;
    options.readerIds = {fx.ids.value(QStringLiteral("r1")), fx.ids.value(QStringLiteral("r2"))};
    if (!dataset) {
        std::printf("Dataset set-up failed: %s\n", qPrintable(dataset.error().message));
        return 1;
    }
    if (auto assigned = core::workflow::Readings::assign(*fx.ws, *fx.admin, QStringLiteral("DS_BENCH_CT_OGK"), options); !assigned) {
        std::printf("Assignment failed: %s\n", qPrintable(assigned.error().message));
        return 1;
    }
    const qint64 readingId = fx.readingOf(QStringLiteral("r1"), QStringLiteral("DS_BENCH_CT_OGK"), fx.studyUids.first());
    auto opened = core::annotation::AnnotationDocument::open(*fx.ws, fx.user(QStringLiteral("r1")), readingId);
    if (!opened) {
        std::printf("Could not open the reading: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    auto document = std::move(*opened);
    QDir folder(dir);
    QStringList files;
    for (const QString &name : folder.entryList({QStringLiteral("*.dcm")}, QDir::Files))
        files << folder.absoluteFilePath(name);
    auto loaded = core::dicom::VolumeLoader::loadSeries(files);
    if (!loaded) {
        std::printf("Could not load %s: %s\n", qPrintable(dir), qPrintable(loaded.error().message));
        return 1;
    }
    auto volume = std::make_shared<const core::Volume>(std::move(loaded).value());
    std::printf("CT:      %s, %dx%dx%d (SYNTHETIC), set-up %.1f s\n", qPrintable(dir), volume->columns(), volume->rows(),
                volume->slices(), setup.elapsed() / 1000.0);

    viewer::SliceView view;
    view.resize(int(viewSize / view.devicePixelRatio()), int(viewSize / view.devicePixelRatio()));
    view.show();
    if (!waitExposed(view)) {
        std::printf("The window was never exposed: is an X server running (xvfb-run)?\n");
        return 1;
    }
    view.setVolume(volume);
    view.renderNow();
    std::printf("View:    %dx%d device pixels\n\n", viewSize, viewSize);
    std::printf("%-52s %6s %8s %8s %8s   %s\n", "case", "steps", "mean ms", "p95 ms", "max ms", "target (p95)");

    // Reference: the same view scrolling one slice per step, no annotations.
    std::vector<double> scroll;
    QElapsedTimer timer;
    for (int r = 0; r < repeats; ++r) {
        std::vector<double> times;
        for (int s = 0; s < 300; ++s) {
            timer.start();
            view.setSliceIndex(s % 2 ? 150 + s / 2 : 150 - s / 2);
            view.renderNow();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (scroll.empty() || timingStats(times).mean < timingStats(scroll).mean)
            scroll = std::move(times);
    }
    const Stats reference = timingStats(scroll);
    std::printf("%-52s %6d %8.2f %8.2f %8.2f   (reference)\n", "scroll one slice, no annotations", reference.count, reference.mean,
                reference.p95, reference.max);

    viewer::AnnotationController controller;
    controller.setDocument(document.get(), volume);
    view.setAnnotationController(&controller);
    view.setSliceIndex(150);
    view.renderNow();

    // Freehand: 500 vertices around a circle (each step at least half an image pixel on).
    const QPointF centre(view.width() / 2.0, view.height() / 2.0);
    std::vector<QPointF> circle;
    for (int i = 0; i <= 500; ++i) {
        const double t = 2.0 * M_PI * i / 500.0;
        circle.push_back(centre + QPointF(0.32 * view.width() * std::cos(t), 0.3 * view.height() * std::sin(t)));
    }
    controller.setTool(viewer::AnnotationTool::Freehand);
    double storeMs = 0;
    const auto undo = [&] { document->undoStack()->undo(); };
    const Stats freehand = timingStats(stroke(view, circle, repeats, undo, &storeMs));
    report("freehand contour, 500 vertices: one move step", freehand, &reference, "annotate: freehand 500-vertex step (ms)");
    std::printf("    (release: contour stored, one undo step: %.2f ms)\n", storeMs);

    // Brush: radius 5 mm, 500 steps of a zig-zag over the body.
    std::vector<QPointF> zigzag;
    for (int i = 0; i <= 500; ++i) {
        const double x = 0.2 * view.width() + 0.6 * view.width() * (i % 100) / 100.0;
        const double y = 0.25 * view.height() + 0.5 * view.height() * (i / 100) / 5.0 + ((i / 100) % 2 ? -1 : 1) * 0.0;
        zigzag.push_back(QPointF((i / 100) % 2 ? view.width() - x : x, y));
    }
    controller.setTool(viewer::AnnotationTool::Brush);
    viewer::MaskToolSettings settings = controller.maskSettings();
    settings.brushRadiusMm = 5.0;
    controller.setMaskSettings(settings);
    const Stats brush = timingStats(stroke(view, zigzag, repeats, undo, &storeMs));
    report("brush 5 mm, 500 steps: one move step", brush, &reference, "annotate: brush step (ms)");
    std::printf("    (release: stroke stored as one delta, one undo step: %.2f ms)\n", storeMs);

    settings.threshold = std::make_pair(-100.0, 200.0);
    controller.setMaskSettings(settings);
    const Stats thresholded = timingStats(stroke(view, zigzag, repeats, undo, &storeMs));
    report("brush 5 mm, threshold -100..200 HU: one move step", thresholded, &reference, "annotate: thresholded brush step (ms)");

    // Zoomed in four times: more screen pixels per voxel for the mask overlay.
    settings.threshold.reset();
    settings.brushRadiusMm = 15.0;
    controller.setMaskSettings(settings);
    view.zoomBy(4.0);
    const Stats zoomed = timingStats(stroke(view, zigzag, repeats, undo, &storeMs));
    report("brush 15 mm, zoom x4: one move step", zoomed, &reference, "annotate: brush step zoomed x4 (ms)");

    // Storing a stroke on release: the first one creates the reading's mask, later ones
    // store a delta.
    view.resetView();
    double firstMs = 0, laterMs = 0;
    stroke(view, zigzag, 1, [] {}, &firstMs);
    const std::vector<QPointF> shortPath(zigzag.begin(), zigzag.begin() + 50);
    stroke(view, shortPath, 1, [] {}, &laterMs);
    std::printf("\nStoring a stroke on release: first (creates the mask) %.1f ms, a later 50-step stroke %.1f ms\n", firstMs,
                laterMs);
    return 0;
}
