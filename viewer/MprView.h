#pragma once

#include "core/model/Reading.h"
#include "core/model/Volume.h"
#include "core/model/WindowPresets.h"
#include "viewer/SliceView.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QGridLayout;

namespace etalon::viewer {

class AnnotationController;
class ComparisonOverlay;

/// Index coordinates of the middle of a finding (a point, a box's centre, a contour's
/// middle slice, a mask's painted voxels), or nothing for an empty one.
std::optional<core::Vec3> findingCentre(const core::Finding &finding);

/// Axial, coronal and sagittal views of one volume with a linked cross-hair, in a one-up or
/// three-up layout. Clicking (or dragging with the left button) in a view moves the
/// cross-hair there and brings the other views to the slices through it; scrolling a view
/// moves the cross-hair along that view's normal. Window changes apply to all views.
/// A 2D image (size[2] == 1) is shown in one view only, in its own pixel grid.
class MprView : public QWidget {
    Q_OBJECT
public:
    enum class Layout { OneUp, ThreeUp };

    explicit MprView(QWidget *parent = nullptr);
    ~MprView() override;

    /// nullptr clears. Sets the cross-hair at the volume's centre.
    void setVolume(std::shared_ptr<const core::Volume> volume);
    std::shared_ptr<const core::Volume> volume() const;

    void setLayout(Layout layout);
    Layout layout() const;

    /// Which view the one-up layout shows (and which view is active in three-up).
    void setActiveOrientation(SliceOrientation orientation);
    SliceOrientation activeOrientation() const;

    SliceView *view(SliceOrientation orientation) const;
    SliceView *activeView() const;

    void applyWindowPreset(core::WindowPreset preset);
    void resetView();

    /// Moves the cross-hair of all views to \a patientPoint and the views to its slices.
    void setCrosshair(const core::Vec3 &patientPoint);

    /// Gives the three views the controller's tools and overlays (nullptr: none). When the
    /// controller asks to show a finding, the cross-hair goes to the finding's centre and
    /// the views to its slices.
    void setAnnotationController(AnnotationController *controller);
    AnnotationController *annotationController() const;
    /// Moves the cross-hair to the centre of finding \a key of the controller's document.
    void showFinding(int key);
    /// Draws \a overlay in the three views (SliceView::setComparisonOverlay).
    void setComparisonOverlay(ComparisonOverlay *overlay);

signals:
    void cursorMoved(core::Vec3 patientPoint, QString valueText);
    /// The cross-hair moved (a click, a scroll, setCrosshair): for linking two MprViews.
    void crosshairChanged(core::Vec3 patientPoint);
    void layoutChanged(Layout layout);
    void activeOrientationChanged(SliceOrientation orientation);

private:
    void relayout();
    void onSliceChanged(SliceView *source);
    void onWindowChanged(SliceView *source, core::WindowLevel window);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etalon::viewer
