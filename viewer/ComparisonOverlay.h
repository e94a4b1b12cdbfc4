#pragma once

#include "core/model/Reading.h"
#include "core/model/Volume.h"

#include <QColor>
#include <QList>
#include <QObject>

#include <memory>

namespace etalon::core::annotation {
class AnnotationDocument;
}

namespace etalon::viewer {

class OverlayBuilder;
struct SliceProjection;

/// What the arbitration screen draws over its views besides (or instead of) the edited
/// reading: other readings' findings and masks, each in one colour (reader A orange, B
/// cyan), and a label volume such as the difference of two masks (A only / B only / both)
/// or a consensus candidate. Shared by any number of SliceViews (SliceView::
/// setComparisonOverlay); each view keeps its own drawing caches. Drawing reuses
/// AnnotationOverlay, so a compared reading looks like the reading screen draws it.
class ComparisonOverlay : public QObject {
    Q_OBJECT
public:
    struct Layer {
        const core::annotation::AnnotationDocument *document = nullptr; ///< not owned
        QColor colour;
        bool mask = true; ///< also draw the document's mask (else only its findings)
    };

    explicit ComparisonOverlay(QObject *parent = nullptr);
    ~ComparisonOverlay() override;

    /// The volume the documents' findings are drawn on.
    void setVolume(std::shared_ptr<const core::Volume> volume);
    void setLayers(const QList<Layer> &layers);
    QList<Layer> layers() const;
    /// A label volume drawn under the layers: label n in colours[n - 1]; nullptr = none.
    void setLabels(std::shared_ptr<const core::MaskGeometry> labels, const QList<QColor> &colours);
    std::shared_ptr<const core::MaskGeometry> labels() const;
    void setOpacity(double opacity);
    double opacity() const;

    /// Draws into one view's overlay (SliceView calls this; \a view keys its caches).
    void paint(OverlayBuilder &overlay, const SliceProjection &projection, const QObject *view);

signals:
    /// Something drawn changed: views repaint.
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etalon::viewer
