#include "viewer/AnnotationInteraction.h"

#include "core/annotation/AnnotationDocument.h"
#include "core/imaging/MaskTools.h"
#include "viewer/AnnotationController.h"
#include "viewer/Logging.h"
#include "viewer/SliceView.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace etalon::viewer {

using core::Vec3;
using core::annotation::AnnotationDocument;

namespace {

constexpr double pickTolerance = 6.0; // widget pixels
constexpr double dragThreshold = 3.0;

/// Brush radii offered by `[` and `]`, mm.
constexpr std::array<double, 19> brushSizes{0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 75};

core::Point2 planePoint(int axis, const Vec3 &index)
{
    core::ContourGeometry c;
    c.axis = axis;
    const auto pa = c.planeAxes();
    return {index[std::size_t(pa[0])], index[std::size_t(pa[1])]};
}

double distanceToSegment(QPointF p, QPointF a, QPointF b, double *t = nullptr)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double s = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    s = std::clamp(s, 0.0, 1.0);
    if (t)
        *t = s;
    const QPointF q = a + s * ab;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

double distanceToPolygon(QPointF p, const QPolygonF &polygon)
{
    if (polygon.containsPoint(p, Qt::OddEvenFill))
        return 0.0;
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < polygon.size(); ++i)
        best = std::min(best, distanceToSegment(p, polygon[i], polygon[(i + 1) % polygon.size()]));
    return best;
}

double distanceToRect(QPointF p, const QRectF &r)
{
    const QRectF n = r.normalized();
    const double dx = std::max({n.left() - p.x(), 0.0, p.x() - n.right()});
    const double dy = std::max({n.top() - p.y(), 0.0, p.y() - n.bottom()});
    return std::hypot(dx, dy);
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

/// \a finding moved by \a delta index units (boxes by whole pixels and slices).
void translate(core::Finding &finding, const Vec3 &delta)
{
    if (auto *point = std::get_if<core::PointGeometry>(&finding.geometry)) {
        for (std::size_t a = 0; a < 3; ++a)
            point->index[a] += delta[a];
    } else if (auto *box = std::get_if<core::BoxGeometry>(&finding.geometry)) {
        const double di = std::round(delta[0]), dj = std::round(delta[1]);
        const int dk = int(std::lround(delta[2]));
        box->i0 += di;
        box->i1 += di;
        box->j0 += dj;
        box->j1 += dj;
        box->k0 += dk;
        box->k1 += dk;
    } else if (auto *contour = std::get_if<core::ContourGeometry>(&finding.geometry)) {
        const auto pa = contour->planeAxes();
        const int dn = int(std::lround(delta[std::size_t(contour->axis)]));
        std::map<int, std::vector<core::Point2>> moved;
        for (auto &[slice, polygon] : contour->slices) {
            for (core::Point2 &v : polygon) {
                v[0] += delta[std::size_t(pa[0])];
                v[1] += delta[std::size_t(pa[1])];
            }
            moved[slice + dn] = std::move(polygon);
        }
        contour->slices = std::move(moved);
    }
}

bool sameGeometry(const core::Finding &a, const core::Finding &b)
{
    if (a.geometry.index() != b.geometry.index())
        return false;
    if (const auto *p = std::get_if<core::PointGeometry>(&a.geometry)) {
        const auto &q = std::get<core::PointGeometry>(b.geometry);
        return p->index == q.index && p->diameterMm == q.diameterMm;
    }
    if (const auto *p = std::get_if<core::BoxGeometry>(&a.geometry)) {
        const auto &q = std::get<core::BoxGeometry>(b.geometry);
        return p->i0 == q.i0 && p->i1 == q.i1 && p->j0 == q.j0 && p->j1 == q.j1 && p->k0 == q.k0 && p->k1 == q.k1;
    }
    if (const auto *p = std::get_if<core::ContourGeometry>(&a.geometry)) {
        const auto &q = std::get<core::ContourGeometry>(b.geometry);
        return p->axis == q.axis && p->slices == q.slices;
    }
    return false;
}

} // namespace

AnnotationInteraction::AnnotationInteraction(SliceView *view, AnnotationController *controller)
    : QObject(view), m_view(view), m_controller(controller)
{
    connect(controller, &AnnotationController::documentChanged, this, [this] {
        cancel();
        m_overlay.invalidateMask();
        connectDocument();
        if (m_view)
            m_view->update();
    });
    connect(controller, &AnnotationController::toolChanged, this, [this] {
        cancel();
        m_draft.brushCentre.reset();
        m_draft.hoverVertex.reset();
        updateCursorShape();
        if (m_view)
            m_view->update();
    });
    connect(controller, &AnnotationController::selectedFindingChanged, this, [this] {
        m_selectedVertex.reset();
        if (m_view)
            m_view->update();
    });
    connect(controller, &AnnotationController::maskSettingsChanged, this, [this] {
        if (m_view) {
            if (m_draft.brushCentre)
                updateBrushCursor(*m_draft.brushCentre);
            m_view->update();
        }
    });
    connectDocument();
    updateCursorShape();
}

AnnotationInteraction::~AnnotationInteraction()
{
    cancel();
}

AnnotationController *AnnotationInteraction::controller() const
{
    return m_controller.data();
}

void AnnotationInteraction::connectDocument()
{
    for (const auto &c : m_documentConnections)
        disconnect(c);
    m_documentConnections.clear();
    AnnotationDocument *document = m_controller ? m_controller->document() : nullptr;
    if (!document)
        return;
    const auto changed = [this] {
        m_overlay.invalidateMask();
        if (m_view)
            m_view->update();
    };
    m_documentConnections << connect(document, &AnnotationDocument::findingAdded, this, changed)
                          << connect(document, &AnnotationDocument::findingChanged, this, changed)
                          << connect(document, &AnnotationDocument::findingRemoved, this,
                                     [this, changed](int key) {
                                         if (m_mode == Mode::Drag && m_dragKey == key)
                                             cancel();
                                         changed();
                                     })
                          << connect(document, &AnnotationDocument::maskChanged, this,
                                     [this](std::array<int, 6> bounds) {
                                         m_overlay.maskChanged(bounds);
                                         if (m_view)
                                             m_view->update();
                                     })
                          // Undo or redo while a finding is dragged: the drag started from a
                          // state that no longer exists, so it is dropped.
                          << connect(document->undoStack(), &QUndoStack::indexChanged, this,
                                     [this] {
                                         if (m_mode == Mode::Drag)
                                             cancel();
                                     })
                          << connect(document, &AnnotationDocument::readOnlyChanged, this, [this] {
                                 cancel();
                                 if (m_view)
                                     m_view->update();
                             });
}

bool AnnotationInteraction::isBusy() const
{
    return m_mode != Mode::Idle;
}

void AnnotationInteraction::cancel()
{
    AnnotationDocument *document = m_controller ? m_controller->document() : nullptr;
    if (m_mode == Mode::Stroke && document && document->isStroking())
        document->cancelStroke();
    m_mode = Mode::Idle;
    m_draft.previewKey.reset();
    m_draft.newBox.reset();
    m_draft.newPoint.reset();
    m_draft.path.clear();
    m_draft.rubberBand.reset();
    m_dragKey = -1;
    if (m_view)
        m_view->update();
}

void AnnotationInteraction::report(const QString &message)
{
    if (m_controller)
        emit m_controller->errorOccurred(message);
}

bool AnnotationInteraction::refuseReadOnly()
{
    AnnotationDocument *document = m_controller->document();
    if (!document->isReadOnly())
        return false;
    const QString reason = document->readOnlyReason();
    // The document's reason is a whole sentence ("This reading is submitted and locked...").
    report(reason.isEmpty() ? tr("This reading is read-only: nothing can be drawn on it.") : reason);
    return true;
}

void AnnotationInteraction::updateCursorShape()
{
    if (!m_view || !m_controller)
        return;
    switch (m_controller->tool()) {
    case AnnotationTool::Navigate:
    case AnnotationTool::Select: m_view->unsetCursor(); break;
    default: m_view->setCursor(Qt::CrossCursor); break;
    }
}

const core::Finding *AnnotationInteraction::findingOf(int key) const
{
    if (m_draft.previewKey == key)
        return &m_draft.preview;
    AnnotationDocument *document = m_controller ? m_controller->document() : nullptr;
    return document ? document->finding(key) : nullptr;
}

std::optional<int> AnnotationInteraction::pick(QPointF pos, const SliceProjection &p) const
{
    AnnotationDocument *document = m_controller->document();
    const auto volume = m_controller->volume();
    std::optional<int> best;
    double bestDistance = pickTolerance;
    double bestArea = std::numeric_limits<double>::max();
    for (const int key : document->findingKeys()) {
        const core::Finding *finding = findingOf(key);
        if (!finding)
            continue;
        const FindingShape shape = shapeOnSlice(*finding, p, volume->geometry);
        double d = std::numeric_limits<double>::max();
        switch (shape.kind) {
        case FindingShape::Kind::Point: {
            const double toCentre = distance(pos, shape.centre);
            d = shape.radius > 0 && toCentre <= shape.radius ? 0.0 : toCentre;
            break;
        }
        case FindingShape::Kind::Box: d = distanceToRect(pos, shape.rect); break;
        case FindingShape::Kind::Polygon: d = distanceToPolygon(pos, shape.polygon); break;
        case FindingShape::Kind::None: continue;
        }
        const QRectF b = shape.bounds();
        const double area = b.width() * b.height();
        // Inside several: the smallest (a nodule box inside a lobe contour).
        if (d < bestDistance || (d == 0.0 && bestDistance == 0.0 && area < bestArea)) {
            best = key;
            bestDistance = d;
            bestArea = area;
        }
    }
    if (!best) {
        // A mask voxel under the cursor selects the mask finding.
        const core::MaskGeometry *mask = document->mask();
        const Vec3 idx = p.indexOfWidget(pos);
        if (mask && document->maskKey() && p.insideImage(idx)) {
            std::array<int, 3> v{};
            bool inside = true;
            for (std::size_t a = 0; a < 3; ++a) {
                v[a] = int(std::lround(idx[a]));
                inside = inside && v[a] >= 0 && v[a] < mask->size[a];
            }
            if (inside
                && mask->labels[std::size_t(v[0]) + std::size_t(mask->size[0]) * (std::size_t(v[1]) + std::size_t(mask->size[1]) * std::size_t(v[2]))])
                best = document->maskKey();
        }
    }
    return best;
}

bool AnnotationInteraction::mousePress(QMouseEvent *event)
{
    if (!m_view || !m_controller || !m_controller->document() || !m_controller->volume())
        return false;
    const AnnotationTool tool = m_controller->tool();
    if (tool == AnnotationTool::Navigate || event->button() != Qt::LeftButton)
        return false;
    const SliceProjection p = m_view->projection();
    const QPointF pos = event->position();
    m_pressPos = pos;
    const Vec3 index = p.clampedToImage(p.indexOfWidget(pos));
    AnnotationDocument *document = m_controller->document();

    if (tool == AnnotationTool::Select) {
        pressSelect(pos, p, false);
        return true;
    }
    if (refuseReadOnly())
        return true;
    switch (tool) {
    case AnnotationTool::Point:
        if (!p.insideImage(p.indexOfWidget(pos)))
            return true;
        m_mode = Mode::NewPoint;
        m_drawStart = index;
        m_draft.newPoint = core::PointGeometry{index, std::nullopt};
        break;
    case AnnotationTool::Box: {
        // On the selected box: resize or move it; elsewhere: a new box.
        if (startHandleDrag(pos, p))
            break;
        if (!p.insideImage(p.indexOfWidget(pos)))
            return true;
        m_mode = Mode::NewBox;
        m_drawStart = index;
        core::BoxGeometry box;
        setBoxRange(box, p.axisN, p.slice - 0.5, p.slice + 0.5);
        setBoxCovering(box, p.axisU, index[std::size_t(p.axisU)], index[std::size_t(p.axisU)]);
        setBoxCovering(box, p.axisV, index[std::size_t(p.axisV)], index[std::size_t(p.axisV)]);
        m_draft.newBox = box;
        break;
    }
    case AnnotationTool::Polygon: {
        // A click on another slice than the polygon's starts a new polygon there.
        if (m_mode != Mode::Polygon || p.slice != m_draft.pathSlice || p.axisN != m_draft.pathAxis) {
            m_mode = Mode::Polygon;
            m_draft.path.clear();
            m_draft.pathSlice = p.slice;
            m_draft.pathAxis = p.axisN;
        }
        if (m_draft.path.size() >= 3) {
            core::ContourGeometry c;
            c.axis = m_draft.pathAxis;
            if (distance(p.widgetOfIndex(c.toIndex(m_draft.pathSlice, m_draft.path.front())), pos) <= pickTolerance) {
                finishPolygon();
                return true;
            }
        }
        m_draft.path.push_back(planePoint(m_draft.pathAxis, index));
        m_draft.rubberBand = index;
        break;
    }
    case AnnotationTool::Freehand:
        m_mode = Mode::Freehand;
        m_draft.pathSlice = p.slice;
        m_draft.pathAxis = p.axisN;
        m_draft.path = {planePoint(m_draft.pathAxis, index)};
        break;
    case AnnotationTool::Brush:
    case AnnotationTool::Eraser: {
        const MaskToolSettings s = m_controller->maskSettings();
        m_erasing = tool == AnnotationTool::Eraser || (event->modifiers() & Qt::ControlModifier);
        const int onlyOver = m_erasing && s.eraseActiveLabelOnly ? int(s.label) : -1;
        const core::Result<void> begun = document->beginStroke(m_erasing ? 0 : s.label, onlyOver);
        if (!begun) {
            report(begun.error().message);
            return true;
        }
        m_mode = Mode::Stroke;
        m_lastBrush = index;
        strokeTo(index, p);
        updateBrushCursor(pos);
        break;
    }
    case AnnotationTool::Fill: fillAt(p.indexOfWidget(pos), p); break;
    case AnnotationTool::RegionGrow: growAt(p.indexOfWidget(pos), p); break;
    case AnnotationTool::Navigate:
    case AnnotationTool::Select: break;
    }
    m_view->update();
    return true;
}

bool AnnotationInteraction::pressSelect(QPointF pos, const SliceProjection &p, bool)
{
    // Handles and vertices of the selected finding first, then any finding.
    if (startHandleDrag(pos, p))
        return true;
    const std::optional<int> key = pick(pos, p);
    m_controller->setSelectedFinding(key);
    if (!key)
        return false;
    const core::Finding *finding = findingOf(*key);
    if (!finding || finding->kind() == core::FindingKind::Mask || m_controller->document()->isReadOnly())
        return true;
    m_mode = Mode::Drag;
    m_dragKind = DragKind::Move;
    m_dragKey = *key;
    m_dragOriginal = *finding;
    m_dragStartIndex = p.indexOfWidget(pos);
    m_dragMoved = false;
    return true;
}

bool AnnotationInteraction::startHandleDrag(QPointF pos, const SliceProjection &p)
{
    const std::optional<int> selected = m_controller->selectedFinding();
    if (!selected)
        return false;
    const core::Finding *finding = findingOf(*selected);
    if (!finding)
        return false;
    const FindingShape shape = shapeOnSlice(*finding, p, m_controller->volume()->geometry);
    int handle = -1;
    DragKind kind = DragKind::Move;
    if (shape.kind == FindingShape::Kind::Box) {
        const auto handles = boxHandles(shape.rect);
        double best = pickTolerance;
        for (int i = 0; i < 8; ++i) {
            const double d = distance(handles[std::size_t(i)], pos);
            if (d <= best) {
                best = d;
                handle = i;
            }
        }
        kind = DragKind::BoxHandle;
        if (handle < 0 && distanceToRect(pos, shape.rect) <= 0.0) {
            kind = DragKind::Move;
            handle = 0;
        }
    } else if (shape.kind == FindingShape::Kind::Polygon) {
        double best = pickTolerance;
        for (int i = 0; i < shape.polygon.size(); ++i) {
            const double d = distance(shape.polygon[i], pos);
            if (d <= best) {
                best = d;
                handle = i;
            }
        }
        kind = DragKind::Vertex;
        if (handle >= 0)
            m_selectedVertex = handle;
    } else if (shape.kind == FindingShape::Kind::Point && shape.markerOnSlice) {
        if (distance(shape.centre, pos) <= pickTolerance) {
            kind = DragKind::Move;
            handle = 0;
        }
    }
    if (handle < 0)
        return false;
    if (m_controller->document()->isReadOnly())
        return true; // selected, nothing to drag
    m_mode = Mode::Drag;
    m_dragKind = kind;
    m_dragHandle = handle;
    m_dragKey = *selected;
    m_dragOriginal = *finding;
    m_dragStartIndex = p.indexOfWidget(pos);
    m_dragMoved = false;
    return true;
}

bool AnnotationInteraction::mouseMove(QMouseEvent *event)
{
    if (!m_view || !m_controller || !m_controller->document() || !m_controller->volume())
        return false;
    const QPointF pos = event->position();
    const SliceProjection p = m_view->projection();
    const bool leftHeld = event->buttons() & Qt::LeftButton;
    const AnnotationTool tool = m_controller->tool();
    if (tool == AnnotationTool::Brush || tool == AnnotationTool::Eraser)
        updateBrushCursor(pos);
    else
        m_draft.brushCentre.reset();
    const Vec3 index = p.clampedToImage(p.indexOfWidget(pos));
    switch (m_mode) {
    case Mode::Idle:
        if (tool == AnnotationTool::Select)
            updateHover(pos);
        if (tool == AnnotationTool::Brush || tool == AnnotationTool::Eraser)
            m_view->update();
        return false;
    case Mode::Polygon:
        m_draft.rubberBand = index;
        m_view->update();
        return leftHeld;
    case Mode::NewPoint: {
        if (!leftHeld)
            return false;
        // Dragging from the centre gives the diameter (twice the in-plane distance, mm).
        if (distance(pos, m_pressPos) >= dragThreshold) {
            const auto &spacing = m_controller->volume()->geometry.spacing;
            const double du = (index[std::size_t(p.axisU)] - m_drawStart[std::size_t(p.axisU)]) * spacing[std::size_t(p.axisU)];
            const double dv = (index[std::size_t(p.axisV)] - m_drawStart[std::size_t(p.axisV)]) * spacing[std::size_t(p.axisV)];
            m_draft.newPoint->diameterMm = 2.0 * std::hypot(du, dv);
        } else {
            m_draft.newPoint->diameterMm.reset();
        }
        m_view->update();
        return true;
    }
    case Mode::NewBox:
        if (!leftHeld)
            return false;
        setBoxCovering(*m_draft.newBox, p.axisU, m_drawStart[std::size_t(p.axisU)], index[std::size_t(p.axisU)]);
        setBoxCovering(*m_draft.newBox, p.axisV, m_drawStart[std::size_t(p.axisV)], index[std::size_t(p.axisV)]);
        m_view->update();
        return true;
    case Mode::Freehand: {
        if (!leftHeld)
            return false;
        // Points closer than half an image pixel to the last one add nothing.
        const core::Point2 next = planePoint(m_draft.pathAxis, index);
        const core::Point2 &last = m_draft.path.back();
        if (std::hypot(next[0] - last[0], next[1] - last[1]) >= 0.5) {
            m_draft.path.push_back(next);
            m_view->update();
        }
        return true;
    }
    case Mode::Stroke:
        if (!leftHeld)
            return false;
        strokeTo(index, p);
        m_view->update();
        return true;
    case Mode::Drag:
        if (!leftHeld)
            return false;
        dragTo(pos, p);
        return true;
    }
    return false;
}

bool AnnotationInteraction::mouseRelease(QMouseEvent *event)
{
    if (!m_view || !m_controller || !m_controller->document() || event->button() != Qt::LeftButton)
        return false;
    AnnotationDocument *document = m_controller->document();
    const SliceProjection p = m_view->projection();
    switch (m_mode) {
    case Mode::Idle: return m_controller->tool() != AnnotationTool::Navigate;
    case Mode::Polygon: return true; // vertices come with presses
    case Mode::NewPoint: {
        core::Finding finding;
        finding.label = m_controller->findingLabel();
        finding.geometry = *m_draft.newPoint;
        cancel();
        const core::Result<int> added = document->addFinding(finding);
        if (!added)
            report(added.error().message);
        else
            m_controller->setSelectedFinding(*added);
        return true;
    }
    case Mode::NewBox: {
        const core::BoxGeometry box = *m_draft.newBox;
        const bool click = distance(event->position(), m_pressPos) < dragThreshold;
        cancel();
        if (click)
            return true;
        core::Finding finding;
        finding.label = m_controller->findingLabel();
        finding.geometry = box;
        const core::Result<int> added = document->addFinding(finding);
        if (!added) {
            report(added.error().message);
            return true;
        }
        m_controller->setSelectedFinding(*added);
        // The other views of an MPR go through the new box, ready to give its extent there.
        emit m_controller->showFindingRequested(*added);
        return true;
    }
    case Mode::Freehand: finishFreehand(); return true;
    case Mode::Stroke: {
        m_mode = Mode::Idle;
        const core::Result<void> ended = document->endStroke(m_erasing ? tr("Erase") : tr("Brush stroke"));
        if (!ended)
            report(ended.error().message);
        m_view->update();
        return true;
    }
    case Mode::Drag:
        dragTo(event->position(), p);
        finishDrag();
        return true;
    }
    return true;
}

bool AnnotationInteraction::mouseDoubleClick(QMouseEvent *event)
{
    if (!m_view || !m_controller || !m_controller->document() || event->button() != Qt::LeftButton)
        return false;
    const AnnotationTool tool = m_controller->tool();
    if (tool == AnnotationTool::Polygon && m_mode == Mode::Polygon) {
        // The double-click's position is the last vertex (its press may have added it already).
        const SliceProjection p = m_view->projection();
        core::ContourGeometry c;
        c.axis = m_draft.pathAxis;
        const Vec3 index = p.clampedToImage(p.indexOfWidget(event->position()));
        if (m_draft.path.empty()
            || distance(p.widgetOfIndex(c.toIndex(m_draft.pathSlice, m_draft.path.back())), event->position()) >= dragThreshold)
            m_draft.path.push_back(planePoint(m_draft.pathAxis, index));
        finishPolygon();
        return true;
    }
    if (tool == AnnotationTool::Select) {
        if (m_mode == Mode::Drag)
            cancel();
        if (!m_controller->document()->isReadOnly())
            insertVertexAt(event->position(), m_view->projection());
        return true;
    }
    return tool != AnnotationTool::Navigate;
}

bool AnnotationInteraction::keyPress(QKeyEvent *event)
{
    if (!m_view || !m_controller || !m_controller->document())
        return false;
    const AnnotationTool tool = m_controller->tool();
    switch (event->key()) {
    case Qt::Key_Escape:
        if (isBusy()) {
            cancel();
            return true;
        }
        if (m_controller->selectedFinding()) {
            m_controller->setSelectedFinding(std::nullopt);
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_mode == Mode::Polygon) {
            finishPolygon();
            return true;
        }
        return false;
    case Qt::Key_Backspace:
    case Qt::Key_Delete: {
        if (m_mode == Mode::Polygon) {
            if (!m_draft.path.empty())
                m_draft.path.pop_back();
            if (m_draft.path.empty())
                cancel();
            m_view->update();
            return true;
        }
        if (isBusy())
            return true;
        const SliceProjection p = m_view->projection();
        // A hovered or selected vertex goes first; a contour keeps at least three.
        std::optional<std::pair<int, int>> vertex = m_draft.hoverVertex;
        if (!vertex && m_selectedVertex && m_controller->selectedFinding())
            vertex = std::make_pair(*m_controller->selectedFinding(), *m_selectedVertex);
        if (vertex && removeVertex(vertex->first, vertex->second, p))
            return true;
        if (event->key() == Qt::Key_Delete && m_controller->selectedFinding()) {
            m_controller->removeSelected();
            return true;
        }
        return false;
    }
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight: {
        MaskToolSettings s = m_controller->maskSettings();
        const bool up = event->key() == Qt::Key_BracketRight;
        double next = s.brushRadiusMm;
        if (up) {
            const auto it = std::upper_bound(brushSizes.begin(), brushSizes.end(), s.brushRadiusMm + 1e-9);
            next = it == brushSizes.end() ? brushSizes.back() : *it;
        } else {
            const auto it = std::lower_bound(brushSizes.begin(), brushSizes.end(), s.brushRadiusMm - 1e-9);
            next = it == brushSizes.begin() ? brushSizes.front() : *(it - 1);
        }
        s.brushRadiusMm = next;
        m_controller->setMaskSettings(s);
        return true;
    }
    default: break;
    }
    Q_UNUSED(tool);
    return false;
}

void AnnotationInteraction::leave()
{
    if (m_draft.brushCentre || m_draft.hoverVertex) {
        m_draft.brushCentre.reset();
        m_draft.hoverVertex.reset();
        if (m_view)
            m_view->update();
    }
}

void AnnotationInteraction::updateBrushCursor(QPointF pos)
{
    if (!m_view || !m_controller)
        return;
    const SliceProjection p = m_view->projection();
    m_draft.brushCentre = pos;
    m_draft.brushRadius = m_controller->maskSettings().brushRadiusMm / (p.wpp * p.dpr);
}

void AnnotationInteraction::updateHover(QPointF pos)
{
    std::optional<std::pair<int, int>> hover;
    const SliceProjection p = m_view->projection();
    double best = pickTolerance;
    for (const int key : m_controller->document()->findingKeys()) {
        const core::Finding *finding = findingOf(key);
        if (!finding || finding->kind() != core::FindingKind::Contour)
            continue;
        const FindingShape shape = shapeOnSlice(*finding, p, m_controller->volume()->geometry);
        for (int i = 0; i < shape.polygon.size(); ++i) {
            const double d = distance(shape.polygon[i], pos);
            if (d <= best) {
                best = d;
                hover = std::make_pair(key, i);
            }
        }
    }
    if (hover != m_draft.hoverVertex) {
        m_draft.hoverVertex = hover;
        m_view->update();
    }
}

void AnnotationInteraction::dragTo(QPointF pos, const SliceProjection &p)
{
    if (distance(pos, m_pressPos) >= dragThreshold)
        m_dragMoved = true;
    if (!m_dragMoved)
        return;
    core::Finding preview = m_dragOriginal;
    const Vec3 now = p.indexOfWidget(pos);
    switch (m_dragKind) {
    case DragKind::Move: {
        Vec3 delta{};
        delta[std::size_t(p.axisU)] = now[std::size_t(p.axisU)] - m_dragStartIndex[std::size_t(p.axisU)];
        delta[std::size_t(p.axisV)] = now[std::size_t(p.axisV)] - m_dragStartIndex[std::size_t(p.axisV)];
        translate(preview, delta);
        break;
    }
    case DragKind::BoxHandle: {
        auto *box = std::get_if<core::BoxGeometry>(&preview.geometry);
        if (!box)
            break;
        // Move the display edges the handle holds, then back to index ranges.
        auto [ulo, uhi] = boxRange(*box, p.axisU);
        auto [vlo, vhi] = boxRange(*box, p.axisV);
        double left = std::min(p.uOfIndex(ulo), p.uOfIndex(uhi)), right = std::max(p.uOfIndex(ulo), p.uOfIndex(uhi));
        double top = std::min(p.vOfIndex(vlo), p.vOfIndex(vhi)), bottom = std::max(p.vOfIndex(vlo), p.vOfIndex(vhi));
        const Vec3 c = p.clampedToImage(now);
        const double u = p.uOfIndex(c[std::size_t(p.axisU)]), v = p.vOfIndex(c[std::size_t(p.axisV)]);
        const int h = m_dragHandle;
        if (h == 0 || h == 6 || h == 7)
            left = u;
        if (h == 2 || h == 3 || h == 4)
            right = u;
        if (h == 0 || h == 1 || h == 2)
            top = v;
        if (h == 4 || h == 5 || h == 6)
            bottom = v;
        const auto backU = [&](double x) { return p.flipU ? p.width - 1 - x : x; };
        const auto backV = [&](double y) { return p.flipV ? p.height - 1 - y : y; };
        setBoxRange(*box, p.axisU, backU(left), backU(right));
        setBoxRange(*box, p.axisV, backV(top), backV(bottom));
        break;
    }
    case DragKind::Vertex: {
        auto *contour = std::get_if<core::ContourGeometry>(&preview.geometry);
        if (!contour)
            break;
        auto it = contour->slices.find(p.slice);
        if (it == contour->slices.end() || m_dragHandle < 0 || m_dragHandle >= int(it->second.size()))
            break;
        it->second[std::size_t(m_dragHandle)] = planePoint(contour->axis, p.clampedToImage(now));
        break;
    }
    }
    m_draft.previewKey = m_dragKey;
    m_draft.preview = std::move(preview);
    m_view->update();
}

void AnnotationInteraction::finishDrag()
{
    const bool moved = m_dragMoved && m_draft.previewKey == m_dragKey;
    const int key = m_dragKey;
    const core::Finding finding = m_draft.preview;
    const DragKind kind = m_dragKind;
    const core::Finding original = m_dragOriginal;
    m_mode = Mode::Idle;
    m_draft.previewKey.reset();
    m_dragKey = -1;
    m_view->update();
    if (!moved || sameGeometry(finding, original))
        return;
    QString description;
    switch (kind) {
    case DragKind::Move: description = tr("Move finding"); break;
    case DragKind::BoxHandle: description = tr("Resize box"); break;
    case DragKind::Vertex: description = tr("Move vertex"); break;
    }
    const core::Result<void> updated = m_controller->document()->updateFinding(key, finding, description);
    if (!updated)
        report(updated.error().message);
}

void AnnotationInteraction::finishPolygon()
{
    std::vector<core::Point2> path = std::move(m_draft.path);
    // A double-click's presses leave vertices on top of each other: keep one.
    const SliceProjection p = m_view->projection();
    core::ContourGeometry c;
    c.axis = m_draft.pathAxis;
    while (path.size() >= 2
           && distance(p.widgetOfIndex(c.toIndex(m_draft.pathSlice, path.back())),
                       p.widgetOfIndex(c.toIndex(m_draft.pathSlice, path[path.size() - 2])))
                  < dragThreshold)
        path.pop_back();
    const int slice = m_draft.pathSlice, axis = m_draft.pathAxis;
    cancel();
    if (path.size() < 3) {
        report(tr("A contour needs at least three vertices; it was not added."));
        return;
    }
    addContour(std::move(path), slice, axis);
}

void AnnotationInteraction::finishFreehand()
{
    std::vector<core::Point2> path = std::move(m_draft.path);
    const int slice = m_draft.pathSlice, axis = m_draft.pathAxis;
    cancel();
    // The closing point on top of the first one adds nothing.
    while (path.size() > 3 && std::hypot(path.back()[0] - path.front()[0], path.back()[1] - path.front()[1]) < 0.5)
        path.pop_back();
    if (path.size() < 3)
        return; // a click, not a contour
    addContour(std::move(path), slice, axis);
}

void AnnotationInteraction::addContour(std::vector<core::Point2> path, int slice, int axis)
{
    AnnotationDocument *document = m_controller->document();
    // A selected contour of the same plane without a polygon on this slice gets it (one
    // finding through several slices); otherwise a new finding.
    if (const auto selected = m_controller->selectedFinding()) {
        const core::Finding *finding = document->finding(*selected);
        const auto *contour = finding ? std::get_if<core::ContourGeometry>(&finding->geometry) : nullptr;
        if (contour && contour->axis == axis && !contour->slices.count(slice)) {
            core::Finding changed = *finding;
            std::get<core::ContourGeometry>(changed.geometry).slices[slice] = std::move(path);
            const core::Result<void> updated = document->updateFinding(*selected, changed, tr("Add contour slice"));
            if (!updated)
                report(updated.error().message);
            return;
        }
    }
    core::ContourGeometry contour;
    contour.axis = axis;
    contour.slices[slice] = std::move(path);
    core::Finding finding;
    finding.label = m_controller->findingLabel();
    finding.geometry = std::move(contour);
    const core::Result<int> added = document->addFinding(finding);
    if (!added)
        report(added.error().message);
    else
        m_controller->setSelectedFinding(*added);
}

void AnnotationInteraction::strokeTo(const Vec3 &index, const SliceProjection &p)
{
    AnnotationDocument *document = m_controller->document();
    const auto volume = m_controller->volume();
    const MaskToolSettings s = m_controller->maskSettings();
    Vec3 to = index;
    to[std::size_t(p.axisN)] = p.slice;
    Vec3 from = m_lastBrush;
    from[std::size_t(p.axisN)] = p.slice;
    std::vector<qint64> voxels = core::imaging::MaskTools::sweep(volume->geometry, p.axisN, from, to, s.brushRadiusMm, s.brushSphere);
    if (!m_erasing && s.threshold)
        core::imaging::MaskTools::keepInRange(*volume, voxels, s.threshold->first, s.threshold->second);
    m_lastBrush = to;
    if (!voxels.empty())
        document->strokeVoxels(voxels);
}

void AnnotationInteraction::fillAt(const Vec3 &index, const SliceProjection &p)
{
    AnnotationDocument *document = m_controller->document();
    const auto volume = m_controller->volume();
    const QPointF pos = p.widgetOfIndex(index);
    // The smallest contour on this slice around the click.
    const core::ContourGeometry *inside = nullptr;
    double smallest = std::numeric_limits<double>::max();
    for (const int key : document->findingKeys()) {
        const core::Finding *finding = document->finding(key);
        const auto *contour = finding ? std::get_if<core::ContourGeometry>(&finding->geometry) : nullptr;
        if (!contour)
            continue;
        const FindingShape shape = shapeOnSlice(*finding, p, volume->geometry);
        if (shape.kind != FindingShape::Kind::Polygon || !shape.polygon.containsPoint(pos, Qt::OddEvenFill))
            continue;
        const QRectF b = shape.bounds();
        if (b.width() * b.height() < smallest) {
            smallest = b.width() * b.height();
            inside = contour;
        }
    }
    if (!inside) {
        report(tr("Click inside a contour on this slice to fill it into the mask."));
        return;
    }
    const MaskToolSettings s = m_controller->maskSettings();
    std::vector<qint64> voxels =
        core::imaging::MaskTools::polygonInterior(volume->geometry.size, inside->axis, p.slice, inside->slices.at(p.slice));
    if (s.threshold)
        core::imaging::MaskTools::keepInRange(*volume, voxels, s.threshold->first, s.threshold->second);
    if (voxels.empty()) {
        report(tr("The contour holds no voxel centre to fill."));
        return;
    }
    const core::Result<void> painted = document->paint(voxels, s.label, tr("Fill contour"));
    if (!painted)
        report(painted.error().message);
}

void AnnotationInteraction::growAt(const Vec3 &index, const SliceProjection &p)
{
    const auto volume = m_controller->volume();
    std::array<int, 3> seed{};
    for (std::size_t a = 0; a < 3; ++a) {
        seed[a] = int(std::lround(index[a]));
        if (seed[a] < 0 || seed[a] >= volume->geometry.size[a]) {
            report(tr("Click on the image to place the seed of region growing."));
            return;
        }
    }
    const MaskToolSettings s = m_controller->maskSettings();
    core::imaging::RegionGrowOptions options;
    options.method = s.growConfidence ? core::imaging::RegionGrowOptions::Method::ConfidenceConnected
                                      : core::imaging::RegionGrowOptions::Method::ConnectedThreshold;
    options.lower = s.growLower;
    options.upper = s.growUpper;
    options.multiplier = s.growMultiplier;
    options.planeAxis = s.grow3d ? -1 : p.axisN;
    const core::Result<std::vector<qint64>> grown = core::imaging::MaskTools::regionGrow(*volume, seed, options);
    if (!grown) {
        report(grown.error().message);
        return;
    }
    if (grown->empty()) {
        report(tr("Region growing found nothing at the seed: its value lies outside the range."));
        return;
    }
    const core::Result<void> painted = m_controller->document()->paint(*grown, s.label, tr("Region growing"));
    if (!painted)
        report(painted.error().message);
}

bool AnnotationInteraction::removeVertex(int key, int vertex, const SliceProjection &p)
{
    AnnotationDocument *document = m_controller->document();
    const core::Finding *finding = document->finding(key);
    const auto *contour = finding ? std::get_if<core::ContourGeometry>(&finding->geometry) : nullptr;
    if (!contour || contour->axis != p.axisN)
        return false;
    const auto it = contour->slices.find(p.slice);
    if (it == contour->slices.end() || vertex < 0 || vertex >= int(it->second.size()) || it->second.size() <= 3)
        return false;
    if (refuseReadOnly())
        return true;
    core::Finding changed = *finding;
    auto &polygon = std::get<core::ContourGeometry>(changed.geometry).slices[p.slice];
    polygon.erase(polygon.begin() + vertex);
    m_draft.hoverVertex.reset();
    m_selectedVertex.reset();
    const core::Result<void> updated = document->updateFinding(key, changed, tr("Remove vertex"));
    if (!updated)
        report(updated.error().message);
    return true;
}

bool AnnotationInteraction::insertVertexAt(QPointF pos, const SliceProjection &p)
{
    AnnotationDocument *document = m_controller->document();
    const auto volume = m_controller->volume();
    std::optional<int> bestKey;
    int bestEdge = -1;
    double best = pickTolerance;
    // The selected contour first, then any on this slice.
    QList<int> keys = document->findingKeys();
    if (const auto selected = m_controller->selectedFinding())
        keys.prepend(*selected);
    for (const int key : keys) {
        const core::Finding *finding = document->finding(key);
        if (!finding || finding->kind() != core::FindingKind::Contour)
            continue;
        const FindingShape shape = shapeOnSlice(*finding, p, volume->geometry);
        for (int i = 0; i < shape.polygon.size(); ++i) {
            const double d = distanceToSegment(pos, shape.polygon[i], shape.polygon[(i + 1) % shape.polygon.size()]);
            if (d < best) {
                best = d;
                bestKey = key;
                bestEdge = i;
            }
        }
        if (bestKey)
            break;
    }
    if (!bestKey)
        return false;
    core::Finding changed = *document->finding(*bestKey);
    auto &contour = std::get<core::ContourGeometry>(changed.geometry);
    auto &polygon = contour.slices[p.slice];
    polygon.insert(polygon.begin() + bestEdge + 1, planePoint(contour.axis, p.clampedToImage(p.indexOfWidget(pos))));
    m_controller->setSelectedFinding(*bestKey);
    const core::Result<void> updated = document->updateFinding(*bestKey, changed, tr("Insert vertex"));
    if (!updated)
        report(updated.error().message);
    m_selectedVertex = bestEdge + 1;
    return true;
}

void AnnotationInteraction::paint(OverlayBuilder &overlay, const SliceProjection &projection)
{
    if (!m_controller)
        return;
    m_overlay.paint(overlay, projection, *m_controller, m_draft);
}

} // namespace etalon::viewer
