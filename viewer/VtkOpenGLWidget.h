#pragma once

#include <QOpenGLWidget>

#include <memory>

class QPainter;
class vtkGenericOpenGLRenderWindow;
class vtkRenderer;

namespace etalon::viewer {

/// Hosts VTK rendering in a Qt 6 QOpenGLWidget (VTK's own Qt module is Qt 5 only on
/// Debian 12). VTK renders into its own framebuffer in the widget's context; paintGL blits
/// it into the widget's framebuffer and then lets subclasses paint overlays with QPainter.
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
    /// Renders and repaints synchronously (VTK render + blit + overlays + GL finish);
    /// returns the elapsed wall time in milliseconds. For benchmarks and tests.
    double renderNow();

    /// When true (default) mouse and key events are forwarded to VTK's interactor, which
    /// drives a trackball camera. Views that interpret events themselves turn this off.
    void setForwardEventsToVtk(bool forward);

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;

    /// Paints on top of the VTK image, in logical widget coordinates. Default: nothing.
    virtual void paintOverlay(QPainter &painter);

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
