#include "viewer/VtkOpenGLWidget.h"

#include "viewer/Logging.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>
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

#include <unordered_map>

namespace etalon::viewer {

namespace {

/// Draws overlay pictures into the bound framebuffer, one quad each, texel for pixel (no
/// filtering), blended as premultiplied colour. Textures are kept by QImage::cacheKey() while
/// a picture is in use and their names are reused, so an unchanged overlay uploads nothing.
class SpriteRenderer {
public:
    /// Draws \a sprites on a framebuffer of \a size device pixels; needs the context current.
    void draw(QOpenGLContext *context, const std::vector<OverlaySprite> &sprites, QSize size, qreal dpr)
    {
        auto *f = context->extraFunctions();
        if (!m_program && (m_failed || !create()))
            return;
        std::unordered_map<qint64, GLuint> used;
        m_program->bind();
        m_vao.bind();
        f->glActiveTexture(GL_TEXTURE0);
        f->glDisable(GL_DEPTH_TEST);
        f->glDisable(GL_SCISSOR_TEST);
        f->glDisable(GL_STENCIL_TEST);
        f->glDisable(GL_CULL_FACE);
        f->glEnable(GL_BLEND);
        f->glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        f->glViewport(0, 0, size.width(), size.height());
        m_program->setUniformValue(m_textureLocation, 0);
        for (const OverlaySprite &sprite : sprites) {
            const QImage &image = sprite.image;
            if (image.isNull())
                continue;
            const qint64 key = image.cacheKey();
            GLuint texture = 0;
            if (auto it = used.find(key); it != used.end()) {
                texture = it->second;
            } else if (auto kept = m_textures.find(key); kept != m_textures.end()) {
                texture = kept->second;
                m_textures.erase(kept);
                f->glBindTexture(GL_TEXTURE_2D, texture);
            } else {
                texture = takeTexture(f);
                f->glBindTexture(GL_TEXTURE_2D, texture);
                const QImage pixels = image.format() == QImage::Format_ARGB32_Premultiplied
                                          ? image
                                          : image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
                // ARGB32 words are B, G, R, A bytes in memory on little-endian machines.
                f->glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
                f->glPixelStorei(GL_UNPACK_ROW_LENGTH, int(pixels.bytesPerLine() / 4));
                f->glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, pixels.width(), pixels.height(), 0,
                                Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? GL_BGRA : GL_RGBA,
                                Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? GL_UNSIGNED_BYTE : GL_UNSIGNED_INT_8_8_8_8_REV,
                                pixels.constBits());
                f->glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
            }
            used.emplace(key, texture);
            f->glBindTexture(GL_TEXTURE_2D, texture);
            // Device pixel rectangle, y from the bottom as OpenGL counts.
            const int x = qRound(sprite.position.x() * dpr);
            const int top = qRound(sprite.position.y() * dpr);
            const int w = image.width(), h = image.height();
            const int y = size.height() - top - h;
            f->glUniform4i(m_rectLocation, x, y, w, h);
            m_program->setUniformValue(m_ndcLocation, 2.0f * x / size.width() - 1.0f, 2.0f * y / size.height() - 1.0f,
                                       2.0f * (x + w) / size.width() - 1.0f, 2.0f * (y + h) / size.height() - 1.0f);
            f->glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
        }
        f->glBindTexture(GL_TEXTURE_2D, 0);
        f->glDisable(GL_BLEND);
        m_vao.release();
        m_program->release();
        // Pictures not drawn this time give their texture names back for reuse.
        for (const auto &entry : m_textures)
            m_free.push_back(entry.second);
        m_textures = std::move(used);
    }

    /// Releases the GL objects; needs the context current.
    void release(QOpenGLContext *context)
    {
        if (context) {
            auto *f = context->functions();
            for (const auto &entry : m_textures)
                f->glDeleteTextures(1, &entry.second);
            if (!m_free.empty())
                f->glDeleteTextures(GLsizei(m_free.size()), m_free.data());
        }
        m_textures.clear();
        m_free.clear();
        m_vao.destroy();
        m_program.reset();
        m_failed = false; // a new context may do better
    }

private:
    bool create()
    {
        auto program = std::make_unique<QOpenGLShaderProgram>();
        // The quad comes from gl_VertexID: no vertex buffer. Texels are fetched, not sampled.
        const bool ok = program->addShaderFromSourceCode(QOpenGLShader::Vertex, R"(#version 150 core
uniform vec4 ndc;
void main()
{
    gl_Position = vec4((gl_VertexID & 1) != 0 ? ndc.z : ndc.x, (gl_VertexID & 2) != 0 ? ndc.w : ndc.y, 0.0, 1.0);
}
)") && program->addShaderFromSourceCode(QOpenGLShader::Fragment, R"(#version 150 core
uniform sampler2D picture;
uniform ivec4 rect;
out vec4 colour;
void main()
{
    ivec2 p = ivec2(gl_FragCoord.xy) - rect.xy;
    colour = texelFetch(picture, ivec2(p.x, rect.w - 1 - p.y), 0);
}
)") && program->link();
        if (!ok) {
            qCWarning(lcViewer) << "Overlay shader failed; overlays are not drawn:" << program->log();
            m_failed = true;
            return false;
        }
        m_textureLocation = program->uniformLocation("picture");
        m_rectLocation = program->uniformLocation("rect");
        m_ndcLocation = program->uniformLocation("ndc");
        if (!m_vao.isCreated() && !m_vao.create()) {
            m_failed = true;
            return false;
        }
        m_program = std::move(program);
        return true;
    }

    GLuint takeTexture(QOpenGLExtraFunctions *f)
    {
        GLuint texture = 0;
        if (!m_free.empty()) {
            texture = m_free.back();
            m_free.pop_back();
            f->glBindTexture(GL_TEXTURE_2D, texture);
        } else {
            f->glGenTextures(1, &texture);
            f->glBindTexture(GL_TEXTURE_2D, texture);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
            f->glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
        }
        return texture;
    }

    std::unique_ptr<QOpenGLShaderProgram> m_program;
    QOpenGLVertexArrayObject m_vao;
    int m_textureLocation = -1, m_rectLocation = -1, m_ndcLocation = -1;
    bool m_failed = false;
    std::unordered_map<qint64, GLuint> m_textures; // by QImage::cacheKey(), drawn last time
    std::vector<GLuint> m_free;
};

} // namespace

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
    SpriteRenderer spriteRenderer;
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
    // The overlay pass binds its own program: make VTK forget its cached binding.
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

    // Overlays go into the widget's framebuffer too (bound again by makeCurrent above), so a
    // grab of a parent shows them. Empty lists still run: unused textures are recycled.
    d->spriteRenderer.draw(context(), d->sprites, QSize(pw, ph), dpr);
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
        d->spriteRenderer.release(context());
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
