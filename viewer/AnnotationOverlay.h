#pragma once

#include "core/model/Reading.h"
#include "viewer/SliceProjection.h"

#include <QColor>
#include <QList>
#include <QPolygonF>
#include <QRectF>

#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace etalon::core::annotation {
class AnnotationDocument;
}

namespace etalon::viewer {

class AnnotationController;
class OverlayBuilder;

/// Pixel-edge range [lo, hi] of a box along index axis \a axis: i0..i1 and j0..j1 as
/// stored, k0 - 0.5 .. k1 + 0.5 for the slices.
std::pair<double, double> boxRange(const core::BoxGeometry &box, int axis);
/// Sets the range along \a axis to the pixel edges nearest to \a lo and \a hi (whole
/// slices for k), at least one pixel wide: a dragged edge or handle.
void setBoxRange(core::BoxGeometry &box, int axis, double lo, double hi);
/// Sets the range along \a axis to cover the pixels (slices) that hold positions \a a and
/// \a b (continuous index coordinates): a box dragged out from one pixel to another
/// covers both.
void setBoxCovering(core::BoxGeometry &box, int axis, double a, double b);

/// Where a finding lies on a view's current slice, in widget coordinates.
struct FindingShape {
    enum class Kind { None, Point, Box, Polygon };
    Kind kind = Kind::None;
    QPointF centre;              ///< point marker
    bool markerOnSlice = false;  ///< the point lies on this slice (else only its circle's cross-section shows)
    double radius = 0.0;         ///< diameter circle on this slice (widget px), 0 = none
    QRectF rect;                 ///< box
    QPolygonF polygon;           ///< contour on this slice (closed)
    QRectF bounds() const;
};

/// The shape of \a finding on the current slice of \a projection (None when it does not
/// touch the slice; masks are drawn by AnnotationOverlay from the document's mask).
FindingShape shapeOnSlice(const core::Finding &finding, const SliceProjection &projection, const core::VolumeGeometry &geometry);

/// The eight resize handles of a box rectangle: corners and edge middles, clockwise from
/// the top-left corner.
std::array<QPointF, 8> boxHandles(const QRectF &rect);

/// What a view draws on top of the stored findings while the reader works: the finding
/// being dragged, a box or contour being drawn, the brush cursor, the vertex under the
/// cursor.
struct AnnotationDraft {
    std::optional<int> previewKey;    ///< shown as \a preview instead of the stored finding
    core::Finding preview;
    std::optional<core::BoxGeometry> newBox;
    std::optional<core::PointGeometry> newPoint;
    /// A contour being drawn on the current slice, vertices in the plane's (u, v) index
    /// coordinates (ContourGeometry with axis = the view's normal axis).
    std::vector<core::Point2> path;
    int pathSlice = 0; ///< the slice (along pathAxis) the contour is drawn on
    int pathAxis = 2;  ///< shown only on that slice of a view with that normal axis
    std::optional<core::Vec3> rubberBand; ///< polygon tool: the cursor (index)
    std::optional<QPointF> brushCentre;   ///< widget position of the brush cursor
    double brushRadius = 0.0;             ///< widget px
    std::optional<std::pair<int, int>> hoverVertex; ///< finding key, vertex number on this slice
};

/// Draws the findings, the reading's mask and the draft of one SliceView as overlay
/// sprites, each keyed by its content so unchanged pictures are reused from paint to paint
/// (scrolling and brushing stay fast). The mask is drawn from its current slice only, in
/// 32x32-voxel blocks (empty blocks cost nothing; a brush stroke rebuilds the blocks it
/// touched), scaled nearest-neighbour to the image's on-screen rectangle.
class AnnotationOverlay {
public:
    AnnotationOverlay();
    ~AnnotationOverlay();
    AnnotationOverlay(const AnnotationOverlay &) = delete;
    AnnotationOverlay &operator=(const AnnotationOverlay &) = delete;

    /// Voxels changed in the inclusive index box (AnnotationDocument::maskChanged).
    void maskChanged(const std::array<int, 6> &bounds);
    /// The mask may have been replaced or removed (document changed, finding added/removed).
    void invalidateMask();

    void paint(OverlayBuilder &overlay, const SliceProjection &projection, const AnnotationController &controller,
               const AnnotationDraft &draft);

    /// Draws every finding and mask label in \a colour instead of the schema's colours (a
    /// second reading compared with the first); nothing = schema colours.
    void setColour(std::optional<QColor> colour);
    /// Whether paint() draws the document's mask (default true).
    void setMaskVisible(bool visible);
    /// Draws a label volume that is no document's mask (a difference or consensus mask):
    /// label n in \a colours[n - 1] (labels beyond the list in its last colour).
    void paintLabels(OverlayBuilder &overlay, const SliceProjection &projection, const core::MaskGeometry &mask,
                     const QList<QColor> &colours, double opacity, bool outline);

    /// Colour of a finding label code (schema colour; amber when unknown).
    static QColor labelColour(const core::annotation::AnnotationDocument &document, const QString &code);
    /// Colour of mask label \a n (schema findingLabels[n-1]).
    static QColor maskColour(const core::annotation::AnnotationDocument &document, int n);

private:
    void paintMask(OverlayBuilder &overlay, const SliceProjection &projection, const core::MaskGeometry *mask,
                   const std::array<QRgb, 256> &lut, bool outline);

    struct MaskSlice {
        bool valid = false;
        const void *mask = nullptr;
        int axisU = 0, axisV = 1, axisN = 2, slice = -1;
        bool flipU = false, flipV = false;
        int width = 0, height = 0;
        std::vector<std::uint8_t> labels; ///< display order, width x height
    };
    MaskSlice m_slice;
    std::optional<QColor> m_colour;
    bool m_maskVisible = true;
};

} // namespace etalon::viewer
