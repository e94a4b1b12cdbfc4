#include "viewer/VtkOpenGLWidget.h"

#include "viewer/Logging.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLPaintDevice>
#include <QPainter>
#include <QSurfaceFormat>
#include <QWheelEvent>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGenericRenderWindowInteractor.h>
#include <vtkInteractorStyleTrackballCamera.h>
#include <vtkNew.h>
#include <vtkOpenGLShaderCache.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>
#include <vtkRendererCollection.h>
#include <vtkSmartPointer.h>

namespace etalon::viewer {

struct VtkOpenGLWidget::Private {
    vtkNew<vtkGenericOpenGLRenderWindow> renderWindow;
    vtkNew<vtkRenderer> renderer;
    vtkNew<vtkGenericRenderWindowInteractor> interactor;
    vtkNew<vtkInteractorStyleTrackballCamera> style;
    QSurface *surface = nullptr;
    QMetaObject::Connection destroyConnection;
    bool initialized = false;
    bool dirty = true;      // VTK must render
    bool frameValid = false; // the widget's framebuffer holds the blit of VTK's last frame + sprites
    bool inPaint = false;
    std::vector<OverlaySprite> sprites, lastSprites;
    bool forwardEvents = true;
    unsigned long observerTags[3] = {0, 0, 0};
};

VtkOpenGLWidget::VtkOpenGLWidget(QWidget *parent) : QOpenGLWidget(parent), d(std::make_unique<Private>())
{
    // Keep the framebuffer between paints: a paint with nothing new (renderNow() followed by
    // Qt's composition, a cursor move that changes no text) then costs nothing.
    setUpdateBehavior(QOpenGLWidget::PartialUpdate);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);

    auto *rw = d->renderWindow.Get();
    rw->SetReadyForRendering(false);
    rw->SetFrameBlitModeToNoBlit();
    rw->SetMultiSamples(0);
    rw->SetOwnContext(0);
    rw->AddRenderer(d->renderer);
    // An opaque background: VTK's clear then leaves alpha 1 everywhere (blending keeps it), so
    // paintGL need not force alpha after the blit, a masked full-frame clear that costs about
    // 0.6 ms at 512x512 under Mesa llvmpipe.
    d->renderer->SetBackgroundAlpha(1.0);
    d->interactor->SetRenderWindow(rw);
    d->interactor->SetInteractorStyle(d->style);
    d->interactor->EnableRenderOff();

    auto makeCurrent = vtkSmartPointer<vtkCallbackCommand>::New();
    makeCurrent->SetClientData(this);
    makeCurrent->SetCallback([](vtkObject *, unsigned long, void *client, void *) {
        auto *self = static_cast<VtkOpenGLWidget *>(client);
        // Only the context: QOpenGLWidget::makeCurrent() would rebind Qt's framebuffer in
        // the middle of VTK's render.
        if (self->context() && self->d->surface)
            self->context()->makeCurrent(self->d->surface);
    });
    d->observerTags[0] = rw->AddObserver(vtkCommand::WindowMakeCurrentEvent, makeCurrent);

    auto isCurrent = vtkSmartPointer<vtkCallbackCommand>::New();
    isCurrent->SetClientData(this);
    isCurrent->SetCallback([](vtkObject *, unsigned long, void *client, void *callData) {
        auto *self = static_cast<VtkOpenGLWidget *>(client);
        *static_cast<bool *>(callData) = self->context() && QOpenGLContext::currentContext() == self->context();
    });
    d->observerTags[1] = rw->AddObserver(vtkCommand::WindowIsCurrentEvent, isCurrent);

    auto frame = vtkSmartPointer<vtkCallbackCommand>::New();
    frame->SetClientData(this);
    frame->SetCallback([](vtkObject *, unsigned long, void *client, void *) {
        auto *self = static_cast<VtkOpenGLWidget *>(client);
        if (!self->d->inPaint) {
            // Rendered outside paintGL: VTK's framebuffer has a frame the widget has not shown.
            self->d->frameValid = false;
            self->update();
        }
    });
    d->observerTags[2] = rw->AddObserver(vtkCommand::WindowFrameEvent, frame);
}

VtkOpenGLWidget::~VtkOpenGLWidget()
{
    if (d->destroyConnection)
        disconnect(d->destroyConnection);
    cleanupGL();
    for (unsigned long tag : d->observerTags)
        d->renderWindow->RemoveObserver(tag);
}

void VtkOpenGLWidget::setDefaultSurfaceFormat()
{
    QSurfaceFormat format;
    format.setRenderableType(QSurfaceFormat::OpenGL);
    format.setVersion(3, 2);
    format.setProfile(QSurfaceFormat::CoreProfile);
    format.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    format.setRedBufferSize(8);
    format.setGreenBufferSize(8);
    format.setBlueBufferSize(8);
    format.setAlphaBufferSize(8);
    format.setDepthBufferSize(24);
    format.setStencilBufferSize(8);
    format.setSamples(0);
    QSurfaceFormat::setDefaultFormat(format);
}

vtkGenericOpenGLRenderWindow *VtkOpenGLWidget::renderWindow() const
{
    return d->renderWindow.Get();
}

vtkRenderer *VtkOpenGLWidget::renderer() const
{
    return d->renderer.Get();
}

void VtkOpenGLWidget::requestRender()
{
    d->dirty = true;
    update();
}

double VtkOpenGLWidget::renderNow()
{
    if (!d->initialized || !context())
        return 0.0;
    QElapsedTimer timer;
    timer.start();
    d->dirty = true;
    QOpenGLWidget::makeCurrent();
    paintGL();
    context()->functions()->glFinish();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    doneCurrent();
    // The frame is in the widget's framebuffer; Qt's paint finds nothing new and only composes.
    update();
    return ms;
}

void VtkOpenGLWidget::setForwardEventsToVtk(bool forward)
{
    d->forwardEvents = forward;
}

void VtkOpenGLWidget::initializeGL()
{
    if (d->destroyConnection)
        disconnect(d->destroyConnection);
    // The context may be recreated (e.g. on reparenting): release VTK's resources first.
    d->destroyConnection = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] { cleanupGL(); },
                                   Qt::DirectConnection);
    d->surface = context()->surface();

    auto *rw = d->renderWindow.Get();
    auto *state = rw->GetState();
    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    rw->SetReadyForRendering(true);
    rw->OpenGLInitContext();
    state->Pop();
    d->initialized = true;
    d->dirty = true;
    d->frameValid = false;

    const qreal dpr = devicePixelRatio();
    rw->SetSize(int(width() * dpr), int(height() * dpr));
    d->interactor->SetSize(int(width() * dpr), int(height() * dpr));
    qCDebug(lcViewer) << "VTK initialised in an OpenGL" << context()->format().majorVersion() << "."
                      << context()->format().minorVersion() << "context";
}

void VtkOpenGLWidget::resizeGL(int w, int h)
{
    const qreal dpr = devicePixelRatio();
    const int pw = int(w * dpr);
    const int ph = int(h * dpr);
    d->renderWindow->SetSize(pw, ph);
    d->interactor->UpdateSize(pw, ph);
    d->dirty = true;
    d->frameValid = false;
}

namespace {

bool sameSprites(const std::vector<OverlaySprite> &a, const std::vector<OverlaySprite> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].image.cacheKey() != b[i].image.cacheKey() || a[i].position != b[i].position)
            return false;
    return true;
}

/// True when the renderers that clear (layer 0) clear to an opaque background and one of them
/// covers the window: VTK's frame then has alpha 1 everywhere (its blending keeps it).
bool opaqueVtkFrame(vtkGenericOpenGLRenderWindow *rw)
{
    vtkRendererCollection *renderers = rw->GetRenderers();
    renderers->InitTraversal();
    bool covered = false;
    while (vtkRenderer *r = renderers->GetNextItem()) {
        if (r->Transparent())
            continue;
        if (r->GetBackgroundAlpha() < 1.0 || r->GetTexturedBackground())
            return false;
        const double *vp = r->GetViewport();
        covered = covered || (vp[0] <= 0.0 && vp[1] <= 0.0 && vp[2] >= 1.0 && vp[3] >= 1.0);
    }
    return covered;
}

} // namespace

void VtkOpenGLWidget::paintGL()
{
    if (!d->initialized)
        return;
    auto *rw = d->renderWindow.Get();
    auto *state = rw->GetState();
    const qreal dpr = devicePixelRatio();
    const int pw = int(width() * dpr);
    const int ph = int(height() * dpr);
    if (rw->GetSize()[0] != pw || rw->GetSize()[1] != ph) {
        rw->SetSize(pw, ph);
        d->dirty = true;
    }

    d->sprites.clear();
    overlaySprites(d->sprites);
    if (!d->dirty && d->frameValid && sameSprites(d->sprites, d->lastSprites))
        return; // the framebuffer already shows this frame (PartialUpdate keeps it)

    state->Reset();
    state->Push();
    state->vtkglDepthFunc(GL_LEQUAL);
    state->vtkglActiveTexture(GL_TEXTURE0);
    // QPainter (overlays) binds its own programs: make VTK forget its cached binding.
    rw->GetShaderCache()->ReleaseCurrentShader();
    if (d->dirty) {
        d->inPaint = true;
        rw->Render();
        d->inPaint = false;
        d->dirty = false;
    }
    state->Pop();

    // VTK's render may have made the context current on another surface: back to Qt's FBO.
    QOpenGLWidget::makeCurrent();
    auto *f = context()->functions();
    state->Reset();
    state->PushDrawFramebufferBinding();
    state->vtkglBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLboolean scissor = f->glIsEnabled(GL_SCISSOR_TEST);
    if (scissor)
        state->vtkglDisable(GL_SCISSOR_TEST);
    rw->BlitDisplayFramebuffer(0, 0, 0, pw, ph, 0, 0, pw, ph, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    if (!opaqueVtkFrame(rw)) {
        // Force alpha to 1 so the compositor does not show through.
        state->vtkglColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_TRUE);
        state->vtkglClearColor(0.0f, 0.0f, 0.0f, 1.0f);
        f->glClear(GL_COLOR_BUFFER_BIT);
        state->vtkglColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    }
    if (scissor)
        state->vtkglEnable(GL_SCISSOR_TEST);
    state->PopDrawFramebufferBinding();

    if (!d->sprites.empty()) {
        // Pictures only: each is one textured quad, its texture cached by the paint engine
        // under the image's cacheKey(). Painting through a device on the bound framebuffer
        // rather than on the widget: when a parent is grabbed (QWidget::grab) a painter may
        // already be active on this widget.
        QOpenGLPaintDevice device(QSize(pw, ph));
        device.setDevicePixelRatio(dpr);
        QPainter painter(&device);
        for (const OverlaySprite &sprite : d->sprites)
            painter.drawImage(sprite.position, sprite.image);
    }
    std::swap(d->lastSprites, d->sprites);
    d->sprites.clear();
    d->frameValid = true;
}

void VtkOpenGLWidget::overlaySprites(std::vector<OverlaySprite> &)
{
}

void VtkOpenGLWidget::cleanupGL()
{
    if (!d->initialized)
        return;
    // Called from the destructor or when Qt destroys the context.
    if (context()) {
        QOpenGLWidget::makeCurrent();
        d->renderWindow->Finalize();
        doneCurrent();
    }
    d->renderWindow->SetReadyForRendering(false);
    d->initialized = false;
}

void VtkOpenGLWidget::forwardMouse(QMouseEvent *event, unsigned long vtkEvent)
{
    const qreal dpr = devicePixelRatio();
    const QPointF p = event->position() * dpr;
    auto *interactor = d->interactor.Get();
    interactor->SetEventInformationFlipY(int(p.x()), int(p.y()), (event->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                         (event->modifiers() & Qt::ShiftModifier) ? 1 : 0);
    interactor->SetAltKey((event->modifiers() & Qt::AltModifier) ? 1 : 0);
    interactor->InvokeEvent(vtkEvent, event);
    requestRender();
}

void VtkOpenGLWidget::mousePressEvent(QMouseEvent *event)
{
    if (!d->forwardEvents)
        return QOpenGLWidget::mousePressEvent(event);
    switch (event->button()) {
    case Qt::LeftButton: forwardMouse(event, vtkCommand::LeftButtonPressEvent); break;
    case Qt::MiddleButton: forwardMouse(event, vtkCommand::MiddleButtonPressEvent); break;
    case Qt::RightButton: forwardMouse(event, vtkCommand::RightButtonPressEvent); break;
    default: break;
    }
}

void VtkOpenGLWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!d->forwardEvents)
        return QOpenGLWidget::mouseReleaseEvent(event);
    switch (event->button()) {
    case Qt::LeftButton: forwardMouse(event, vtkCommand::LeftButtonReleaseEvent); break;
    case Qt::MiddleButton: forwardMouse(event, vtkCommand::MiddleButtonReleaseEvent); break;
    case Qt::RightButton: forwardMouse(event, vtkCommand::RightButtonReleaseEvent); break;
    default: break;
    }
}

void VtkOpenGLWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!d->forwardEvents)
        return QOpenGLWidget::mouseMoveEvent(event);
    forwardMouse(event, vtkCommand::MouseMoveEvent);
}

void VtkOpenGLWidget::wheelEvent(QWheelEvent *event)
{
    if (!d->forwardEvents)
        return QOpenGLWidget::wheelEvent(event);
    const qreal dpr = devicePixelRatio();
    const QPointF p = event->position() * dpr;
    d->interactor->SetEventInformationFlipY(int(p.x()), int(p.y()), (event->modifiers() & Qt::ControlModifier) ? 1 : 0,
                                            (event->modifiers() & Qt::ShiftModifier) ? 1 : 0);
    d->interactor->InvokeEvent(event->angleDelta().y() > 0 ? vtkCommand::MouseWheelForwardEvent
                                                           : vtkCommand::MouseWheelBackwardEvent,
                               event);
    requestRender();
}

} // namespace etalon::viewer
