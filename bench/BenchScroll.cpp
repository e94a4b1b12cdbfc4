// etalon-bench-scroll: time per frame of viewer::SliceView while scrolling a 512x512 CT
// series, and while panning, zooming and windowing a 4664x3064 mammogram, against a bare
// VTK image slice in the same widget class. Each frame is timed from the change until it is
// on screen (see measure()), so the figure is what a user waits for, not just a GL call.
// Needs an X server (VTK has no offscreen path on Debian): run under xvfb-run.

#include "bench/BenchSupport.h"
#include "bench/BenchWindow.h"
#include "core/dicom/VolumeLoader.h"
#include "core/model/Volume.h"
#include "viewer/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QTimer>
#include <QWindow>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkNew.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <numeric>
#include <string>
#include <vector>

using namespace etalon;
using namespace etalon::bench;

namespace {

using Stats = TimingStats;

/// An in-memory SYNTHETIC phantom (used when no series folder is given or it cannot be
/// loaded): ellipse of soft tissue, two lungs, a spine, noise; int16 stored, HU + 1024.
std::shared_ptr<const core::Volume> syntheticVolume(int size, int slices)
{
    auto v = std::make_shared<core::Volume>();
    v->geometry.size = {size, size, slices};
    v->geometry.spacing = {360.0 / size, 360.0 / size, 1.25};
    v->geometry.origin = {-180.0, -180.0, 0.0};
    v->pixelType = core::PixelType::Int16;
    v->sliceRescale = {core::Rescale{1.0, -1024.0}};
    v->defaultWindow = core::WindowLevel{40, 400};
    v->rescaleType = QStringLiteral("HU");
    v->modality = QStringLiteral("CT");
    v->description = QStringLiteral("SYNTHETIC CT phantom (in memory)");
    v->allocate();
    auto *px = reinterpret_cast<std::int16_t *>(v->voxels.get());
    std::uint32_t seed = 12345;
    for (int k = 0; k < slices; ++k)
        for (int j = 0; j < size; ++j)
            for (int i = 0; i < size; ++i) {
                const double x = (i - size / 2.0) / (size / 2.0), y = (j - size / 2.0) / (size / 2.0);
                double hu = -1000;
                if (x * x / 0.85 + y * y / 0.4 < 1) {
                    hu = 40;
                    if ((x - 0.4) * (x - 0.4) / 0.08 + y * y / 0.15 < 1 || (x + 0.4) * (x + 0.4) / 0.08 + y * y / 0.15 < 1)
                        hu = -850;
                    if (x * x + (y - 0.4) * (y - 0.4) < 0.01)
                        hu = 900;
                }
                seed = seed * 1664525u + 1013904223u;
                hu += double(seed >> 24) / 8.0 - 16.0;
                *px++ = std::int16_t(std::clamp(hu + 1024.0, 0.0, 4095.0));
            }
    return v;
}

/// The reference for slice rendering, measured in the same run: the platform floor, a bare
/// vtkImageSlice of one int16 slice with a window/level property in the same Qt-hosted VTK
/// widget, no overlays, no geometry handling. Scrolling copies the next slice into its image.
class BareVtkSliceView : public viewer::VtkOpenGLWidget {
public:
    explicit BareVtkSliceView(std::shared_ptr<const core::Volume> volume) : m_volume(std::move(volume))
    {
        setForwardEventsToVtk(false);
        m_image->SetDimensions(m_volume->columns(), m_volume->rows(), 1);
        m_image->AllocateScalars(VTK_SHORT, 1);
        m_mapper->SetInputData(m_image);
        m_mapper->BorderOn();
        m_slice->SetMapper(m_mapper);
        m_slice->GetProperty()->SetInterpolationTypeToLinear();
        setSlice(0);
        setWindow(400, 1064);
        renderer()->AddViewProp(m_slice);
        auto *camera = renderer()->GetActiveCamera();
        camera->ParallelProjectionOn();
        camera->SetViewUp(0, -1, 0);
        camera->SetPosition(0, 0, -1);
        renderer()->ResetCamera();
        // Fit the slice to the view height as SliceView's fit does, so both fill the same pixels.
        camera->SetParallelScale(0.5 * m_volume->rows());
    }
    int sliceCount() const { return m_volume->slices(); }
    void setSlice(int k)
    {
        const std::size_t bytes = m_volume->sliceSampleCount() * 2;
        std::memcpy(m_image->GetScalarPointer(), m_volume->voxels.get() + std::size_t(k) * bytes, bytes);
        m_image->Modified();
    }
    void setWindow(double width, double storedLevel)
    {
        m_slice->GetProperty()->SetColorWindow(width);
        m_slice->GetProperty()->SetColorLevel(storedLevel);
    }

private:
    std::shared_ptr<const core::Volume> m_volume;
    vtkNew<vtkImageData> m_image;
    vtkNew<vtkImageSliceMapper> m_mapper;
    vtkNew<vtkImageSlice> m_slice;
};

struct Frames {
    std::vector<double> render; ///< change + SliceView::renderNow (VTK render, blit, overlays, glFinish)
    std::vector<double> screen; ///< change until the frame is on screen (QOpenGLWidget::frameSwapped)
};

double meanOf(const std::vector<double> &v)
{
    return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

/// Times \a frames frames, \a repeats blocks each, of two kinds: 'render' (the change, then
/// renderNow: the widget's own synchronous render into its framebuffer) and 'screen' (the
/// change, then the path user input takes, requestRender, until Qt has composed the window
/// and swapped buffers: frameSwapped). QWidget::repaint() is no use here: with Qt 6's
/// composition it returns before anything is drawn. Keeps the block with the lowest mean of
/// each kind: the machine is shared and other load only adds.
Frames measure(viewer::VtkOpenGLWidget &view, int frames, int repeats, const std::function<void(int)> &change)
{
    QEventLoop untilSwapped;
    const auto connection = QObject::connect(&view, &QOpenGLWidget::frameSwapped, &untilSwapped, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &untilSwapped, &QEventLoop::quit);
    auto showFrame = [&] {
        view.requestRender();
        view.update();
        timeout.start(2000);
        untilSwapped.exec();
        timeout.stop();
    };
    for (int f = 0; f < 5; ++f) { // warm-up: textures, shaders, caches
        change(f);
        showFrame();
    }
    Frames best;
    QElapsedTimer timer;
    int frame = 0;
    for (int r = 0; r < repeats; ++r) {
        std::vector<double> render, screen;
        for (int f = 0; f < frames; ++f) {
            timer.start();
            change(frame++);
            view.renderNow();
            render.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        for (int f = 0; f < frames; ++f) {
            timer.start();
            change(frame++);
            showFrame();
            screen.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (best.render.empty() || meanOf(render) < meanOf(best.render))
            best.render = std::move(render);
        if (best.screen.empty() || meanOf(screen) < meanOf(best.screen))
            best.screen = std::move(screen);
    }
    QObject::disconnect(connection);
    if (qEnvironmentVariableIsSet("ETALON_BENCH_DUMP")) {
        for (double m : best.screen)
            std::printf("%.1f ", m);
        std::printf("\n");
    }
    return best;
}

/// Prints a row; with \a reference (the bare VTK floor) the result row carries the ratio.
void report(const std::string &what, const Frames &frames, double target, const std::string &resultName,
            const Frames *reference = nullptr)
{
    const Stats render = timingStats(frames.render);
    const Stats screen = timingStats(frames.screen);
    const bool ok = screen.p95 <= target;
    std::printf("%-44s %6d %8.2f %8.2f %8.2f %8.2f %8.2f   <= %.1f %s\n", what.c_str(), screen.count, render.mean,
                render.p95, screen.mean, screen.p95, screen.max, target, ok ? "ok" : "MISSED");
    std::string referenceText;
    std::string ratio;
    if (reference) {
        const Stats ref = timingStats(reference->screen);
        referenceText = format("bare VTK %.1f", ref.mean) + format(" p95 %.1f", ref.p95);
        ratio = format("%.2f", screen.mean / ref.mean);
    }
    printResult(resultName,
                format("%.1f", screen.mean) + format(" p95 %.1f", screen.p95) + format(" (render %.1f)", render.mean),
                referenceText, ratio, format("p95 <= %.1f", target), ok ? "ok" : "MISSED");
}

void reportReference(const std::string &what, const Frames &frames)
{
    const Stats render = timingStats(frames.render);
    const Stats screen = timingStats(frames.screen);
    std::printf("%-44s %6d %8.2f %8.2f %8.2f %8.2f %8.2f   (reference)\n", what.c_str(), screen.count, render.mean,
                render.p95, screen.mean, screen.p95, screen.max);
}

void usage()
{
    std::printf("Usage: etalon-bench-scroll [DIR] [--frames N] [--repeats R] [--mammo FILE] [--views 1024,512]\n"
                "Scrolls the series in DIR (default: an in-memory SYNTHETIC 512x512x600 phantom) in a\n"
                "SliceView of each square view size (device pixels), then pans, zooms and windows the\n"
                "mammogram FILE in the largest view. Run under xvfb-run.\n");
}

} // namespace

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication app(argc, argv);

    QString dir;
    QString mammo;
    int frames = 200;
    int repeats = 3;
    QList<int> viewSizes{1024, 512};
    const QStringList args = app.arguments().mid(1);
    for (int a = 0; a < args.size(); ++a) {
        const QString &arg = args[a];
        if (arg == QLatin1String("--frames") && a + 1 < args.size())
            frames = std::max(10, args[++a].toInt());
        else if (arg == QLatin1String("--repeats") && a + 1 < args.size())
            repeats = std::max(1, args[++a].toInt());
        else if (arg == QLatin1String("--mammo") && a + 1 < args.size())
            mammo = args[++a];
        else if (arg == QLatin1String("--views") && a + 1 < args.size()) {
            viewSizes.clear();
            for (const QString &v : args[++a].split(QLatin1Char(',')))
                if (v.toInt() >= 64)
                    viewSizes << v.toInt();
            if (viewSizes.isEmpty())
                viewSizes << 1024;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            usage();
            return 0;
        } else if (!arg.startsWith(QLatin1Char('-')) && dir.isEmpty())
            dir = arg;
        else {
            usage();
            return 2;
        }
    }

    std::printf("== etalon-bench-scroll: SliceView time per frame ==\n");
    std::printf("Machine: %s\n", machineSummary().c_str());
    std::printf("Method:  'render' = change + renderNow() (VTK render, blit, overlays, glFinish);\n"
                "         'on screen' = change + requestRender() until Qt has composed the window and swapped\n"
                "         (frameSwapped): what a user waits for. Best of %d blocks of %d frames (lowest mean).\n",
                repeats, frames);

    viewer::SliceView view;
    const int firstSize = viewSizes.first();
    view.resize(firstSize, firstSize);
    view.show();
    if (!waitExposed(view)) {
        std::printf("The window was never exposed: is an X server running (xvfb-run)?\n");
        printResult("scroll 512x512 synthetic CT (ms/frame)", "no X display", "", "", "p95 <= 10.0", "n/a");
        return 1;
    }
    view.renderNow();
    {
        view.makeCurrent();
        QOpenGLContext *ctx = view.context();
        const auto *renderer = ctx ? reinterpret_cast<const char *>(ctx->functions()->glGetString(GL_RENDERER)) : nullptr;
        std::printf("OpenGL:  %s\n", renderer ? renderer : "unknown");
        view.doneCurrent();
    }

    std::shared_ptr<const core::Volume> ct;
    QString ctSource;
    if (!dir.isEmpty()) {
        QDir folder(dir);
        QStringList files;
        for (const QString &name : folder.entryList(QDir::Files))
            files << folder.absoluteFilePath(name);
        auto loaded = core::dicom::VolumeLoader::loadSeries(files);
        if (loaded) {
            ct = std::make_shared<const core::Volume>(std::move(loaded).value());
            ctSource = dir + QStringLiteral(" (SYNTHETIC series, loaded with VolumeLoader)");
        } else {
            std::printf("Could not load %s: %s; using the in-memory phantom.\n", qPrintable(dir),
                        qPrintable(loaded.error().message));
        }
    }
    if (!ct) {
        ct = syntheticVolume(512, 600);
        ctSource = QStringLiteral("in-memory SYNTHETIC phantom 512x512x600");
    }
    std::printf("CT:      %s, %dx%dx%d\n\n", qPrintable(ctSource), ct->columns(), ct->rows(), ct->slices());
    std::printf("%-44s %6s %8s %8s %8s %8s %8s   %s\n", "", "", "render", "", "on screen", "", "", "");
    std::printf("%-44s %6s %8s %8s %8s %8s %8s   %s\n", "case (view size in device pixels)", "frames", "mean ms",
                "p95 ms", "mean ms", "p95 ms", "max ms", "target (on-screen p95)");

    auto resizeView = [&](int size) {
        const double dpr = view.devicePixelRatio();
        view.resize(int(size / dpr), int(size / dpr));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 300)
            QCoreApplication::processEvents();
        view.resetView();
    };

    view.setVolume(ct);
    // The reference lives in its own window, shown only while it is measured.
    std::unique_ptr<BareVtkSliceView> bareView;
    if (ct->pixelType == core::PixelType::Int16 && ct->samplesPerPixel == 1)
        bareView = std::make_unique<BareVtkSliceView>(ct);
    auto sweep = [](int f, int count) {
        // Up and down through the whole stack, one slice per frame.
        const int period = 2 * (count - 1);
        const int p = period > 0 ? f % period : 0;
        return p < count ? p : period - p;
    };
    auto windowAt = [](int f) { return core::WindowLevel{40.0 + (f % 50) * 4.0, 400.0 + (f % 30) * 10.0}; };

    for (int size : viewSizes) {
        char tagBuffer[48];
        std::snprintf(tagBuffer, sizeof tagBuffer, " %dx%d view", size, size);
        const std::string tag = tagBuffer;
        Frames refScroll, refWindow;
        const bool haveReference = bareView != nullptr;
        if (haveReference) {
            view.hide();
            const double dpr = bareView->devicePixelRatio();
            bareView->resize(int(size / dpr), int(size / dpr));
            bareView->show();
            waitExposed(*bareView);
            bareView->renderNow();
            refScroll = measure(*bareView, frames, repeats, [&](int f) { bareView->setSlice(sweep(f, bareView->sliceCount())); });
            reportReference("bare VTK slice scroll," + tag, refScroll);
            refWindow = measure(*bareView, frames, repeats, [&](int f) {
                const core::WindowLevel w = windowAt(f);
                bareView->setWindow(w.width, w.center + 1024.0);
            });
            reportReference("bare VTK slice window/level," + tag, refWindow);
            bareView->hide();
            view.show();
            waitExposed(view);
        }
        resizeView(size);
        const int count = view.sliceCount();
        double extraction = 0;
        int extractions = 0;
        const Frames scroll = measure(view, frames, repeats, [&](int f) {
            view.setSliceIndex(sweep(f, count));
            extraction += view.lastExtractionMs();
            ++extractions;
        });
        report("SliceView scroll," + tag, scroll, 10.0, "scroll 512x512 synthetic CT," + tag + " (ms/frame)",
               haveReference ? &refScroll : nullptr);
        std::printf("    (slice extraction into the display buffer alone: mean %.2f ms)\n",
                    extractions ? extraction / extractions : 0.0);
        const Frames wl = measure(view, frames, repeats, [&](int f) { view.setWindow(windowAt(f)); });
        report("SliceView window/level," + tag, wl, 10.0, "W/L 512x512 synthetic CT," + tag + " (ms/frame)",
               haveReference ? &refWindow : nullptr);
        // Where the time goes: the same scroll without text overlays, letters and scale bar.
        view.setOverlaysVisible(false);
        const Frames bare = measure(view, frames, repeats, [&](int f) { view.setSliceIndex(sweep(f, count)); });
        view.setOverlaysVisible(true);
        const Stats bareRender = timingStats(bare.render);
        const Stats bareScreen = timingStats(bare.screen);
        std::printf("%-44s %6d %8.2f %8.2f %8.2f %8.2f %8.2f   (diagnostic)\n",
                    ("  SliceView scroll, overlays hidden," + tag).c_str(), bareScreen.count, bareRender.mean,
                    bareRender.p95, bareScreen.mean, bareScreen.p95, bareScreen.max);
    }
    bareView.reset();

    if (mammo.isEmpty())
        mammo = QStringLiteral(ETALON_SHARED_DICOM "/mammo/MG1_JPLY.dcm");
    auto loadedMammo = core::dicom::VolumeLoader::loadFile(mammo);
    if (!loadedMammo) {
        std::printf("\nMammogram %s: could not load (%s)\n", qPrintable(mammo), qPrintable(loadedMammo.error().message));
        printResult("mammogram pan/zoom/W-L (ms/frame)", "load failed", "", "", "p95 <= 33.3", "n/a");
        return 0;
    }
    auto mg = std::make_shared<const core::Volume>(std::move(loadedMammo).value());
    const int size = *std::max_element(viewSizes.begin(), viewSizes.end());
    resizeView(size);
    std::printf("\nMammogram: %s, %dx%d (real image, NEMA WG-04 test set), %dx%d view; target: 30 frames/s\n",
                qPrintable(mammo), mg->columns(), mg->rows(), size, size);
    view.setVolume(mg);
    const core::WindowLevel base = view.window();
    const Frames pan = measure(view, frames, repeats, [&](int f) {
        const double step = (f / 40) % 2 ? -6.0 : 6.0;
        view.panBy(QPointF(step, step * 0.5));
    });
    report("mammogram pan", pan, 33.3, "mammogram pan (ms/frame)");
    const Frames zoom = measure(view, frames, repeats, [&](int f) {
        view.zoomBy((f / 30) % 2 ? 1.0 / 1.05 : 1.05, QPointF(view.width() * 0.4, view.height() * 0.6));
    });
    report("mammogram zoom", zoom, 33.3, "mammogram zoom (ms/frame)");
    view.resetView();
    const Frames wl = measure(view, frames, repeats, [&](int f) {
        view.setWindow(core::WindowLevel{base.center + (f % 40 - 20) * base.width / 100.0,
                                         base.width * (1.0 + (f % 25) / 50.0)});
    });
    report("mammogram window/level", wl, 33.3, "mammogram W/L (ms/frame)");
    return 0;
}
