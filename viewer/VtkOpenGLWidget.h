#pragma once

#include <QImage>
#include <QOpenGLWidget>
#include <QPointF>

#include <memory>
#include <vector>

class vtkGenericOpenGLRenderWindow;
class vtkRenderer;

namespace etalon::viewer {

/// A picture drawn on top of the VTK image: \a image (with its device pixel ratio) with its
/// top-left corner at \a position (logical widget coordinates, normally on whole device
/// pixels). Give unchanged content the same QImage (same cacheKey()) from paint to paint:
/// its texture is then uploaded once and reused.
struct OverlaySprite {
    QImage image;
    QPointF position;
};

/// Hosts VTK rendering in a Qt 6 QOpenGLWidget (VTK's own Qt module is Qt 5 only on
/// Debian 12). VTK renders into its own framebuffer in the widget's context; paintGL blits
/// it into the widget's framebuffer and then draws the subclass's overlay sprites on top, so
/// overlays are part of the widget's framebuffer and appear in QWidget::grab() of a parent.
/// VTK renders only after requestRender(); a paint that finds neither a VTK change nor a
/// different sprite list keeps the frame already in the framebuffer.
/// Call setDefaultSurfaceFormat() before constructing QApplication.
class VtkOpenGLWidget : public QOpenGLWidget {
    Q_OBJECT
public:
    explicit VtkOpenGLWidget(QWidget *parent = nullptr);
    ~VtkOpenGLWidget() override;

    /// Sets the process-wide surface format VTK needs (OpenGL 3.2 core, depth 24,
    /// stencil 8, no multisampling). Must run before QApplication is constructed.
    static void setDefaultSurfaceFormat();

    vtkGenericOpenGLRenderWindow *renderWindow() const;
    vtkRenderer *renderer() const;

    /// Asks for a VTK render at the next paint (the widget repaints asynchronously).
    void requestRender();
    /// Renders and repaints synchronously (VTK render + blit + overlays + GL finish) and
    /// schedules the composition of that frame on screen (which does not paint it again);
    /// returns the elapsed wall time in milliseconds. For benchmarks and tests.
    double renderNow();

    /// When true (default) mouse and key events are forwarded to VTK's interactor, which
    /// drives a trackball camera. Views that interpret events themselves turn this off.
    void setForwardEventsToVtk(bool forward);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

    /// Appends the pictures to draw on top of the VTK image, bottom first. Called at every
    /// paint (keep it cheap: build pictures only when their content changes). Default: none.
    virtual void overlaySprites(std::vector<OverlaySprite> &sprites);

    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void cleanupGL();
    void forwardMouse(QMouseEvent *event, unsigned long vtkEvent);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace etalon::viewer
