#pragma once

#include "core/model/Volume.h"

#include <QPointF>

#include <algorithm>
#include <cmath>

namespace etalon::viewer {

/// How a SliceView maps its current slice onto the widget, as a value: the display image
/// (u to the right, v down, pixel centres at integers) runs along index axes axisU and
/// axisV (flipped for the radiological convention), slices along axisN; the camera puts
/// world point (focalX, focalY) mm at the widget centre with wpp mm per device pixel. Valid
/// until the view's slice, camera, size or volume change (SliceView::projection()).
struct SliceProjection {
    int axisU = 0, axisV = 1, axisN = 2;
    bool flipU = false, flipV = false;
    int width = 0, height = 0, depth = 0; ///< display image size, slice count
    double su = 1.0, sv = 1.0;            ///< mm per display pixel along u and v
    int slice = 0;
    double focalX = 0.0, focalY = 0.0;    ///< world mm at the widget centre
    double wpp = 1.0;                     ///< world mm per device pixel
    double dpr = 1.0;
    double deviceWidth = 0.0, deviceHeight = 0.0;

    /// Widget position of display coordinates (u, v).
    QPointF widgetOfDisplay(double u, double v) const
    {
        return QPointF(((u * su - focalX) / wpp + deviceWidth / 2.0) / dpr, ((v * sv - focalY) / wpp + deviceHeight / 2.0) / dpr);
    }
    /// Display coordinates (u, v) of a widget position (not clamped to the image).
    QPointF displayOfWidget(QPointF pos) const
    {
        return QPointF((focalX + (pos.x() * dpr - deviceWidth / 2.0) * wpp) / su,
                       (focalY + (pos.y() * dpr - deviceHeight / 2.0) * wpp) / sv);
    }
    /// Index of display coordinates (u, v) on slice \a s.
    core::Vec3 indexOfDisplay(double u, double v, double s) const
    {
        core::Vec3 idx{};
        idx[std::size_t(axisU)] = flipU ? width - 1 - u : u;
        idx[std::size_t(axisV)] = flipV ? height - 1 - v : v;
        idx[std::size_t(axisN)] = s;
        return idx;
    }
    /// Display u of index coordinate \a x along axisU (and likewise v of axisV).
    double uOfIndex(double x) const { return flipU ? width - 1 - x : x; }
    double vOfIndex(double y) const { return flipV ? height - 1 - y : y; }
    /// Continuous index under a widget position, on the current slice (not clamped).
    core::Vec3 indexOfWidget(QPointF pos) const
    {
        const QPointF d = displayOfWidget(pos);
        return indexOfDisplay(d.x(), d.y(), slice);
    }
    /// Widget position of an index projected onto the view's plane.
    QPointF widgetOfIndex(const core::Vec3 &idx) const
    {
        return widgetOfDisplay(uOfIndex(idx[std::size_t(axisU)]), vOfIndex(idx[std::size_t(axisV)]));
    }
    /// Widget pixels per display pixel along u and v.
    double pixelsPerU() const { return su / wpp / dpr; }
    double pixelsPerV() const { return sv / wpp / dpr; }
    /// True when the index lies on the image's in-plane area (pixel edges included).
    bool insideImage(const core::Vec3 &idx) const
    {
        const double u = idx[std::size_t(axisU)], v = idx[std::size_t(axisV)];
        return u >= -0.5 && v >= -0.5 && u <= width - 0.5 && v <= height - 0.5;
    }
    /// \a idx with its in-plane coordinates clamped to the image's pixel-edge rectangle.
    core::Vec3 clampedToImage(core::Vec3 idx) const
    {
        // Just inside the far edge, so the position still lies in the last pixel.
        idx[std::size_t(axisU)] = std::clamp(idx[std::size_t(axisU)], -0.5, width - 0.5 - 1e-6);
        idx[std::size_t(axisV)] = std::clamp(idx[std::size_t(axisV)], -0.5, height - 0.5 - 1e-6);
        return idx;
    }
};

} // namespace etalon::viewer
