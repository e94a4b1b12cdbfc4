#include "viewer/MprView.h"

#include "core/annotation/AnnotationDocument.h"
#include "viewer/AnnotationController.h"
#include "viewer/AnnotationOverlay.h"

#include <QEvent>
#include <QGridLayout>
#include <QPointer>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>

namespace etalon::viewer {

struct MprView::Private {
    std::shared_ptr<const core::Volume> volume;
    std::array<SliceView *, 3> views{};
    QGridLayout *grid = nullptr;
    Layout layout = Layout::ThreeUp;
    SliceOrientation active = SliceOrientation::Axial;
    bool syncing = false;
    QPointer<AnnotationController> controller;
    QMetaObject::Connection showConnection;
};

namespace {
std::size_t indexOf(SliceOrientation o)
{
    return std::size_t(o);
}

/// Index coordinates of the middle of a finding: a point's centre, a box's centre, the mean
/// vertex of a contour's middle slice, the middle of a mask's painted voxels.
std::optional<core::Vec3> centreOf(const core::Finding &finding)
{
    if (const auto *point = std::get_if<core::PointGeometry>(&finding.geometry))
        return point->index;
    if (const auto *box = std::get_if<core::BoxGeometry>(&finding.geometry)) {
        core::Vec3 c{};
        for (int a = 0; a < 3; ++a) {
            const auto [lo, hi] = boxRange(*box, a);
            c[std::size_t(a)] = (lo + hi) / 2.0;
        }
        return c;
    }
    if (const auto *contour = std::get_if<core::ContourGeometry>(&finding.geometry)) {
        if (contour->slices.empty())
            return std::nullopt;
        auto it = contour->slices.begin();
        std::advance(it, contour->slices.size() / 2);
        if (it->second.empty())
            return std::nullopt;
        core::Point2 mean{0.0, 0.0};
        for (const core::Point2 &v : it->second) {
            mean[0] += v[0] / double(it->second.size());
            mean[1] += v[1] / double(it->second.size());
        }
        return contour->toIndex(it->first, mean);
    }
    if (const auto *mask = std::get_if<core::MaskGeometry>(&finding.geometry)) {
        std::array<int, 3> lo{std::numeric_limits<int>::max(), std::numeric_limits<int>::max(), std::numeric_limits<int>::max()};
        std::array<int, 3> hi{-1, -1, -1};
        const int nx = mask->size[0];
        if (nx <= 0 || mask->labels.size() != std::size_t(nx) * std::size_t(std::max(0, mask->size[1])) * std::size_t(std::max(0, mask->size[2])))
            return std::nullopt;
        // Rows are skipped eight voxels at a time while empty (a CT mask is mostly background).
        const std::uint8_t *data = mask->labels.data();
        for (int k = 0; k < mask->size[2]; ++k)
            for (int j = 0; j < mask->size[1]; ++j) {
                const std::uint8_t *row = data + (std::size_t(k) * std::size_t(mask->size[1]) + std::size_t(j)) * std::size_t(nx);
                int i = 0;
                for (; i + 8 <= nx; i += 8) {
                    std::uint64_t word;
                    std::memcpy(&word, row + i, sizeof word);
                    if (word)
                        break;
                }
                while (i < nx && !row[i])
                    ++i;
                if (i >= nx)
                    continue;
                int last = nx - 1;
                while (!row[last])
                    --last;
                lo[0] = std::min(lo[0], i);
                hi[0] = std::max(hi[0], last);
                lo[1] = std::min(lo[1], j);
                hi[1] = std::max(hi[1], j);
                lo[2] = std::min(lo[2], k);
                hi[2] = std::max(hi[2], k);
            }
        if (hi[0] < 0)
            return std::nullopt;
        return core::Vec3{(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0, (lo[2] + hi[2]) / 2.0};
    }
    return std::nullopt;
}
} // namespace

MprView::MprView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->grid = new QGridLayout(this);
    d->grid->setContentsMargins(0, 0, 0, 0);
    d->grid->setSpacing(2);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(40, 40, 40));
    setPalette(pal);

    for (SliceOrientation o : {SliceOrientation::Axial, SliceOrientation::Coronal, SliceOrientation::Sagittal}) {
        auto *view = new SliceView(this);
        view->setOrientation(o);
        view->setCrosshairVisible(true);
        d->views[indexOf(o)] = view;
        connect(view, &SliceView::crosshairRequested, this, [this](core::Vec3 p) { setCrosshair(p); });
        connect(view, &SliceView::sliceChanged, this, [this, view] { onSliceChanged(view); });
        connect(view, &SliceView::windowChanged, this,
                [this, view](core::WindowLevel w) { onWindowChanged(view, w); });
        connect(view, &SliceView::cursorMoved, this, &MprView::cursorMoved);
    }
    relayout();
}

MprView::~MprView() = default;

void MprView::setVolume(std::shared_ptr<const core::Volume> volume)
{
    d->volume = volume;
    d->syncing = true;
    const bool twoD = volume && !volume->supportsMpr();
    for (SliceView *view : d->views)
        view->setVolume(twoD && view != d->views[0] ? nullptr : volume);
    d->views[0]->setCrosshairVisible(!twoD);
    d->syncing = false;
    if (twoD)
        d->active = SliceOrientation::Axial;
    relayout();
    if (volume && !twoD) {
        const auto &g = volume->geometry;
        setCrosshair(g.indexToPatient({(g.size[0] - 1) / 2.0, (g.size[1] - 1) / 2.0, (g.size[2] - 1) / 2.0}));
    }
}

std::shared_ptr<const core::Volume> MprView::volume() const
{
    return d->volume;
}

void MprView::setLayout(Layout layout)
{
    if (layout == d->layout)
        return;
    d->layout = layout;
    relayout();
    emit layoutChanged(layout);
}

MprView::Layout MprView::layout() const
{
    return d->layout;
}

void MprView::setActiveOrientation(SliceOrientation orientation)
{
    if (orientation == d->active)
        return;
    d->active = orientation;
    relayout();
    emit activeOrientationChanged(orientation);
}

SliceOrientation MprView::activeOrientation() const
{
    return d->active;
}

SliceView *MprView::view(SliceOrientation orientation) const
{
    return d->views[indexOf(orientation)];
}

SliceView *MprView::activeView() const
{
    return d->views[indexOf(d->active)];
}

void MprView::applyWindowPreset(core::WindowPreset preset)
{
    for (SliceView *view : d->views)
        view->applyWindowPreset(preset);
}

void MprView::resetView()
{
    for (SliceView *view : d->views)
        view->resetView();
}

void MprView::setCrosshair(const core::Vec3 &patientPoint)
{
    if (!d->volume || !d->volume->supportsMpr())
        return;
    d->syncing = true;
    for (SliceView *view : d->views) {
        view->setCrosshair(patientPoint);
        view->setSliceIndex(view->sliceIndexAt(patientPoint));
    }
    d->syncing = false;
    emit crosshairChanged(patientPoint);
}

std::optional<core::Vec3> findingCentre(const core::Finding &finding)
{
    return centreOf(finding);
}

void MprView::setComparisonOverlay(ComparisonOverlay *overlay)
{
    for (SliceView *view : d->views)
        view->setComparisonOverlay(overlay);
}

void MprView::setAnnotationController(AnnotationController *controller)
{
    if (d->showConnection)
        disconnect(d->showConnection);
    d->controller = controller;
    for (SliceView *view : d->views)
        view->setAnnotationController(controller);
    if (controller)
        d->showConnection = connect(controller, &AnnotationController::showFindingRequested, this, &MprView::showFinding);
}

AnnotationController *MprView::annotationController() const
{
    return d->controller.data();
}

void MprView::showFinding(int key)
{
    if (!d->controller || !d->controller->document() || !d->volume)
        return;
    const core::annotation::AnnotationDocument &document = *d->controller->document();
    const core::Finding *finding = document.finding(key);
    if (!finding)
        return;
    std::optional<core::Vec3> centre;
    if (finding->kind() == core::FindingKind::Mask && document.maskKey() == key && document.mask()) {
        core::Finding working;
        working.geometry = *document.mask();
        centre = centreOf(working);
    } else {
        centre = centreOf(*finding);
    }
    if (!centre)
        return;
    const core::Vec3 patient = d->volume->geometry.indexToPatient(*centre);
    if (d->volume->supportsMpr()) {
        setCrosshair(patient);
    } else {
        SliceView *view = d->views[0];
        view->setSliceIndex(view->sliceIndexAt(patient));
    }
}

void MprView::onSliceChanged(SliceView *source)
{
    if (d->syncing || !d->volume || !d->volume->supportsMpr() || !source->crosshair())
        return;
    const core::Vec3 p = source->projectOntoSlice(*source->crosshair());
    d->syncing = true;
    for (SliceView *view : d->views)
        view->setCrosshair(p);
    d->syncing = false;
    emit crosshairChanged(p);
}

void MprView::onWindowChanged(SliceView *source, core::WindowLevel window)
{
    if (d->syncing)
        return;
    d->syncing = true;
    for (SliceView *view : d->views)
        if (view != source && view->volume())
            view->setWindow(window);
    d->syncing = false;
}

void MprView::relayout()
{
    for (SliceView *view : d->views) {
        d->grid->removeWidget(view);
        view->hide();
    }
    const bool twoD = d->volume && !d->volume->supportsMpr();
    if (d->layout == Layout::OneUp || twoD) {
        SliceView *view = twoD ? d->views[0] : activeView();
        d->grid->addWidget(view, 0, 0);
        view->show();
    } else {
        // The active view large on the left, the other two stacked on the right.
        SliceView *main = activeView();
        d->grid->addWidget(main, 0, 0, 2, 1);
        int row = 0;
        for (SliceView *view : d->views) {
            if (view == main)
                continue;
            d->grid->addWidget(view, row++, 1);
        }
        for (SliceView *view : d->views)
            view->show();
        d->grid->setColumnStretch(0, 2);
        d->grid->setColumnStretch(1, 1);
    }
    if (d->layout == Layout::OneUp || twoD) {
        d->grid->setColumnStretch(0, 1);
        d->grid->setColumnStretch(1, 0);
    }
}

} // namespace etalon::viewer
