#include "viewer/AnnotationController.h"

#include "core/annotation/AnnotationDocument.h"
#include "core/model/Volume.h"

#include <QPointer>

namespace etalon::viewer {

struct AnnotationController::Private {
    QPointer<core::annotation::AnnotationDocument> document;
    std::shared_ptr<const core::Volume> volume;
    AnnotationTool tool = AnnotationTool::Navigate;
    QString findingLabel;
    MaskToolSettings settings;
    std::optional<int> selected;
    QMetaObject::Connection removedConnection;
};

AnnotationController::AnnotationController(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) {}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setDocument(core::annotation::AnnotationDocument *document, std::shared_ptr<const core::Volume> volume)
{
    if (d->removedConnection)
        disconnect(d->removedConnection);
    d->document = document;
    d->volume = std::move(volume);
    if (document) {
        d->removedConnection = connect(document, &core::annotation::AnnotationDocument::findingRemoved, this, [this](int key) {
            if (d->selected == key)
                setSelectedFinding(std::nullopt);
        });
        // A label the schema does not know is of no use for new findings.
        const auto &labels = document->schema().findingLabels;
        bool known = false;
        for (const auto &label : labels)
            known = known || label.code == d->findingLabel;
        if (!known)
            setFindingLabel(labels.isEmpty() ? QString() : labels.first().code);
        if (d->settings.label < 1 || d->settings.label > document->maskLabelCount()) {
            MaskToolSettings s = d->settings;
            s.label = 1;
            setMaskSettings(s);
        }
    }
    setSelectedFinding(std::nullopt);
    emit documentChanged();
}

core::annotation::AnnotationDocument *AnnotationController::document() const
{
    return d->document.data();
}

std::shared_ptr<const core::Volume> AnnotationController::volume() const
{
    return d->volume;
}

void AnnotationController::setTool(AnnotationTool tool)
{
    if (tool == d->tool)
        return;
    d->tool = tool;
    emit toolChanged(tool);
}

AnnotationTool AnnotationController::tool() const
{
    return d->tool;
}

QString AnnotationController::shortcut(AnnotationTool tool)
{
    switch (tool) {
    case AnnotationTool::Navigate: return QStringLiteral("N");
    case AnnotationTool::Select: return QStringLiteral("S");
    case AnnotationTool::Point: return QStringLiteral("P");
    case AnnotationTool::Box: return QStringLiteral("B");
    case AnnotationTool::Polygon: return QStringLiteral("C");
    case AnnotationTool::Freehand: return QStringLiteral("D");
    case AnnotationTool::Brush: return QStringLiteral("M");
    case AnnotationTool::Eraser: return QStringLiteral("E");
    case AnnotationTool::Fill: return QStringLiteral("I");
    case AnnotationTool::RegionGrow: return QStringLiteral("G");
    }
    return {};
}

QString AnnotationController::toolName(AnnotationTool tool)
{
    switch (tool) {
    case AnnotationTool::Navigate: return tr("Navigate");
    case AnnotationTool::Select: return tr("Select and edit");
    case AnnotationTool::Point: return tr("Point");
    case AnnotationTool::Box: return tr("Box");
    case AnnotationTool::Polygon: return tr("Polygon contour");
    case AnnotationTool::Freehand: return tr("Freehand contour");
    case AnnotationTool::Brush: return tr("Brush");
    case AnnotationTool::Eraser: return tr("Eraser");
    case AnnotationTool::Fill: return tr("Fill inside contour");
    case AnnotationTool::RegionGrow: return tr("Region growing");
    }
    return {};
}

void AnnotationController::setFindingLabel(const QString &code)
{
    if (code == d->findingLabel)
        return;
    d->findingLabel = code;
    emit findingLabelChanged(code);
}

QString AnnotationController::findingLabel() const
{
    return d->findingLabel;
}

void AnnotationController::setMaskSettings(const MaskToolSettings &settings)
{
    d->settings = settings;
    emit maskSettingsChanged();
}

MaskToolSettings AnnotationController::maskSettings() const
{
    return d->settings;
}

void AnnotationController::setSelectedFinding(std::optional<int> key)
{
    if (key == d->selected)
        return;
    d->selected = key;
    emit selectedFindingChanged(key);
}

std::optional<int> AnnotationController::selectedFinding() const
{
    return d->selected;
}

bool AnnotationController::removeSelected()
{
    if (!d->document || !d->selected)
        return false;
    if (d->document->isReadOnly()) {
        const QString reason = d->document->readOnlyReason();
        emit errorOccurred(reason.isEmpty() ? tr("This reading is read-only: nothing can be removed from it.") : reason);
        return false;
    }
    const int key = *d->selected;
    const core::Result<void> removed = d->document->removeFinding(key);
    if (!removed) {
        emit errorOccurred(removed.error().message);
        return false;
    }
    setSelectedFinding(std::nullopt);
    return true;
}

} // namespace etalon::viewer
