#include "viewer/SliceView.h"

#include "viewer/AnnotationController.h"
#include "viewer/AnnotationInteraction.h"
#include "viewer/Logging.h"
#include "viewer/ComparisonOverlay.h"
#include "viewer/OverlayBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkType.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

namespace etalon::viewer {

using core::PixelType;
using core::Vec3;

namespace {

/// How display pixel (u, v) of slice s maps to volume indices.
struct PlaneMap {
    int axisU = 0, axisV = 1, axisN = 2;
    bool flipU = false, flipV = false;
    int width = 0, height = 0, depth = 0;
    double su = 1.0, sv = 1.0;
};

/// Stored samples are shown as they are (window converted to stored units), as float
/// modality values (per-slice rescale, 32-bit types, negative slopes) or as RGB bytes.
enum class DisplayKind { Native, Float, Rgb };

constexpr double cameraDistance = 1000.0;

template <typename Src, typename Dst>
void copyPlane(const Src *src, std::ptrdiff_t base, std::ptrdiff_t du, std::ptrdiff_t dv, int w, int h, Dst *dst)
{
    for (int v = 0; v < h; ++v) {
        const Src *row = src + base + dv * v;
        Dst *out = dst + std::ptrdiff_t(v) * w;
        if (du == 1) {
            for (int u = 0; u < w; ++u)
                out[u] = Dst(row[u]);
        } else {
            for (int u = 0; u < w; ++u)
                out[u] = Dst(row[du * u]);
        }
    }
}

/// Float conversion with the rescale of each pixel's slice: constant, per row or per column.
template <typename Src>
void convertPlane(const Src *src, std::ptrdiff_t base, std::ptrdiff_t du, std::ptrdiff_t dv, int w, int h,
                  const core::Volume &volume, const PlaneMap &map, int slice, float *dst)
{
    const auto kOf = [&](int u, int v) {
        if (map.axisN == 2)
            return slice;
        if (map.axisV == 2)
            return map.flipV ? map.height - 1 - v : v;
        return map.flipU ? map.width - 1 - u : u;
    };
    std::vector<float> slopes, intercepts;
    if (map.axisU == 2) {
        slopes.resize(std::size_t(w));
        intercepts.resize(std::size_t(w));
        for (int u = 0; u < w; ++u) {
            const auto &r = volume.rescaleOfSlice(kOf(u, 0));
            slopes[std::size_t(u)] = float(r.slope);
            intercepts[std::size_t(u)] = float(r.intercept);
        }
    }
    for (int v = 0; v < h; ++v) {
        const Src *row = src + base + dv * v;
        float *out = dst + std::ptrdiff_t(v) * w;
        if (map.axisU == 2) {
            for (int u = 0; u < w; ++u)
                out[u] = float(row[du * u]) * slopes[std::size_t(u)] + intercepts[std::size_t(u)];
        } else {
            const auto &r = volume.rescaleOfSlice(kOf(0, v));
            const float m = float(r.slope), b = float(r.intercept);
            if (du == 1) {
                for (int u = 0; u < w; ++u)
                    out[u] = float(row[u]) * m + b;
            } else {
                for (int u = 0; u < w; ++u)
                    out[u] = float(row[du * u]) * m + b;
            }
        }
    }
}

/// Box-averages a w x h image (comps interleaved) by f into ceil(w/f) x ceil(h/f).
template <typename T>
void boxReduce(const T *src, int w, int h, int comps, int f, T *dst)
{
    const int wr = (w + f - 1) / f, hr = (h + f - 1) / f;
    std::vector<double> sums(std::size_t(wr) * std::size_t(comps));
    std::vector<int> counts(static_cast<std::size_t>(wr));
    for (int vr = 0; vr < hr; ++vr) {
        std::fill(sums.begin(), sums.end(), 0.0);
        std::fill(counts.begin(), counts.end(), 0);
        for (int v = vr * f; v < std::min(h, vr * f + f); ++v) {
            const T *row = src + std::ptrdiff_t(v) * w * comps;
            for (int u = 0; u < w; ++u) {
                const int ur = u / f;
                counts[std::size_t(ur)] += 1;
                for (int c = 0; c < comps; ++c)
                    sums[std::size_t(ur * comps + c)] += double(row[u * comps + c]);
            }
        }
        T *out = dst + std::ptrdiff_t(vr) * wr * comps;
        for (int ur = 0; ur < wr; ++ur)
            for (int c = 0; c < comps; ++c) {
                const double mean = sums[std::size_t(ur * comps + c)] / std::max(1, counts[std::size_t(ur)]);
                out[ur * comps + c] = std::is_floating_point_v<T> ? T(mean) : T(std::lround(mean));
            }
    }
}

/// Images above this many pixels also keep a box-reduced copy, shown when the screen has
/// fewer pixels than the copy and while the window is being dragged: VTK windows slices on
/// the CPU, which for a 4664x3064 mammogram takes far longer than a frame.
constexpr double reducedCopyThreshold = 4.0e6;
constexpr double reducedCopyTarget = 2.0e6;

int vtkTypeOf(PixelType type)
{
    switch (type) {
    case PixelType::UInt8: return VTK_UNSIGNED_CHAR;
    case PixelType::Int8: return VTK_SIGNED_CHAR;
    case PixelType::UInt16: return VTK_UNSIGNED_SHORT;
    case PixelType::Int16: return VTK_SHORT;
    case PixelType::UInt32: return VTK_UNSIGNED_INT;
    case PixelType::Int32: return VTK_INT;
    case PixelType::Float32: return VTK_FLOAT;
    case PixelType::Float64: return VTK_DOUBLE;
    }
    return VTK_FLOAT;
}

template <typename F>
void dispatchType(PixelType type, F &&f)
{
    switch (type) {
    case PixelType::UInt8: f(std::uint8_t{}); break;
    case PixelType::Int8: f(std::int8_t{}); break;
    case PixelType::UInt16: f(std::uint16_t{}); break;
    case PixelType::Int16: f(std::int16_t{}); break;
    case PixelType::UInt32: f(std::uint32_t{}); break;
    case PixelType::Int32: f(std::int32_t{}); break;
    case PixelType::Float32: f(float{}); break;
    case PixelType::Float64: f(double{}); break;
    }
}

/// Patient-direction letters of a unit vector in LPS, strongest component first; components
/// below 0.25 of the vector are left out, so an oblique direction reads "LA", "HP"...
QString directionLetters(const Vec3 &dir)
{
    struct Part {
        double magnitude;
        QChar letter;
    };
    std::array<Part, 3> parts{Part{std::abs(dir[0]), dir[0] >= 0 ? QChar('L') : QChar('R')},
                              Part{std::abs(dir[1]), dir[1] >= 0 ? QChar('P') : QChar('A')},
                              Part{std::abs(dir[2]), dir[2] >= 0 ? QChar('H') : QChar('F')}};
    std::sort(parts.begin(), parts.end(), [](const Part &a, const Part &b) { return a.magnitude > b.magnitude; });
    QString text;
    for (const Part &p : parts)
        if (p.magnitude >= 0.25)
            text += p.letter;
    return text;
}

/// The patient directions opposite to the given letters: "FR" gives "HL".
QString oppositeLetters(const QString &letters)
{
    QString out;
    for (const QChar c : letters) {
        switch (c.unicode()) {
        case 'R': out += QLatin1Char('L'); break;
        case 'L': out += QLatin1Char('R'); break;
        case 'A': out += QLatin1Char('P'); break;
        case 'P': out += QLatin1Char('A'); break;
        case 'H': out += QLatin1Char('F'); break;
        case 'F': out += QLatin1Char('H'); break;
        default: out += c;
        }
    }
    return out;
}

bool isProjectionModality(const QString &modality)
{
    static const QStringList projection{"CR", "DX", "MG", "RG", "XA", "RF", "IO", "PX", "DR"};
    return projection.contains(modality.toUpper());
}

QString formatNumber(double value)
{
    if (std::abs(value - std::round(value)) < 1e-6 && std::abs(value) < 1e9)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', std::abs(value) >= 100 ? 1 : 2);
}

} // namespace

struct SliceView::Private {
    std::shared_ptr<const core::Volume> volume;
    SliceOrientation orientation = SliceOrientation::Axial;
    PlaneMap map;
    DisplayKind kind = DisplayKind::Float;
    int slice = 0;
    core::WindowLevel window;
    core::Rescale nativeRescale; // stored -> modality when kind == Native
    double lastExtractionMs = 0.0;

    // Camera: focal point in display-image world coordinates (mm), half-height in mm.
    double focalX = 0.0, focalY = 0.0, parallelScale = 1.0;
    bool fitted = true;

    bool crosshairVisible = false;
    std::optional<Vec3> crosshair;
    bool overlaysVisible = true;
    bool lettersKnown = true;
    bool mirrored = false;

    Qt::MouseButton dragButton = Qt::NoButton;
    QPointF dragStart, dragLast;
    core::WindowLevel dragStartWindow;
    bool cursorInside = false;
    QPointF cursorPos; // widget position of the last cursor update
    Vec3 cursorPatient{};
    QString cursorValue;

    vtkNew<vtkImageData> image;
    vtkSmartPointer<vtkDataArray> scalars;
    vtkNew<vtkImageSliceMapper> mapper;
    vtkNew<vtkImageSlice> slice3d;
    // Level of detail for large images (see reducedCopyThreshold).
    int reduction = 1;
    bool interactiveWindow = false;
    vtkNew<vtkImageData> reducedImage;
    vtkNew<vtkImageSliceMapper> reducedMapper;
    vtkNew<vtkImageSlice> reducedSlice;
    vtkNew<vtkLookupTable> invertedLut;
    QHash<QString, OverlaySprite> overlayCache; // overlay pictures of the last paint, by content and place
    QPointer<AnnotationController> annotationController;
    QPointer<ComparisonOverlay> comparison;
    QMetaObject::Connection comparisonConnection;
    std::unique_ptr<AnnotationInteraction> annotations; // tools and overlays while a controller is set

    std::ptrdiff_t stride(int axis) const
    {
        const auto &size = volume->geometry.size;
        std::ptrdiff_t s = volume->samplesPerPixel;
        for (int a = 0; a < axis; ++a)
            s *= size[std::size_t(a)];
        return s;
    }

    /// Volume index (continuous) of display-image coordinates (u, v) on slice s.
    Vec3 indexOf(double u, double v, double s) const
    {
        Vec3 idx{};
        idx[std::size_t(map.axisU)] = map.flipU ? map.width - 1 - u : u;
        idx[std::size_t(map.axisV)] = map.flipV ? map.height - 1 - v : v;
        idx[std::size_t(map.axisN)] = s;
        return idx;
    }
    /// Display-image coordinates (u, v, s) of a volume index.
    Vec3 displayOf(const Vec3 &idx) const
    {
        const double u = idx[std::size_t(map.axisU)];
        const double v = idx[std::size_t(map.axisV)];
        return Vec3{map.flipU ? map.width - 1 - u : u, map.flipV ? map.height - 1 - v : v, idx[std::size_t(map.axisN)]};
    }
    Vec3 screenDirection(int axis, bool flip) const
    {
        Vec3 dir = volume->geometry.axes[std::size_t(axis)];
        if (flip)
            for (double &c : dir)
                c = -c;
        return dir;
    }
};

SliceView::SliceView(QWidget *parent) : VtkOpenGLWidget(parent), d(std::make_unique<Private>())
{
    setForwardEventsToVtk(false);
    setMinimumSize(64, 64);

    d->mapper->SetInputData(d->image);
    d->mapper->SliceAtFocalPointOff();
    d->mapper->SliceFacesCameraOff();
    d->mapper->SetOrientationToZ();
    d->mapper->SetSliceNumber(0);
    d->mapper->BorderOn();
    d->slice3d->SetMapper(d->mapper);
    d->reducedMapper->SetInputData(d->reducedImage);
    d->reducedMapper->SliceAtFocalPointOff();
    d->reducedMapper->SliceFacesCameraOff();
    d->reducedMapper->SetOrientationToZ();
    d->reducedMapper->SetSliceNumber(0);
    d->reducedMapper->BorderOn();
    d->reducedSlice->SetMapper(d->reducedMapper);
    d->reducedSlice->SetProperty(d->slice3d->GetProperty());
    d->reducedSlice->VisibilityOff();
    renderer()->AddViewProp(d->reducedSlice);
    auto *property = d->slice3d->GetProperty();
    property->SetInterpolationTypeToLinear();
    property->SetAmbient(1.0);
    property->SetDiffuse(0.0);

    d->invertedLut->SetNumberOfTableValues(256);
    d->invertedLut->SetHueRange(0.0, 0.0);
    d->invertedLut->SetSaturationRange(0.0, 0.0);
    d->invertedLut->SetValueRange(1.0, 0.0);
    d->invertedLut->SetRampToLinear();
    d->invertedLut->Build();

    renderer()->SetBackground(0.0, 0.0, 0.0);
    // An image slice is drawn with ambient light only (ambient 1, diffuse 0), so lights do not
    // change a pixel; without any VTK's fragment shader skips per-pixel normals and lighting,
    // about a quarter of the frame under Mesa llvmpipe at 1024x1024.
    renderer()->AutomaticLightCreationOff();
    renderer()->RemoveAllLights();
    auto *camera = renderer()->GetActiveCamera();
    camera->ParallelProjectionOn();
    d->slice3d->VisibilityOff();
    renderer()->AddViewProp(d->slice3d);
}

SliceView::~SliceView()
{
    d->annotations.reset(); // it reverts a stroke in progress and refers to this view
}

void SliceView::setVolume(std::shared_ptr<const core::Volume> volume)
{
    if (volume && (!volume->voxels || volume->geometry.voxelCount() == 0
                   || volume->byteSize < volume->geometry.voxelCount() * std::size_t(volume->samplesPerPixel)
                                             * std::size_t(core::bytesPerSample(volume->pixelType)))) {
        qCWarning(lcViewer) << "SliceView: volume" << volume->seriesInstanceUid << "has no or too few voxels; not shown";
        volume.reset();
    }
    if (d->annotations)
        d->annotations->cancel();
    d->volume = std::move(volume);
    d->crosshair.reset();
    d->cursorInside = false;
    if (!d->volume) {
        d->reduction = 1;
        updateLevelOfDetail();
        requestRender();
        return;
    }
    const core::Volume &v = *d->volume;
    // Letters only where the file states the orientation: a projection image or a stack
    // without it has no patient axes to name.
    d->lettersKnown = v.orientationKnown && !(v.isTwoDimensional() && isProjectionModality(v.modality)
                        && v.geometry.axes == std::array<Vec3, 3>{Vec3{1, 0, 0}, Vec3{0, 1, 0}, Vec3{0, 0, 1}});

    // Native display when one positive rescale serves every slice and VTK can take the type.
    bool uniform = true;
    for (const auto &r : v.sliceRescale)
        uniform = uniform && r.slope == v.sliceRescale.front().slope && r.intercept == v.sliceRescale.front().intercept;
    const core::Rescale &first = v.rescaleOfSlice(0);
    const bool smallInteger = v.pixelType == PixelType::UInt8 || v.pixelType == PixelType::Int8
                              || v.pixelType == PixelType::UInt16 || v.pixelType == PixelType::Int16;
    if (v.samplesPerPixel >= 3)
        d->kind = DisplayKind::Rgb;
    else if (uniform && first.slope > 0.0 && smallInteger)
        d->kind = DisplayKind::Native;
    else
        d->kind = DisplayKind::Float;
    d->nativeRescale = first;

    d->window = core::initialWindow(v);
    d->slice3d->GetProperty()->SetLookupTable(v.photometric == core::Photometric::Monochrome1 && d->kind != DisplayKind::Rgb
                                                  ? d->invertedLut.Get()
                                                  : nullptr);
    d->slice3d->GetProperty()->UseLookupTableScalarRangeOff();
    updatePlane();
    d->slice = d->map.depth / 2;
    extractSlice();
    applyWindowToProperty();
    fitCamera();
    emit sliceChanged(d->slice);
    emit windowChanged(d->window);
}

std::shared_ptr<const core::Volume> SliceView::volume() const
{
    return d->volume;
}

void SliceView::setOrientation(SliceOrientation orientation)
{
    if (orientation == d->orientation)
        return;
    d->orientation = orientation;
    if (!d->volume)
        return;
    updatePlane();
    d->slice = d->map.depth / 2;
    if (d->crosshair)
        d->slice = sliceIndexAt(*d->crosshair);
    extractSlice();
    fitCamera();
    emit sliceChanged(d->slice);
}

SliceOrientation SliceView::orientation() const
{
    return d->orientation;
}

void SliceView::updatePlane()
{
    const core::Volume &v = *d->volume;
    PlaneMap map;
    const auto &g = v.geometry;
    if (v.supportsMpr()) {
        // Pair each index axis with the patient axis it is closest to (greedy, strongest first).
        std::array<int, 3> indexOfPatient{-1, -1, -1};
        std::array<bool, 3> indexUsed{false, false, false};
        for (int round = 0; round < 3; ++round) {
            double best = -1.0;
            int bestA = 0, bestP = 0;
            for (int a = 0; a < 3; ++a) {
                if (indexUsed[std::size_t(a)])
                    continue;
                for (int p = 0; p < 3; ++p) {
                    if (indexOfPatient[std::size_t(p)] >= 0)
                        continue;
                    const double m = std::abs(g.axes[std::size_t(a)][std::size_t(p)]);
                    if (m > best) {
                        best = m;
                        bestA = a;
                        bestP = p;
                    }
                }
            }
            indexUsed[std::size_t(bestA)] = true;
            indexOfPatient[std::size_t(bestP)] = bestA;
        }
        // (patient axis, sign) of screen right and screen down; LPS: x = L, y = P, z = H.
        int rightAxis = 0, downAxis = 1, normalAxis = 2;
        double rightSign = 1.0, downSign = 1.0;
        switch (d->orientation) {
        case SliceOrientation::Axial: rightAxis = 0; downAxis = 1; normalAxis = 2; downSign = 1.0; break;
        case SliceOrientation::Coronal: rightAxis = 0; downAxis = 2; normalAxis = 1; downSign = -1.0; break;
        case SliceOrientation::Sagittal: rightAxis = 1; downAxis = 2; normalAxis = 0; downSign = -1.0; break;
        }
        map.axisU = indexOfPatient[std::size_t(rightAxis)];
        map.axisV = indexOfPatient[std::size_t(downAxis)];
        map.axisN = indexOfPatient[std::size_t(normalAxis)];
        map.flipU = g.axes[std::size_t(map.axisU)][std::size_t(rightAxis)] * rightSign < 0.0;
        map.flipV = g.axes[std::size_t(map.axisV)][std::size_t(downAxis)] * downSign < 0.0;
    }
    map.width = g.size[std::size_t(map.axisU)];
    map.height = g.size[std::size_t(map.axisV)];
    map.depth = g.size[std::size_t(map.axisN)];
    map.su = g.spacing[std::size_t(map.axisU)] > 0 ? g.spacing[std::size_t(map.axisU)] : 1.0;
    map.sv = g.spacing[std::size_t(map.axisV)] > 0 ? g.spacing[std::size_t(map.axisV)] : 1.0;
    map.flipU = map.flipU != d->mirrored;
    d->map = map;
}

void SliceView::extractSlice()
{
    if (!d->volume)
        return;
    QElapsedTimer timer;
    timer.start();
    const core::Volume &v = *d->volume;
    const PlaneMap &map = d->map;
    const int w = map.width, h = map.height;
    const int components = d->kind == DisplayKind::Rgb ? 3 : 1;
    int vtkType = VTK_FLOAT;
    if (d->kind == DisplayKind::Native)
        vtkType = vtkTypeOf(v.pixelType);
    else if (d->kind == DisplayKind::Rgb)
        vtkType = VTK_UNSIGNED_CHAR;

    int *dims = d->image->GetDimensions();
    if (!d->scalars || d->scalars->GetDataType() != vtkType || d->scalars->GetNumberOfComponents() != components
        || dims[0] != w || dims[1] != h) {
        d->scalars.TakeReference(vtkDataArray::CreateDataArray(vtkType));
        d->scalars->SetNumberOfComponents(components);
        d->scalars->SetNumberOfTuples(vtkIdType(w) * vtkIdType(h));
        d->image->SetDimensions(w, h, 1);
        d->image->GetPointData()->SetScalars(d->scalars);
    }
    d->image->SetSpacing(map.su, map.sv, 1.0);
    d->image->SetOrigin(0.0, 0.0, 0.0);

    const std::ptrdiff_t strideU = d->stride(map.axisU);
    const std::ptrdiff_t strideV = d->stride(map.axisV);
    const std::ptrdiff_t strideN = d->stride(map.axisN);
    const std::ptrdiff_t base = std::ptrdiff_t(d->slice) * strideN + (map.flipU ? std::ptrdiff_t(w - 1) * strideU : 0)
                                + (map.flipV ? std::ptrdiff_t(h - 1) * strideV : 0);
    const std::ptrdiff_t du = map.flipU ? -strideU : strideU;
    const std::ptrdiff_t dv = map.flipV ? -strideV : strideV;
    void *out = d->scalars->GetVoidPointer(0);

    dispatchType(v.pixelType, [&](auto sample) {
        using T = decltype(sample);
        const T *src = reinterpret_cast<const T *>(v.voxels.get());
        if (d->kind == DisplayKind::Rgb) {
            auto *dst = static_cast<std::uint8_t *>(out);
            for (int c = 0; c < 3; ++c) {
                for (int row = 0; row < h; ++row) {
                    const T *in = src + base + c + dv * row;
                    std::uint8_t *o = dst + (std::ptrdiff_t(row) * w) * 3 + c;
                    for (int u = 0; u < w; ++u)
                        o[u * 3] = std::uint8_t(std::clamp<double>(double(in[du * u]), 0.0, 255.0));
                }
            }
        } else if (d->kind == DisplayKind::Native) {
            copyPlane(src, base, du, dv, w, h, static_cast<T *>(out));
        } else {
            convertPlane(src, base, du, dv, w, h, v, map, d->slice, static_cast<float *>(out));
        }
    });
    d->scalars->Modified();
    d->image->Modified();

    const double pixels = double(w) * double(h);
    d->reduction = pixels > reducedCopyThreshold ? int(std::ceil(std::sqrt(pixels / reducedCopyTarget))) : 1;
    if (d->reduction > 1) {
        const int f = d->reduction;
        const int wr = (w + f - 1) / f, hr = (h + f - 1) / f;
        vtkSmartPointer<vtkDataArray> reduced;
        reduced.TakeReference(vtkDataArray::CreateDataArray(vtkType));
        reduced->SetNumberOfComponents(components);
        reduced->SetNumberOfTuples(vtkIdType(wr) * vtkIdType(hr));
        d->reducedImage->SetDimensions(wr, hr, 1);
        d->reducedImage->SetSpacing(map.su * f, map.sv * f, 1.0);
        d->reducedImage->SetOrigin((f - 1) / 2.0 * map.su, (f - 1) / 2.0 * map.sv, 0.0);
        d->reducedImage->GetPointData()->SetScalars(reduced);
        const auto reduce = [&](auto sample) {
            using T = decltype(sample);
            boxReduce(static_cast<const T *>(out), w, h, components, f, static_cast<T *>(reduced->GetVoidPointer(0)));
        };
        switch (vtkType) {
        case VTK_UNSIGNED_CHAR: reduce(std::uint8_t{}); break;
        case VTK_SIGNED_CHAR: reduce(std::int8_t{}); break;
        case VTK_UNSIGNED_SHORT: reduce(std::uint16_t{}); break;
        case VTK_SHORT: reduce(std::int16_t{}); break;
        default: reduce(float{}); break;
        }
        d->reducedImage->Modified();
    }
    updateLevelOfDetail();
    d->lastExtractionMs = double(timer.nsecsElapsed()) / 1e6;
    requestRender();
}

void SliceView::applyWindowToProperty()
{
    auto *property = d->slice3d->GetProperty();
    double center = d->window.center;
    double width = std::max(d->window.width, 1e-6);
    if (d->kind == DisplayKind::Native) {
        center = (center - d->nativeRescale.intercept) / d->nativeRescale.slope;
        width = width / d->nativeRescale.slope;
    }
    property->SetColorWindow(width);
    property->SetColorLevel(center);
    requestRender();
}

void SliceView::updateLevelOfDetail()
{
    const bool visible = d->volume != nullptr;
    const bool reduced = visible && d->reduction > 1 && (d->interactiveWindow || zoom() * d->reduction <= 1.01);
    d->slice3d->SetVisibility(visible && !reduced);
    d->reducedSlice->SetVisibility(reduced);
}

bool SliceView::isShowingReducedCopy() const
{
    return d->reducedSlice->GetVisibility() != 0;
}

double SliceView::lastExtractionMs() const
{
    return d->lastExtractionMs;
}

int SliceView::sliceIndex() const
{
    return d->volume ? d->slice : 0;
}

int SliceView::sliceCount() const
{
    return d->volume ? d->map.depth : 0;
}

void SliceView::setSliceIndex(int index)
{
    if (!d->volume)
        return;
    index = std::clamp(index, 0, d->map.depth - 1);
    if (index == d->slice)
        return;
    d->slice = index;
    extractSlice();
    if (d->cursorInside) // the cursor has not moved (no X round trip for QCursor::pos() per slice)
        updateCursor(d->cursorPos);
    emit sliceChanged(d->slice);
}

core::WindowLevel SliceView::window() const
{
    return d->window;
}

void SliceView::setWindow(core::WindowLevel window)
{
    window.width = std::max(window.width, 1e-3);
    if (window.center == d->window.center && window.width == d->window.width)
        return;
    d->window = window;
    applyWindowToProperty();
    emit windowChanged(d->window);
}

void SliceView::applyWindowPreset(core::WindowPreset preset)
{
    if (!d->volume)
        return;
    setWindow(core::presetWindow(preset, *d->volume));
}

double SliceView::zoom() const
{
    const double ph = std::max(1.0, height() * devicePixelRatio());
    return ph / (2.0 * d->parallelScale) * d->map.su;
}

void SliceView::applyCamera()
{
    auto *camera = renderer()->GetActiveCamera();
    camera->SetFocalPoint(d->focalX, d->focalY, 0.0);
    // Looking along +z with view-up -y: image x to the right, image row 0 at the top.
    camera->SetPosition(d->focalX, d->focalY, -cameraDistance);
    camera->SetViewUp(0.0, -1.0, 0.0);
    camera->SetParallelScale(d->parallelScale);
    camera->SetClippingRange(cameraDistance * 0.5, cameraDistance * 1.5);
    updateLevelOfDetail();
    requestRender();
    emit cameraChanged();
}

SliceCamera SliceView::camera() const
{
    return SliceCamera{d->focalX, d->focalY, d->parallelScale, d->fitted};
}

void SliceView::setCamera(const SliceCamera &camera)
{
    d->focalX = camera.focalX;
    d->focalY = camera.focalY;
    d->parallelScale = std::clamp(camera.parallelScale, 1e-3, 1e6);
    d->fitted = camera.fitted;
    applyCamera();
}

void SliceView::fitCamera()
{
    d->fitted = true;
    if (!d->volume) {
        applyCamera();
        return;
    }
    const double pw = std::max(1.0, width() * devicePixelRatio());
    const double ph = std::max(1.0, height() * devicePixelRatio());
    const double halfW = d->map.width * d->map.su / 2.0;
    const double halfH = d->map.height * d->map.sv / 2.0;
    d->parallelScale = std::max(halfH, halfW * ph / pw);
    d->focalX = (d->map.width - 1) * d->map.su / 2.0;
    d->focalY = (d->map.height - 1) * d->map.sv / 2.0;
    applyCamera();
}

void SliceView::resetView()
{
    fitCamera();
}

void SliceView::zoomBy(double factor, QPointF anchor)
{
    if (!d->volume || factor <= 0.0)
        return;
    const double dpr = devicePixelRatio();
    const double pw = width() * dpr, ph = height() * dpr;
    const double wpp = 2.0 * d->parallelScale / std::max(1.0, ph);
    const QPointF a = anchor.isNull() ? QPointF(width() / 2.0, height() / 2.0) : anchor;
    const double dx = a.x() * dpr - pw / 2.0, dy = a.y() * dpr - ph / 2.0;
    const double worldX = d->focalX + dx * wpp, worldY = d->focalY + dy * wpp;
    const double newScale = std::clamp(d->parallelScale / factor, 1e-3, 1e6);
    const double newWpp = 2.0 * newScale / std::max(1.0, ph);
    d->parallelScale = newScale;
    d->focalX = worldX - dx * newWpp;
    d->focalY = worldY - dy * newWpp;
    d->fitted = false;
    applyCamera();
}

void SliceView::panBy(QPointF delta)
{
    if (!d->volume)
        return;
    const double dpr = devicePixelRatio();
    const double wpp = 2.0 * d->parallelScale / std::max(1.0, height() * dpr);
    d->focalX -= delta.x() * dpr * wpp;
    d->focalY -= delta.y() * dpr * wpp;
    d->fitted = false;
    applyCamera();
}

void SliceView::setCrosshairVisible(bool visible)
{
    d->crosshairVisible = visible;
    update();
}

void SliceView::setCrosshair(const Vec3 &patientPoint)
{
    d->crosshair = patientPoint;
    update();
}

std::optional<Vec3> SliceView::crosshair() const
{
    return d->crosshair;
}

int SliceView::sliceIndexAt(const Vec3 &patientPoint) const
{
    if (!d->volume)
        return 0;
    const Vec3 idx = d->volume->geometry.patientToIndex(patientPoint);
    return std::clamp(int(std::lround(idx[std::size_t(d->map.axisN)])), 0, d->map.depth - 1);
}

Vec3 SliceView::projectOntoSlice(const Vec3 &patientPoint) const
{
    if (!d->volume)
        return patientPoint;
    Vec3 idx = d->volume->geometry.patientToIndex(patientPoint);
    idx[std::size_t(d->map.axisN)] = d->slice;
    return d->volume->geometry.indexToPatient(idx);
}

std::optional<Vec3> SliceView::patientAt(QPointF pos) const
{
    if (!d->volume)
        return std::nullopt;
    const double dpr = devicePixelRatio();
    const double pw = width() * dpr, ph = height() * dpr;
    const double wpp = 2.0 * d->parallelScale / std::max(1.0, ph);
    // Widget coordinates address pixel corners; VTK draws pixel centres at integer world/spacing.
    const double worldX = d->focalX + (pos.x() * dpr - pw / 2.0) * wpp;
    const double worldY = d->focalY + (pos.y() * dpr - ph / 2.0) * wpp;
    const double u = worldX / d->map.su, v = worldY / d->map.sv;
    if (u < -0.5 || v < -0.5 || u >= d->map.width - 0.5 || v >= d->map.height - 0.5)
        return std::nullopt;
    return d->volume->geometry.indexToPatient(d->indexOf(u, v, d->slice));
}

void SliceView::setAnnotationController(AnnotationController *controller)
{
    if (controller == d->annotationController && (controller != nullptr) == (d->annotations != nullptr))
        return;
    d->annotations.reset();
    d->annotationController = controller;
    if (controller)
        d->annotations = std::make_unique<AnnotationInteraction>(this, controller);
    else
        unsetCursor();
    update();
}

AnnotationController *SliceView::annotationController() const
{
    return d->annotationController.data();
}

void SliceView::setComparisonOverlay(ComparisonOverlay *overlay)
{
    disconnect(d->comparisonConnection);
    d->comparison = overlay;
    if (overlay)
        d->comparisonConnection = connect(overlay, &ComparisonOverlay::changed, this, [this] { update(); });
    update();
}

int SliceView::normalAxis() const
{
    return d->map.axisN;
}

SliceProjection SliceView::projection() const
{
    SliceProjection p;
    p.axisU = d->map.axisU;
    p.axisV = d->map.axisV;
    p.axisN = d->map.axisN;
    p.flipU = d->map.flipU;
    p.flipV = d->map.flipV;
    p.width = d->map.width;
    p.height = d->map.height;
    p.depth = d->map.depth;
    p.su = d->map.su;
    p.sv = d->map.sv;
    p.slice = d->slice;
    p.focalX = d->focalX;
    p.focalY = d->focalY;
    p.dpr = devicePixelRatio();
    p.deviceWidth = width() * p.dpr;
    p.deviceHeight = height() * p.dpr;
    p.wpp = 2.0 * d->parallelScale / std::max(1.0, p.deviceHeight);
    return p;
}

std::optional<Vec3> SliceView::indexAt(QPointF widgetPos) const
{
    if (!d->volume)
        return std::nullopt;
    const SliceProjection p = projection();
    const Vec3 idx = p.indexOfWidget(widgetPos);
    if (!p.insideImage(idx))
        return std::nullopt;
    return idx;
}

QPointF SliceView::widgetPositionOfIndex(const Vec3 &index) const
{
    if (!d->volume)
        return {};
    return projection().widgetOfIndex(index);
}

QPointF SliceView::widgetPosition(const Vec3 &patientPoint) const
{
    if (!d->volume)
        return {};
    const Vec3 disp = d->displayOf(d->volume->geometry.patientToIndex(patientPoint));
    const double dpr = devicePixelRatio();
    const double pw = width() * dpr, ph = height() * dpr;
    const double wpp = 2.0 * d->parallelScale / std::max(1.0, ph);
    const double x = (disp[0] * d->map.su - d->focalX) / wpp + pw / 2.0;
    const double y = (disp[1] * d->map.sv - d->focalY) / wpp + ph / 2.0;
    return QPointF(x / dpr, y / dpr);
}

QString SliceView::valueTextAt(const Vec3 &patientPoint) const
{
    if (!d->volume)
        return {};
    const core::Volume &v = *d->volume;
    const Vec3 idx = v.geometry.patientToIndex(patientPoint);
    std::array<int, 3> i{};
    for (std::size_t a = 0; a < 3; ++a) {
        i[a] = int(std::lround(idx[a]));
        if (i[a] < 0 || i[a] >= v.geometry.size[a])
            return {};
    }
    if (v.samplesPerPixel >= 3) {
        return QCoreApplication::translate("etalon::viewer::SliceView", "R %1 G %2 B %3")
            .arg(formatNumber(v.storedValue(i[0], i[1], i[2], 0)))
            .arg(formatNumber(v.storedValue(i[0], i[1], i[2], 1)))
            .arg(formatNumber(v.storedValue(i[0], i[1], i[2], 2)));
    }
    const QString value = formatNumber(v.modalityValue(i[0], i[1], i[2]));
    return v.rescaleType.isEmpty() ? value : value + QLatin1Char(' ') + v.rescaleType;
}

std::array<QString, 4> SliceView::edgeLetters() const
{
    if (!d->volume)
        return {};
    const auto &po = d->volume->patientOrientation;
    if (!d->lettersKnown && !po[0].isEmpty() && !d->volume->supportsMpr()) {
        // A projection image: Patient Orientation names the directions of its rows and
        // columns, shown on the edges the pixel grid puts them on.
        const QString right = d->map.flipU ? oppositeLetters(po[0]) : po[0];
        const QString down = d->map.flipV ? oppositeLetters(po[1]) : po[1];
        return {oppositeLetters(right), right, oppositeLetters(down), down};
    }
    if (!d->lettersKnown)
        return {};
    const Vec3 right = d->screenDirection(d->map.axisU, d->map.flipU);
    const Vec3 down = d->screenDirection(d->map.axisV, d->map.flipV);
    const Vec3 left{-right[0], -right[1], -right[2]};
    const Vec3 up{-down[0], -down[1], -down[2]};
    return {directionLetters(left), directionLetters(right), directionLetters(up), directionLetters(down)};
}

void SliceView::setMirrored(bool mirrored)
{
    if (mirrored == d->mirrored)
        return;
    d->mirrored = mirrored;
    if (!d->volume)
        return;
    updatePlane();
    extractSlice();
    fitCamera();
}

bool SliceView::isMirrored() const
{
    return d->mirrored;
}

void SliceView::setOverlaysVisible(bool visible)
{
    d->overlaysVisible = visible;
    update();
}

void SliceView::resizeGL(int w, int h)
{
    VtkOpenGLWidget::resizeGL(w, h);
    if (d->fitted)
        fitCamera();
    else
        applyCamera();
}

void SliceView::updateCursor(QPointF pos)
{
    const auto patient = patientAt(pos);
    d->cursorPos = pos;
    d->cursorInside = patient.has_value();
    if (!patient) {
        d->cursorValue.clear();
        update();
        return;
    }
    d->cursorPatient = *patient;
    d->cursorValue = valueTextAt(*patient);
    emit cursorMoved(*patient, d->cursorValue);
    update();
}

void SliceView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (!d->volume)
        return;
    if (d->annotations && event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)
        && d->dragButton == Qt::NoButton && d->annotations->mousePress(event)) {
        d->dragLast = event->position();
        updateCursor(event->position());
        event->accept();
        return;
    }
    d->dragButton = event->button();
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))
        d->dragButton = Qt::MiddleButton;
    d->dragStart = d->dragLast = event->position();
    d->dragStartWindow = d->window;
    if (d->dragButton == Qt::RightButton) {
        d->interactiveWindow = true;
        updateLevelOfDetail();
    }
    if (d->dragButton == Qt::LeftButton) {
        if (const auto p = patientAt(event->position()))
            emit crosshairRequested(*p);
    }
    event->accept();
}

void SliceView::mouseReleaseEvent(QMouseEvent *event)
{
    if (d->annotations && event->button() == Qt::LeftButton && d->dragButton != Qt::LeftButton
        && d->dragButton != Qt::MiddleButton && d->annotations->mouseRelease(event)) {
        event->accept();
        return;
    }
    d->dragButton = Qt::NoButton;
    if (d->interactiveWindow) {
        d->interactiveWindow = false;
        updateLevelOfDetail();
        requestRender();
    }
    event->accept();
}

void SliceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->volume)
        return;
    const QPointF pos = event->position();
    if (d->annotations && d->dragButton == Qt::NoButton && d->annotations->mouseMove(event)) {
        d->dragLast = pos;
        updateCursor(pos);
        event->accept();
        return;
    }
    switch (d->dragButton) {
    case Qt::RightButton: {
        // Sensitivity scales with the window the image opened with, so CT and 8-bit images
        // both change at a usable rate: about one initial width per 250 pixels.
        const double unit = std::max(core::initialWindow(*d->volume).width, 1e-3) / 250.0;
        const QPointF delta = pos - d->dragStart;
        core::WindowLevel w = d->dragStartWindow;
        w.width = std::max(1e-3, w.width + delta.x() * unit);
        w.center = w.center + delta.y() * unit;
        setWindow(w);
        break;
    }
    case Qt::MiddleButton: panBy(pos - d->dragLast); break;
    case Qt::LeftButton:
        if (const auto p = patientAt(pos))
            emit crosshairRequested(*p);
        break;
    default: break;
    }
    d->dragLast = pos;
    updateCursor(pos);
    event->accept();
}

void SliceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (d->volume && d->annotations && event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)
        && d->dragButton == Qt::NoButton && d->annotations->mouseDoubleClick(event)) {
        event->accept();
        return;
    }
    VtkOpenGLWidget::mouseDoubleClickEvent(event);
}

void SliceView::wheelEvent(QWheelEvent *event)
{
    if (!d->volume)
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.2, steps), event->position());
    } else {
        const int n = steps > 0 ? -std::max(1, int(std::lround(steps))) : std::max(1, int(std::lround(-steps)));
        if (steps != 0.0)
            setSliceIndex(d->slice + n);
    }
    event->accept();
}

void SliceView::keyPressEvent(QKeyEvent *event)
{
    if (!d->volume)
        return VtkOpenGLWidget::keyPressEvent(event);
    if (d->annotations && d->annotations->keyPress(event))
        return event->accept();
    const int key = event->key();
    // Keys 1-9 belong to the reading screen's study classes while annotating.
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !d->annotations) {
        const auto &presets = core::windowPresets();
        const int n = key - Qt::Key_1;
        if (n < presets.size()) {
            applyWindowPreset(presets[n].preset);
            return event->accept();
        }
    }
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Left: setSliceIndex(d->slice - 1); break;
    case Qt::Key_Down:
    case Qt::Key_Right: setSliceIndex(d->slice + 1); break;
    case Qt::Key_PageUp: setSliceIndex(d->slice - 10); break;
    case Qt::Key_PageDown: setSliceIndex(d->slice + 10); break;
    case Qt::Key_Home: setSliceIndex(0); break;
    case Qt::Key_End: setSliceIndex(d->map.depth - 1); break;
    case Qt::Key_R:
    case Qt::Key_F: resetView(); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.2); break;
    case Qt::Key_Minus: zoomBy(1.0 / 1.2); break;
    default: return VtkOpenGLWidget::keyPressEvent(event);
    }
    event->accept();
}

void SliceView::leaveEvent(QEvent *event)
{
    if (d->annotations)
        d->annotations->leave();
    d->cursorInside = false;
    d->cursorValue.clear();
    update();
    VtkOpenGLWidget::leaveEvent(event);
}

void SliceView::overlaySprites(std::vector<OverlaySprite> &sprites)
{
    OverlayBuilder overlay(d->overlayCache, sprites, devicePixelRatio(), rect());
    if (!d->volume)
        return;
    const QRectF area = rect();
    if (d->comparison)
        d->comparison->paint(overlay, projection(), this);
    if (d->annotations)
        d->annotations->paint(overlay, projection());

    if (d->crosshairVisible && d->crosshair) {
        // The pixels the GL engine lit (column ceil(x) - 1, row floor(y)): snap to 1/64 device
        // pixel (99.99999 is 100), then nudge off pixel edges the way the GL engine rounds.
        const qreal dpr = devicePixelRatio();
        const QPointF exact = widgetPosition(*d->crosshair) * dpr;
        const QPointF c =
            (QPointF(std::round(exact.x() * 64.0), std::round(exact.y() * 64.0)) / 64.0 + QPointF(-1.0, 1.0) / 128.0) / dpr;
        const QPen pen(QColor(255, 200, 0, 200), 1.0);
        const double gap = 8.0;
        const std::array<QLineF, 4> lines{QLineF(QPointF(area.left(), c.y()), QPointF(c.x() - gap, c.y())),
                                          QLineF(QPointF(c.x() + gap, c.y()), QPointF(area.right(), c.y())),
                                          QLineF(QPointF(c.x(), area.top()), QPointF(c.x(), c.y() - gap)),
                                          QLineF(QPointF(c.x(), c.y() + gap), QPointF(c.x(), area.bottom()))};
        for (const QLineF &line : lines) {
            overlay.add(
                OverlayBuilder::Lines,
                QStringLiteral("x|%1,%2,%3,%4").arg(line.x1()).arg(line.y1()).arg(line.x2()).arg(line.y2()),
                [&] { return QRectF(line.p1(), line.p2()).normalized().adjusted(-2, -2, 2, 2); },
                [&](QPainter &painter) {
                            painter.setPen(pen);
                            painter.drawLine(line);
                        });
        }
    }
    if (!d->overlaysVisible)
        return;

    QFont font;
    font.setPixelSize(13);
    const QFontMetricsF metrics(font);
    const double lineHeight = metrics.height();
    const double margin = 6.0;
    const auto shadowText = [](QPainter &painter, const QRectF &box, int flags, const QString &text) {
        painter.setPen(QColor(0, 0, 0, 220));
        painter.drawText(box.translated(1, 1), flags, text);
        painter.setPen(QColor(235, 235, 235));
        painter.drawText(box, flags, text);
    };
    // One picture per text block, built when its text or place changes.
    // \a fontName stands for \a textFont in the picture's key.
    const auto addText = [&](QChar fontName, const QFont &textFont, const QRectF &box, int flags, const QString &text) {
        if (text.isEmpty())
            return;
        const QString key = QStringLiteral("t%1|%2|%3,%4,%5,%6|")
                                .arg(fontName)
                                .arg(flags)
                                .arg(box.x())
                                .arg(box.y())
                                .arg(box.width())
                                .arg(box.height())
                            + text;
        overlay.add(
            OverlayBuilder::Text, key,
            [&] { return QFontMetricsF(textFont).boundingRect(box, flags, text).adjusted(-2, -2, 3, 3); },
            [&](QPainter &painter) {
                painter.setFont(textFont);
                shadowText(painter, box, flags, text);
            });
    };
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);

    // Orientation letters at the middle of each edge.
    const auto letters = edgeLetters();
    QFont letterFont = font;
    letterFont.setPixelSize(16);
    letterFont.setBold(true);
    addText(QLatin1Char('b'), letterFont, inner, Qt::AlignLeft | Qt::AlignVCenter, letters[0]);
    addText(QLatin1Char('b'), letterFont, inner, Qt::AlignRight | Qt::AlignVCenter, letters[1]);
    addText(QLatin1Char('b'), letterFont, inner, Qt::AlignHCenter | Qt::AlignTop, letters[2]);
    addText(QLatin1Char('b'), letterFont, inner, Qt::AlignHCenter | Qt::AlignBottom, letters[3]);

    const char *orientationName = QT_TR_NOOP("Axial");
    if (!d->volume->supportsMpr())
        orientationName = "";
    else if (d->orientation == SliceOrientation::Coronal)
        orientationName = QT_TR_NOOP("Coronal");
    else if (d->orientation == SliceOrientation::Sagittal)
        orientationName = QT_TR_NOOP("Sagittal");

    QStringList topLeft;
    if (!d->volume->modality.isEmpty() || !d->volume->description.isEmpty()) {
        // A long series description stops short of the top orientation letter (narrow
        // three-up views); the whole of it is in the study browser.
        const QString line = QStringList{d->volume->modality, d->volume->description}.join(QLatin1Char(' ')).trimmed();
        const double letterHalf = QFontMetricsF(letterFont).horizontalAdvance(letters[2]) / 2.0 + 8.0;
        topLeft << metrics.elidedText(line, Qt::ElideRight, std::max(40.0, inner.width() / 2.0 - letterHalf));
    }
    topLeft << tr("Im: %1/%2").arg(d->slice + 1).arg(d->map.depth);
    addText(QLatin1Char('n'), font, inner, Qt::AlignLeft | Qt::AlignTop, topLeft.join(QLatin1Char('\n')));
    if (*orientationName)
        addText(QLatin1Char('n'), font, inner, Qt::AlignRight | Qt::AlignTop, tr(orientationName));

    const QString windowText =
        tr("W: %1 L: %2").arg(formatNumber(d->window.width), formatNumber(d->window.center));
    const QString zoomText = tr("Zoom: %1%").arg(qRound(zoom() * 100.0));
    addText(QLatin1Char('n'), font, inner, Qt::AlignLeft | Qt::AlignBottom, windowText + QLatin1Char('\n') + zoomText);

    if (d->cursorInside) {
        const Vec3 &p = d->cursorPatient;
        QString position;
        if (d->volume->orientationKnown && d->volume->pixelSpacingKnown) {
            position = tr("%1, %2, %3 mm")
                           .arg(QString::number(p[0], 'f', 1), QString::number(p[1], 'f', 1), QString::number(p[2], 'f', 1));
        } else {
            // Without stated geometry only the pixel position means something.
            const Vec3 index = d->volume->geometry.patientToIndex(p);
            position = tr("pixel %1, %2").arg(qRound(index[0])).arg(qRound(index[1]));
        }
        addText(QLatin1Char('n'), font, inner, Qt::AlignRight | Qt::AlignBottom, d->cursorValue + QLatin1Char('\n') + position);
    }

    // Scale bar: a round length (1, 2 or 5 x 10^n mm) about a fifth of the view wide.
    const double dpr = devicePixelRatio();
    const double mmPerPixel = 2.0 * d->parallelScale / std::max(1.0, height() * dpr) * dpr;
    const double target = area.width() / 5.0 * mmPerPixel;
    if (d->volume->pixelSpacingKnown && target > 0.0 && std::isfinite(target)) {
        const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
        double length = magnitude;
        for (double m : {2.0, 5.0, 10.0})
            if (m * magnitude <= target)
                length = m * magnitude;
        const double px = length / mmPerPixel;
        const double y = inner.bottom() - 2.0 * lineHeight - 10.0;
        const double x0 = inner.left();
        overlay.add(OverlayBuilder::Lines, QStringLiteral("s|%1,%2,%3").arg(x0).arg(y).arg(px),
                    [&] { return QRectF(x0 - 3, y - 6, px + 6, 12); },
                    [&](QPainter &painter) {
                        painter.setPen(QPen(QColor(0, 0, 0, 220), 3.0));
                        painter.drawLine(QPointF(x0, y), QPointF(x0 + px, y));
                        painter.setPen(QPen(QColor(235, 235, 235), 1.0));
                        painter.drawLine(QPointF(x0, y), QPointF(x0 + px, y));
                        painter.drawLine(QPointF(x0, y - 4), QPointF(x0, y + 4));
                        painter.drawLine(QPointF(x0 + px, y - 4), QPointF(x0 + px, y + 4));
                    });
        const QString label = length >= 1.0 ? tr("%1 mm").arg(formatNumber(length))
                                            : tr("%1 mm").arg(QString::number(length, 'g', 2));
        addText(QLatin1Char('n'), font, QRectF(x0 + px + 6, y - lineHeight / 2, 200, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                label);
    }
}

} // namespace etalon::viewer
