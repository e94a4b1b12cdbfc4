#pragma once

#include <QImage>

namespace etalon::core {
struct Volume;
}

namespace etalon::app {

/// A small greyscale (or colour) picture of a volume's middle slice in its initial window,
/// aspect kept, for the study browser.
QImage renderThumbnail(const core::Volume &volume, int size);

} // namespace etalon::app
