#include "viewer/ComparisonOverlay.h"

#include "core/annotation/AnnotationDocument.h"
#include "viewer/AnnotationController.h"
#include "viewer/AnnotationOverlay.h"
#include "viewer/OverlayBuilder.h"

#include <map>
#include <vector>

namespace etalon::viewer {

struct ComparisonOverlay::Private {
    std::shared_ptr<const core::Volume> volume;
    QList<Layer> layers;
    std::vector<std::unique_ptr<AnnotationController>> controllers; ///< one per layer: what AnnotationOverlay draws from
    std::shared_ptr<const core::MaskGeometry> labels;
    QList<QColor> labelColours;
    double opacity = 0.45;
    struct ViewState {
        std::vector<std::unique_ptr<AnnotationOverlay>> layers;
        AnnotationOverlay labels;
    };
    std::map<const QObject *, ViewState> views;

    void rebuildControllers()
    {
        controllers.clear();
        for (const Layer &layer : layers) {
            auto controller = std::make_unique<AnnotationController>();
            controller->setDocument(const_cast<core::annotation::AnnotationDocument *>(layer.document), volume);
            MaskToolSettings settings = controller->maskSettings();
            settings.opacity = opacity;
            controller->setMaskSettings(settings);
            controllers.push_back(std::move(controller));
        }
        for (auto &[view, state] : views) {
            state.layers.clear();
            state.labels.invalidateMask();
        }
    }
};

ComparisonOverlay::ComparisonOverlay(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

ComparisonOverlay::~ComparisonOverlay() = default;

void ComparisonOverlay::setVolume(std::shared_ptr<const core::Volume> volume)
{
    d->volume = std::move(volume);
    d->rebuildControllers();
    emit changed();
}

void ComparisonOverlay::setLayers(const QList<Layer> &layers)
{
    d->layers = layers;
    d->rebuildControllers();
    emit changed();
}

QList<ComparisonOverlay::Layer> ComparisonOverlay::layers() const
{
    return d->layers;
}

void ComparisonOverlay::setLabels(std::shared_ptr<const core::MaskGeometry> labels, const QList<QColor> &colours)
{
    d->labels = std::move(labels);
    d->labelColours = colours;
    for (auto &[view, state] : d->views)
        state.labels.invalidateMask();
    emit changed();
}

std::shared_ptr<const core::MaskGeometry> ComparisonOverlay::labels() const
{
    return d->labels;
}

void ComparisonOverlay::setOpacity(double opacity)
{
    d->opacity = opacity;
    d->rebuildControllers();
    emit changed();
}

double ComparisonOverlay::opacity() const
{
    return d->opacity;
}

void ComparisonOverlay::paint(OverlayBuilder &overlay, const SliceProjection &projection, const QObject *view)
{
    auto found = d->views.find(view);
    if (found == d->views.end()) {
        found = d->views.try_emplace(view).first;
        connect(view, &QObject::destroyed, this, [this, view] { d->views.erase(view); });
    }
    Private::ViewState &state = found->second;
    if (d->labels)
        state.labels.paintLabels(overlay, projection, *d->labels, d->labelColours, d->opacity, false);
    if (state.layers.size() != d->controllers.size()) {
        state.layers.clear();
        for (const Layer &layer : d->layers) {
            auto painter = std::make_unique<AnnotationOverlay>();
            painter->setColour(layer.colour);
            painter->setMaskVisible(layer.mask);
            state.layers.push_back(std::move(painter));
        }
    }
    for (std::size_t i = 0; i < d->controllers.size(); ++i) {
        state.layers[i]->paint(overlay, projection, *d->controllers[i], AnnotationDraft{});
    }
}

} // namespace etalon::viewer
