#pragma once

#include "viewer/VtkOpenGLWidget.h"

#include <QHash>
#include <QImage>
#include <QPainter>
#include <QRect>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

namespace etalon::viewer {

/// Builds the overlay pictures of one paint with the raster engine, reusing the pictures of
/// the previous paint whose key (everything that decides their pixels and place) is unchanged;
/// the cache then holds only what this paint uses. Each picture covers its element's bounds
/// in whole device pixels and is painted with the translation a full-widget painter would
/// have, so it looks the same.
class OverlayBuilder {
public:
    OverlayBuilder(QHash<QString, OverlaySprite> &cache, std::vector<OverlaySprite> &out, qreal dpr, QRect widgetRect)
        : m_cache(cache), m_out(out), m_dpr(dpr),
          m_deviceRect(QRectF(QPointF(widgetRect.topLeft()) * dpr, QSizeF(widgetRect.size()) * dpr).toAlignedRect()),
          m_keyPrefix(QStringLiteral("%1x%2@%3|").arg(m_deviceRect.width()).arg(m_deviceRect.height()).arg(dpr))
    {
    }
    ~OverlayBuilder() { m_cache = std::move(m_used); }
    OverlayBuilder(const OverlayBuilder &) = delete;
    OverlayBuilder &operator=(const OverlayBuilder &) = delete;

    enum Content { Lines, Text };

    /// Adds the picture that \a paint draws (in widget coordinates) inside the rectangle
    /// \a bounds returns; both run only when no picture has \a key yet.
    template <typename Bounds, typename Paint>
    void add(Content content, const QString &key, Bounds &&bounds, Paint &&paint)
    {
        addSprite(key, [&] { return paintSprite(content, bounds(), paint); });
    }

    /// Adds the sprite \a make returns (device pixels, see OverlaySprite); \a make runs only
    /// when no picture has \a key yet. A null image adds nothing.
    template <typename Make>
    void addSprite(const QString &key, Make &&make)
    {
        const QString fullKey = m_keyPrefix + key;
        auto found = m_used.constFind(fullKey);
        if (found == m_used.constEnd()) {
            found = m_cache.constFind(fullKey);
            if (found == m_cache.constEnd())
                found = m_used.insert(fullKey, make());
            else
                found = m_used.insert(fullKey, *found);
        }
        if (!found->image.isNull())
            m_out.push_back(*found);
    }

    qreal devicePixelRatio() const { return m_dpr; }
    /// The widget in device pixels.
    QRect deviceRect() const { return m_deviceRect; }

private:
    template <typename Paint>
    OverlaySprite paintSprite(Content content, const QRectF &bounds, Paint &&paint) const
    {
        const QRect device =
            QRectF(bounds.topLeft() * m_dpr, bounds.size() * m_dpr).toAlignedRect().intersected(m_deviceRect);
        if (device.isEmpty())
            return {};
        QImage image(device.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        image.setDevicePixelRatio(m_dpr);
        QPainter painter(&image);
        // As the overlays looked when painted straight into the framebuffer with the GL engine:
        // antialiased glyphs, aliased lines (no multisampling; a line at y fills device row
        // floor(y) in both engines), and text half a device pixel higher than the raster
        // engine puts it.
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.translate(-device.x() / m_dpr, (-device.y() - (content == Text ? 0.5 : 0.0)) / m_dpr);
        paint(painter);
        return OverlaySprite{image, QPointF(device.topLeft()) / m_dpr};
    }

    QHash<QString, OverlaySprite> &m_cache;
    QHash<QString, OverlaySprite> m_used;
    std::vector<OverlaySprite> &m_out;
    qreal m_dpr;
    QRect m_deviceRect;
    QString m_keyPrefix;
};

} // namespace etalon::viewer
