#include "app/gui/Thumbnail.h"

#include "core/model/Volume.h"
#include "core/model/WindowPresets.h"

#include <algorithm>
#include <cmath>

namespace etalon::app {

QImage renderThumbnail(const core::Volume &volume, int size)
{
    if (!volume.voxels || volume.columns() <= 0 || volume.rows() <= 0 || size <= 0)
        return {};
    const int k = volume.slices() / 2;
    const double physicalWidth = volume.columns() * volume.geometry.spacing[0];
    const double physicalHeight = volume.rows() * volume.geometry.spacing[1];
    const double scale = double(size) / std::max(physicalWidth, physicalHeight);
    const int width = std::max(1, int(std::lround(physicalWidth * scale)));
    const int height = std::max(1, int(std::lround(physicalHeight * scale)));

    const bool colour = volume.samplesPerPixel == 3;
    const core::WindowLevel window = core::initialWindow(volume);
    const double low = window.center - window.width / 2.0;
    const double width01 = std::max(window.width, 1e-6);
    const bool invert = volume.photometric == core::Photometric::Monochrome1;
    const core::Rescale &rescale = volume.rescaleOfSlice(k);
    const double colourMax = volume.pixelType == core::PixelType::UInt8 ? 255.0 : 65535.0;

    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const int j = std::min(volume.rows() - 1, int((y + 0.5) * volume.rows() / height));
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int i = std::min(volume.columns() - 1, int((x + 0.5) * volume.columns() / width));
            if (colour) {
                int c[3];
                for (int s = 0; s < 3; ++s)
                    c[s] = std::clamp(int(volume.storedValue(i, j, k, s) * 255.0 / colourMax), 0, 255);
                line[x] = qRgb(c[0], c[1], c[2]);
            } else {
                double v = (rescale.apply(volume.storedValue(i, j, k)) - low) / width01;
                v = std::clamp(v, 0.0, 1.0);
                if (invert)
                    v = 1.0 - v;
                const int g = int(v * 255.0 + 0.5);
                line[x] = qRgb(g, g, g);
            }
        }
    }
    return image;
}

} // namespace etalon::app
