#pragma once

#include "core/model/Reading.h"
#include "viewer/AnnotationOverlay.h"
#include "viewer/SliceProjection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>
#include <vector>

class QKeyEvent;
class QMouseEvent;

namespace etalon::viewer {

class AnnotationController;
class OverlayBuilder;
class SliceView;

/// Turns the left mouse button and the editing keys of one SliceView into edits of the
/// controller's AnnotationDocument with the controller's active tool, and draws the
/// findings, the mask and the draft (AnnotationOverlay). The right and middle buttons, the
/// wheel and the navigation keys stay with the view. A drag (move, resize, vertex, brush
/// stroke) is previewed here and stored once on release: one undo step. Esc cancels it.
class AnnotationInteraction : public QObject {
    Q_OBJECT
public:
    AnnotationInteraction(SliceView *view, AnnotationController *controller);
    ~AnnotationInteraction() override;

    AnnotationController *controller() const;

    /// Each returns true when the event was the tool's (the view then does nothing else
    /// with it). Positions are widget coordinates.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool mouseDoubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    void leave();

    /// A draw, drag or stroke is in progress.
    bool isBusy() const;
    /// Esc: drops the draw in progress (a stroke is reverted, nothing is stored).
    void cancel();

    void paint(OverlayBuilder &overlay, const SliceProjection &projection);

private:
    enum class Mode { Idle, NewPoint, NewBox, Polygon, Freehand, Stroke, Drag };
    enum class DragKind { Move, BoxHandle, Vertex };

    void connectDocument();
    bool refuseReadOnly();
    void report(const QString &message);
    void updateBrushCursor(QPointF pos);
    void updateHover(QPointF pos);
    void updateCursorShape();

    bool pressSelect(QPointF pos, const SliceProjection &p, bool allowCreate);
    bool startHandleDrag(QPointF pos, const SliceProjection &p);
    void dragTo(QPointF pos, const SliceProjection &p);
    void finishDrag();
    void finishPolygon();
    void finishFreehand();
    void strokeTo(const core::Vec3 &index, const SliceProjection &p);
    void fillAt(const core::Vec3 &index, const SliceProjection &p);
    void growAt(const core::Vec3 &index, const SliceProjection &p);
    void addContour(std::vector<core::Point2> path, int slice, int axis);
    bool removeVertex(int key, int vertex, const SliceProjection &p);
    bool insertVertexAt(QPointF pos, const SliceProjection &p);

    /// The nearest visible finding within a few pixels of \a pos (0 inside it), or nothing.
    std::optional<int> pick(QPointF pos, const SliceProjection &p) const;
    /// The stored finding or its drag preview.
    const core::Finding *findingOf(int key) const;

    QPointer<SliceView> m_view;
    QPointer<AnnotationController> m_controller;
    QList<QMetaObject::Connection> m_documentConnections;
    AnnotationOverlay m_overlay;
    AnnotationDraft m_draft;

    Mode m_mode = Mode::Idle;
    // Drag of a stored finding.
    DragKind m_dragKind = DragKind::Move;
    int m_dragKey = -1;
    int m_dragHandle = -1; ///< box handle 0..7 or vertex number
    core::Finding m_dragOriginal;
    core::Vec3 m_dragStartIndex{};
    bool m_dragMoved = false;
    QPointF m_pressPos;
    // New point, box, contour.
    core::Vec3 m_drawStart{};
    // Brush stroke.
    core::Vec3 m_lastBrush{};
    bool m_erasing = false;
    std::optional<int> m_selectedVertex;
};

} // namespace etalon::viewer
