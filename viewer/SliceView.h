#pragma once

#include "core/model/Volume.h"
#include "core/model/WindowPresets.h"
#include "viewer/SliceProjection.h"
#include "viewer/VtkOpenGLWidget.h"

#include <QPointF>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace etalon::viewer {

class AnnotationController;
class ComparisonOverlay;

enum class SliceOrientation { Axial, Coronal, Sagittal };

/// Zoom and pan of a SliceView in its plane's world coordinates, for linking two views of
/// the same volume (arbitration side by side).
struct SliceCamera {
    double focalX = 0.0;
    double focalY = 0.0;
    double parallelScale = 1.0;
    bool fitted = true;
};

/// One 2D view of a volume, in radiological convention: axial and coronal show the
/// patient's right on the screen's left, axial has anterior at the top, coronal and
/// sagittal have the head at the top, sagittal has anterior on the left. For a volume whose
/// index axes are not the patient axes the index plane closest to the requested anatomical
/// plane is shown. A 2D image (size[2] == 1) is shown in its own pixel grid (row 0 at the
/// top) whatever orientation is asked for.
///
/// Mouse and keys (handled here, not by VTK interactor styles):
/// right-drag = window/level (right: wider, up: brighter i.e. lower level); keys 1-6 =
/// presets in core::windowPresets() order; wheel, Up/Down, PgUp/PgDn (10), Home/End =
/// slices; Ctrl+wheel or +/- = zoom about the cursor; middle-drag (or Shift+left-drag) = pan;
/// R or F = fit/reset; left-click/drag = crosshairRequested().
///
/// With an AnnotationController (setAnnotationController) the left button draws with the
/// controller's tool (Navigate keeps the cross-hair behaviour) and the findings, the mask
/// and the draft are drawn over the image; Esc, Delete, Backspace, Enter, `[` and `]`
/// serve the tools, and keys 1-9 no longer apply window presets (the reading screen gives
/// them to its study class buttons; presets stay in its menu). Right, middle, Shift+left,
/// wheel and Ctrl+wheel navigate as without a controller.
class SliceView : public VtkOpenGLWidget {
    Q_OBJECT
public:
    explicit SliceView(QWidget *parent = nullptr);
    ~SliceView() override;

    /// Shows \a volume (nullptr clears) with its initial window, fitted, middle slice.
    void setVolume(std::shared_ptr<const core::Volume> volume);
    std::shared_ptr<const core::Volume> volume() const;

    void setOrientation(SliceOrientation orientation);
    SliceOrientation orientation() const;

    int sliceIndex() const; ///< index along the volume's index axis closest to the plane normal
    int sliceCount() const;
    void setSliceIndex(int index);

    core::WindowLevel window() const; ///< in modality values (HU for CT)
    void setWindow(core::WindowLevel window);
    void applyWindowPreset(core::WindowPreset preset);

    /// Device pixels per image pixel (1.0 = one image pixel per screen pixel).
    double zoom() const;
    /// Zooms by \a factor keeping the image point under \a anchor (widget coordinates) fixed;
    /// a null anchor keeps the view centre.
    void zoomBy(double factor, QPointF anchor = {});
    /// Moves the image by \a delta widget pixels.
    void panBy(QPointF delta);
    SliceCamera camera() const;
    /// Takes another view's zoom and pan (cameraChanged() is emitted).
    void setCamera(const SliceCamera &camera);

    /// The linked cross-hair (MPR): drawn when visible and set.
    void setCrosshairVisible(bool visible);
    void setCrosshair(const core::Vec3 &patientPoint);
    std::optional<core::Vec3> crosshair() const;
    /// Slice index through \a patientPoint in this view's orientation (clamped).
    int sliceIndexAt(const core::Vec3 &patientPoint) const;
    /// \a patientPoint moved along this view's normal onto its current slice.
    core::Vec3 projectOntoSlice(const core::Vec3 &patientPoint) const;

    /// Patient position (LPS mm) of widget point \a pos on the current slice, or nothing when
    /// it is outside the image.
    std::optional<core::Vec3> patientAt(QPointF pos) const;
    /// Widget position of \a patientPoint projected onto this view's plane.
    QPointF widgetPosition(const core::Vec3 &patientPoint) const;
    /// Modality value text at a patient point ("-1000 HU", "R 1 G 2 B 3"), empty outside.
    QString valueTextAt(const core::Vec3 &patientPoint) const;

    /// Orientation letters at the left, right, top and bottom edges (empty when the
    /// image's orientation is unknown).
    std::array<QString, 4> edgeLetters() const;

    /// Mirrors the picture left-right (mammography hanging: breasts facing each other).
    /// Picking, overlays and edge letters follow the mirrored picture; stored coordinates
    /// stay those of the image.
    void setMirrored(bool mirrored);
    bool isMirrored() const;

    /// Shows or hides the text overlays, letters and scale bar (the cross-hair stays).
    void setOverlaysVisible(bool visible);

    /// True while a large image is drawn from its box-reduced copy (zoomed out so far that
    /// the screen has fewer pixels, or while the window is dragged).
    bool isShowingReducedCopy() const;

    /// Time of the last slice extraction (copy + conversion into the display buffer), ms.
    double lastExtractionMs() const;

    /// Draws and edits the controller's document with its tool; nullptr (default) = no
    /// annotations. Not owned; the controller must outlive the view or be unset first.
    void setAnnotationController(AnnotationController *controller);
    AnnotationController *annotationController() const;
    /// Also draws other readings and label volumes (arbitration); not owned, nullptr = none.
    void setComparisonOverlay(ComparisonOverlay *overlay);

    /// Index axis across this view's slices (0 = i, 1 = j, 2 = k).
    int normalAxis() const;
    /// Continuous index coordinates (voxel centres at integers) of widget point \a widgetPos
    /// on the current slice, or nothing outside the image.
    std::optional<core::Vec3> indexAt(QPointF widgetPos) const;
    /// Widget position of index coordinates projected onto this view's plane.
    QPointF widgetPositionOfIndex(const core::Vec3 &index) const;
    /// The current slice-to-widget mapping as a value (for overlays and tools).
    SliceProjection projection() const;

public slots:
    /// Fits the whole slice in the view and centres it.
    void resetView();

signals:
    void sliceChanged(int index);
    void windowChanged(core::WindowLevel window);
    /// Zoom or pan changed (also on fit and resize).
    void cameraChanged();
    void cursorMoved(core::Vec3 patientPoint, QString valueText);
    void crosshairRequested(core::Vec3 patientPoint);

protected:
    void overlaySprites(std::vector<OverlaySprite> &sprites) override;
    void resizeGL(int w, int h) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void updatePlane();
    void extractSlice();
    void applyWindowToProperty();
    void applyCamera();
    void fitCamera();
    void updateCursor(QPointF pos);
    void updateLevelOfDetail();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etalon::viewer
