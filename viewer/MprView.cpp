#include "viewer/MprView.h"

#include <QEvent>
#include <QGridLayout>

namespace etalon::viewer {

struct MprView::Private {
    std::shared_ptr<const core::Volume> volume;
    std::array<SliceView *, 3> views{};
    QGridLayout *grid = nullptr;
    Layout layout = Layout::ThreeUp;
    SliceOrientation active = SliceOrientation::Axial;
    bool syncing = false;
};

namespace {
std::size_t indexOf(SliceOrientation o)
{
    return std::size_t(o);
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
