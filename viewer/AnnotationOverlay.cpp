#include "viewer/AnnotationOverlay.h"

#include "core/annotation/AnnotationDocument.h"
#include "viewer/AnnotationController.h"
#include "viewer/OverlayBuilder.h"

#include <QHashFunctions>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace etalon::viewer {

using core::Vec3;

namespace {

/// Content keys: widget coordinates rounded to 1/64 pixel, hashed.
class KeyHash {
public:
    void add(double value) { m_values.push_back(std::llround(value * 64.0)); }
    void add(QPointF p)
    {
        add(p.x());
        add(p.y());
    }
    void add(const QRectF &r)
    {
        add(r.topLeft());
        add(r.bottomRight());
    }
    void addInt(qint64 value) { m_values.push_back(value); }
    QString key(QChar kind) const
    {
        const std::size_t h = qHashBits(m_values.data(), m_values.size() * sizeof(qint64), 0x5eed);
        return QStringLiteral("a%1|%2|%3").arg(kind).arg(quint64(h), 0, 16).arg(m_values.size());
    }

private:
    std::vector<qint64> m_values;
};

constexpr double handleSize = 7.0;
constexpr int maskBlock = 32;

QPen findingPen(const QColor &colour, bool selected)
{
    QPen pen(colour, selected ? 2.0 : 1.0);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

void drawHandle(QPainter &painter, QPointF centre, const QColor &colour, bool filled = false)
{
    const QRectF r(centre.x() - handleSize / 2.0, centre.y() - handleSize / 2.0, handleSize, handleSize);
    painter.setPen(QPen(QColor(0, 0, 0), 1.0));
    painter.setBrush(filled ? colour : QColor(255, 255, 255));
    painter.drawRect(r);
    painter.setBrush(Qt::NoBrush);
}

int labelIndex(const core::LabelSchema &schema, const QString &code)
{
    for (int i = 0; i < schema.findingLabels.size(); ++i)
        if (schema.findingLabels[i].code == code)
            return i;
    return -1;
}

QColor colourOrDefault(const QString &text)
{
    const QColor c = QColor::fromString(text);
    return c.isValid() ? c : QColor(255, 193, 7);
}

} // namespace

std::pair<double, double> boxRange(const core::BoxGeometry &box, int axis)
{
    switch (axis) {
    case 0: return {std::min(box.i0, box.i1), std::max(box.i0, box.i1)};
    case 1: return {std::min(box.j0, box.j1), std::max(box.j0, box.j1)};
    default: return {std::min(box.k0, box.k1) - 0.5, std::max(box.k0, box.k1) + 0.5};
    }
}

void setBoxRange(core::BoxGeometry &box, int axis, double lo, double hi)
{
    if (lo > hi)
        std::swap(lo, hi);
    if (axis == 2) {
        const int k0 = int(std::lround(lo + 0.5));
        const int k1 = std::max(k0, int(std::lround(hi - 0.5)));
        box.k0 = k0;
        box.k1 = k1;
        return;
    }
    double a = std::round(lo - 0.5) + 0.5;
    double b = std::round(hi - 0.5) + 0.5;
    if (b - a < 1.0)
        b = a + 1.0;
    if (axis == 0) {
        box.i0 = a;
        box.i1 = b;
    } else {
        box.j0 = a;
        box.j1 = b;
    }
}

void setBoxCovering(core::BoxGeometry &box, int axis, double a, double b)
{
    if (a > b)
        std::swap(a, b);
    setBoxRange(box, axis, std::floor(a + 0.5) - 0.5, std::floor(b + 0.5) + 0.5);
}

QRectF FindingShape::bounds() const
{
    switch (kind) {
    case Kind::Point: {
        const double r = std::max(radius, 8.0);
        return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r);
    }
    case Kind::Box: return rect.normalized();
    case Kind::Polygon: return polygon.boundingRect();
    case Kind::None: break;
    }
    return {};
}

std::array<QPointF, 8> boxHandles(const QRectF &r)
{
    const QRectF n = r.normalized();
    const double cx = n.center().x(), cy = n.center().y();
    return {n.topLeft(), QPointF(cx, n.top()), n.topRight(), QPointF(n.right(), cy),
            n.bottomRight(), QPointF(cx, n.bottom()), n.bottomLeft(), QPointF(n.left(), cy)};
}

FindingShape shapeOnSlice(const core::Finding &finding, const SliceProjection &p, const core::VolumeGeometry &geometry)
{
    FindingShape shape;
    const auto n = std::size_t(p.axisN);
    if (const auto *point = std::get_if<core::PointGeometry>(&finding.geometry)) {
        const double distanceMm = std::abs(point->index[n] - p.slice) * geometry.spacing[n];
        const bool onSlice = std::lround(point->index[n]) == p.slice;
        const double r = point->diameterMm ? *point->diameterMm / 2.0 : 0.0;
        if (!onSlice && distanceMm > r)
            return shape;
        shape.kind = FindingShape::Kind::Point;
        shape.centre = p.widgetOfIndex(point->index);
        shape.markerOnSlice = onSlice;
        if (r > 0.0 && distanceMm <= r)
            shape.radius = std::sqrt(r * r - distanceMm * distanceMm) / (p.wpp * p.dpr);
    } else if (const auto *box = std::get_if<core::BoxGeometry>(&finding.geometry)) {
        const auto [lo, hi] = boxRange(*box, p.axisN);
        if (p.slice < lo || p.slice > hi)
            return shape;
        const auto [u0, u1] = boxRange(*box, p.axisU);
        const auto [v0, v1] = boxRange(*box, p.axisV);
        const double du0 = p.uOfIndex(u0), du1 = p.uOfIndex(u1);
        const double dv0 = p.vOfIndex(v0), dv1 = p.vOfIndex(v1);
        shape.kind = FindingShape::Kind::Box;
        shape.rect = QRectF(p.widgetOfDisplay(std::min(du0, du1), std::min(dv0, dv1)),
                            p.widgetOfDisplay(std::max(du0, du1), std::max(dv0, dv1)));
    } else if (const auto *contour = std::get_if<core::ContourGeometry>(&finding.geometry)) {
        if (contour->axis != p.axisN)
            return shape;
        const auto it = contour->slices.find(p.slice);
        if (it == contour->slices.end() || it->second.size() < 2)
            return shape;
        shape.kind = FindingShape::Kind::Polygon;
        shape.polygon.reserve(qsizetype(it->second.size()));
        for (const core::Point2 &v : it->second)
            shape.polygon << p.widgetOfIndex(contour->toIndex(p.slice, v));
    }
    return shape;
}

AnnotationOverlay::AnnotationOverlay() = default;
AnnotationOverlay::~AnnotationOverlay() = default;

QColor AnnotationOverlay::labelColour(const core::annotation::AnnotationDocument &document, const QString &code)
{
    const auto &labels = document.schema().findingLabels;
    const int i = labelIndex(document.schema(), code);
    if (i >= 0)
        return colourOrDefault(labels[i].colour);
    return labels.isEmpty() ? QColor(255, 193, 7) : colourOrDefault(labels.first().colour);
}

QColor AnnotationOverlay::maskColour(const core::annotation::AnnotationDocument &document, int n)
{
    const auto &labels = document.schema().findingLabels;
    if (n >= 1 && n <= labels.size())
        return colourOrDefault(labels[n - 1].colour);
    // Labels beyond the schema: distinct hues.
    return QColor::fromHsv((n * 67) % 360, 220, 255);
}

void AnnotationOverlay::maskChanged(const std::array<int, 6> &bounds)
{
    if (!m_slice.valid)
        return;
    const auto n = std::size_t(m_slice.axisN);
    if (m_slice.slice >= bounds[n] && m_slice.slice <= bounds[n + 3])
        m_slice.valid = false;
}

void AnnotationOverlay::invalidateMask()
{
    m_slice.valid = false;
}

void AnnotationOverlay::paint(OverlayBuilder &overlay, const SliceProjection &p, const AnnotationController &controller,
                              const AnnotationDraft &draft)
{
    const core::annotation::AnnotationDocument *document = controller.document();
    const auto volume = controller.volume();
    if (!document || !volume)
        return;
    {
        const MaskToolSettings settings = controller.maskSettings();
        const double opacity = std::clamp(settings.outline ? 1.0 : settings.opacity, 0.0, 1.0);
        std::array<QRgb, 256> lut{};
        for (int n = 1; n <= std::min(255, document->maskLabelCount() + 8); ++n) {
            const QColor c = m_colour ? *m_colour : maskColour(*document, n);
            lut[std::size_t(n)] = qPremultiply(qRgba(c.red(), c.green(), c.blue(), int(std::lround(opacity * 255.0))));
        }
        for (int n = document->maskLabelCount() + 9; n < 256; ++n)
            lut[std::size_t(n)] = lut[1];
        if (m_maskVisible)
            paintMask(overlay, p, document->mask(), lut, settings.outline);
    }

    const std::optional<int> selected = controller.selectedFinding();
    const core::VolumeGeometry &geometry = volume->geometry;
    for (const int key : document->findingKeys()) {
        const core::Finding *stored = document->finding(key);
        if (!stored)
            continue;
        const core::Finding &finding = draft.previewKey == key ? draft.preview : *stored;
        const FindingShape shape = shapeOnSlice(finding, p, geometry);
        if (shape.kind == FindingShape::Kind::None)
            continue;
        const bool isSelected = selected == key;
        const QColor colour = m_colour ? *m_colour : labelColour(*document, finding.label);
        const int hover = draft.hoverVertex && draft.hoverVertex->first == key ? draft.hoverVertex->second : -1;
        KeyHash hash;
        hash.addInt(int(shape.kind));
        hash.addInt(colour.rgba());
        hash.addInt(isSelected ? 1 : 0);
        hash.addInt(hover);
        hash.add(shape.centre);
        hash.addInt(shape.markerOnSlice ? 1 : 0);
        hash.add(shape.radius);
        hash.add(shape.rect);
        for (const QPointF &v : shape.polygon)
            hash.add(v);
        const QRectF bounds = shape.bounds().adjusted(-handleSize - 2, -handleSize - 2, handleSize + 2, handleSize + 2);
        overlay.add(
            OverlayBuilder::Lines, hash.key(QLatin1Char('f')), [&] { return bounds; },
            [&](QPainter &painter) {
                painter.setPen(findingPen(colour, isSelected));
                painter.setBrush(Qt::NoBrush);
                switch (shape.kind) {
                case FindingShape::Kind::Point:
                    if (shape.markerOnSlice) {
                        const QPointF c = shape.centre;
                        painter.drawLine(QPointF(c.x() - 7, c.y()), QPointF(c.x() - 2, c.y()));
                        painter.drawLine(QPointF(c.x() + 2, c.y()), QPointF(c.x() + 7, c.y()));
                        painter.drawLine(QPointF(c.x(), c.y() - 7), QPointF(c.x(), c.y() - 2));
                        painter.drawLine(QPointF(c.x(), c.y() + 2), QPointF(c.x(), c.y() + 7));
                    }
                    if (shape.radius > 0.0)
                        painter.drawEllipse(shape.centre, shape.radius, shape.radius);
                    if (isSelected && shape.markerOnSlice)
                        drawHandle(painter, shape.centre, colour);
                    break;
                case FindingShape::Kind::Box:
                    painter.drawRect(shape.rect);
                    if (isSelected)
                        for (const QPointF &h : boxHandles(shape.rect))
                            drawHandle(painter, h, colour);
                    break;
                case FindingShape::Kind::Polygon:
                    painter.drawPolygon(shape.polygon);
                    if (isSelected)
                        for (int i = 0; i < shape.polygon.size(); ++i)
                            drawHandle(painter, shape.polygon[i], colour, i == hover);
                    else if (hover >= 0 && hover < shape.polygon.size())
                        drawHandle(painter, shape.polygon[hover], colour, true);
                    break;
                case FindingShape::Kind::None: break;
                }
            });
    }

    // The draft: new box, new point, contour being drawn, brush cursor.
    const QColor draftColour = labelColour(*document, controller.findingLabel());
    if (draft.newBox) {
        core::Finding f;
        f.geometry = *draft.newBox;
        const FindingShape shape = shapeOnSlice(f, p, geometry);
        if (shape.kind == FindingShape::Kind::Box) {
            KeyHash hash;
            hash.add(shape.rect);
            hash.addInt(draftColour.rgba());
            overlay.add(
                OverlayBuilder::Lines, hash.key(QLatin1Char('b')), [&] { return shape.rect.normalized().adjusted(-3, -3, 3, 3); },
                [&](QPainter &painter) {
                    QPen pen(draftColour, 1.0, Qt::DashLine);
                    painter.setPen(pen);
                    painter.drawRect(shape.rect);
                });
        }
    }
    if (draft.newPoint) {
        core::Finding f;
        f.geometry = *draft.newPoint;
        const FindingShape shape = shapeOnSlice(f, p, geometry);
        KeyHash hash;
        hash.add(shape.centre);
        hash.add(shape.radius);
        hash.addInt(draftColour.rgba());
        overlay.add(
            OverlayBuilder::Lines, hash.key(QLatin1Char('p')),
            [&] { return shape.bounds().adjusted(-3, -3, 3, 3); },
            [&](QPainter &painter) {
                painter.setPen(QPen(draftColour, 1.0, Qt::DashLine));
                painter.drawEllipse(shape.centre, std::max(shape.radius, 3.0), std::max(shape.radius, 3.0));
            });
    }
    if (!draft.path.empty() && draft.pathSlice == p.slice && draft.pathAxis == p.axisN) {
        core::ContourGeometry c;
        c.axis = p.axisN;
        std::vector<QPointF> points;
        points.reserve(draft.path.size() + 1);
        for (const core::Point2 &v : draft.path)
            points.push_back(p.widgetOfIndex(c.toIndex(p.slice, v)));
        if (draft.rubberBand)
            points.push_back(p.widgetOfIndex(*draft.rubberBand));
        // Chunks of 64 segments: while a long freehand path grows, only the last chunk is
        // drawn again.
        constexpr std::size_t chunk = 64;
        for (std::size_t start = 0; start + 1 < points.size() || start == 0; start += chunk) {
            const std::size_t end = std::min(points.size(), start + chunk + 1);
            KeyHash hash;
            hash.addInt(qint64(start));
            hash.addInt(draftColour.rgba());
            QRectF bounds;
            for (std::size_t i = start; i < end; ++i) {
                hash.add(points[i]);
                bounds = bounds.united(QRectF(points[i], QSizeF(0.01, 0.01)));
            }
            overlay.add(
                OverlayBuilder::Lines, hash.key(QLatin1Char('c')), [&] { return bounds.adjusted(-handleSize, -handleSize, handleSize, handleSize); },
                [&](QPainter &painter) {
                    painter.setPen(QPen(draftColour, 1.0));
                    painter.drawPolyline(points.data() + start, int(end - start));
                    if (start == 0)
                        drawHandle(painter, points.front(), draftColour);
                });
            if (end >= points.size())
                break;
        }
    }
    if (draft.brushCentre && draft.brushRadius > 0.0) {
        const QPointF c = *draft.brushCentre;
        const double r = draft.brushRadius;
        KeyHash hash;
        hash.add(c);
        hash.add(r);
        overlay.add(
            OverlayBuilder::Lines, hash.key(QLatin1Char('r')), [&] { return QRectF(c.x() - r - 3, c.y() - r - 3, 2 * r + 6, 2 * r + 6); },
            [&](QPainter &painter) {
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setPen(QPen(QColor(0, 0, 0, 160), 3.0));
                painter.drawEllipse(c, r, r);
                painter.setPen(QPen(QColor(255, 255, 255), 1.0));
                painter.drawEllipse(c, r, r);
            });
    }
}

void AnnotationOverlay::setColour(std::optional<QColor> colour)
{
    m_colour = colour;
}

void AnnotationOverlay::setMaskVisible(bool visible)
{
    m_maskVisible = visible;
}

void AnnotationOverlay::paintLabels(OverlayBuilder &overlay, const SliceProjection &p, const core::MaskGeometry &mask,
                                    const QList<QColor> &colours, double opacity, bool outline)
{
    if (colours.isEmpty())
        return;
    const double alpha = std::clamp(outline ? 1.0 : opacity, 0.0, 1.0);
    std::array<QRgb, 256> lut{};
    for (int n = 1; n < 256; ++n) {
        const QColor c = colours[std::min<qsizetype>(n - 1, colours.size() - 1)];
        lut[std::size_t(n)] = qPremultiply(qRgba(c.red(), c.green(), c.blue(), int(std::lround(alpha * 255.0))));
    }
    paintMask(overlay, p, &mask, lut, outline);
}

void AnnotationOverlay::paintMask(OverlayBuilder &overlay, const SliceProjection &p, const core::MaskGeometry *mask,
                                  const std::array<QRgb, 256> &lut, bool outline)
{
    if (!mask || mask->labels.empty())
        return;
    const auto &size = mask->size;
    if (size[std::size_t(p.axisU)] != p.width || size[std::size_t(p.axisV)] != p.height || p.slice < 0
        || p.slice >= size[std::size_t(p.axisN)])
        return; // not the images of this view

    MaskSlice &s = m_slice;
    if (!s.valid || s.mask != mask || s.axisU != p.axisU || s.axisV != p.axisV || s.axisN != p.axisN || s.slice != p.slice
        || s.flipU != p.flipU || s.flipV != p.flipV || s.width != p.width || s.height != p.height) {
        s.mask = mask;
        s.axisU = p.axisU;
        s.axisV = p.axisV;
        s.axisN = p.axisN;
        s.slice = p.slice;
        s.flipU = p.flipU;
        s.flipV = p.flipV;
        s.width = p.width;
        s.height = p.height;
        s.labels.resize(std::size_t(p.width) * std::size_t(p.height));
        const std::array<std::ptrdiff_t, 3> stride{1, size[0], std::ptrdiff_t(size[0]) * size[1]};
        const std::ptrdiff_t du = p.flipU ? -stride[std::size_t(p.axisU)] : stride[std::size_t(p.axisU)];
        const std::ptrdiff_t dv = p.flipV ? -stride[std::size_t(p.axisV)] : stride[std::size_t(p.axisV)];
        const std::ptrdiff_t base = std::ptrdiff_t(p.slice) * stride[std::size_t(p.axisN)]
                                    + (p.flipU ? std::ptrdiff_t(p.width - 1) * stride[std::size_t(p.axisU)] : 0)
                                    + (p.flipV ? std::ptrdiff_t(p.height - 1) * stride[std::size_t(p.axisV)] : 0);
        const std::uint8_t *src = mask->labels.data();
        for (int v = 0; v < p.height; ++v) {
            const std::uint8_t *row = src + base + dv * v;
            std::uint8_t *out = s.labels.data() + std::ptrdiff_t(v) * p.width;
            if (du == 1) {
                std::copy(row, row + p.width, out);
            } else {
                for (int u = 0; u < p.width; ++u)
                    out[u] = row[du * u];
            }
        }
        s.valid = true;
    }

    const std::size_t lutHash = qHashBits(lut.data(), sizeof(lut), 7);

    const QRect widget = overlay.deviceRect();
    const double halfW = p.deviceWidth / 2.0, halfH = p.deviceHeight / 2.0;
    // Device x of display u (and y of v); device pixel x shows display pixel floor(u + 0.5).
    const auto deviceX = [&](double u) { return (u * p.su - p.focalX) / p.wpp + halfW; };
    const auto deviceY = [&](double v) { return (v * p.sv - p.focalY) / p.wpp + halfH; };
    const auto uOfDevice = [&](int x) { return int(std::floor((p.focalX + (x + 0.5 - halfW) * p.wpp) / p.su + 0.5)); };
    const auto vOfDevice = [&](int y) { return int(std::floor((p.focalY + (y + 0.5 - halfH) * p.wpp) / p.sv + 0.5)); };
    const int w = p.width, h = p.height;
    const std::uint8_t *labels = s.labels.data();
    const auto at = [&](int u, int v) { return labels[std::ptrdiff_t(v) * w + u]; };
    const auto isEdge = [&](int u, int v) {
        const std::uint8_t l = at(u, v);
        return u == 0 || v == 0 || u == w - 1 || v == h - 1 || at(u - 1, v) != l || at(u + 1, v) != l || at(u, v - 1) != l
               || at(u, v + 1) != l;
    };

    for (int bv = 0; bv * maskBlock < h; ++bv) {
        const int v0 = bv * maskBlock, v1 = std::min(h, v0 + maskBlock);
        const int y0 = std::max(widget.top(), int(std::lround(deviceY(v0 - 0.5))));
        const int y1 = std::min(widget.top() + widget.height(), int(std::lround(deviceY(v1 - 0.5))));
        if (y1 <= y0)
            continue;
        for (int bu = 0; bu * maskBlock < w; ++bu) {
            const int u0 = bu * maskBlock, u1 = std::min(w, u0 + maskBlock);
            const int x0 = std::max(widget.left(), int(std::lround(deviceX(u0 - 0.5))));
            const int x1 = std::min(widget.left() + widget.width(), int(std::lround(deviceX(u1 - 0.5))));
            if (x1 <= x0)
                continue;
            bool any = false;
            for (int v = v0; v < v1 && !any; ++v) {
                const std::uint8_t *row = labels + std::ptrdiff_t(v) * w;
                any = std::any_of(row + u0, row + u1, [](std::uint8_t l) { return l != 0; });
            }
            if (!any)
                continue;
            // The block and, for outlines, the ring of voxels around it decide its pixels.
            const int hv0 = std::max(0, v0 - 1), hv1 = std::min(h, v1 + 1);
            const int hu0 = std::max(0, u0 - 1), hu1 = std::min(w, u1 + 1);
            std::size_t contentHash = lutHash ^ (outline ? 0x9e3779b9u : 0u);
            for (int v = hv0; v < hv1; ++v)
                contentHash = qHashBits(labels + std::ptrdiff_t(v) * w + hu0, std::size_t(hu1 - hu0), contentHash);
            const QString key = QStringLiteral("m|%1,%2|%3,%4,%5,%6|%7")
                                    .arg(bu)
                                    .arg(bv)
                                    .arg(x0)
                                    .arg(y0)
                                    .arg(x1)
                                    .arg(y1)
                                    .arg(quint64(contentHash), 0, 16);
            overlay.addSprite(key, [&] {
                QImage image(x1 - x0, y1 - y0, QImage::Format_ARGB32_Premultiplied);
                std::vector<int> us(std::size_t(x1 - x0));
                for (int x = x0; x < x1; ++x)
                    us[std::size_t(x - x0)] = std::clamp(uOfDevice(x), u0, u1 - 1);
                bool drawn = false;
                for (int y = y0; y < y1; ++y) {
                    const int v = std::clamp(vOfDevice(y), v0, v1 - 1);
                    auto *out = reinterpret_cast<QRgb *>(image.scanLine(y - y0));
                    const std::uint8_t *row = labels + std::ptrdiff_t(v) * w;
                    for (std::size_t x = 0; x < us.size(); ++x) {
                        const int u = us[x];
                        const std::uint8_t l = row[u];
                        const QRgb c = l && (!outline || isEdge(u, v)) ? lut[l] : 0u;
                        out[x] = c;
                        drawn = drawn || c != 0u;
                    }
                }
                if (!drawn)
                    return OverlaySprite{};
                image.setDevicePixelRatio(overlay.devicePixelRatio());
                return OverlaySprite{image, QPointF(x0, y0) / overlay.devicePixelRatio()};
            });
        }
    }
}

} // namespace etalon::viewer
