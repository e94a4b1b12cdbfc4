#pragma once

#include <atomic>
#include <functional>
#include <memory>

class QProgressBar;

namespace etalon::app {

/// A VolumeLoader progress callback for a load running in a worker thread: it shows the
/// progress on \a bar (in the GUI thread, safely after the bar is gone) and asks the loader
/// to stop once \a cancel is set.
std::function<bool(int, int)> progressOn(QProgressBar *bar, std::shared_ptr<std::atomic<bool>> cancel);

} // namespace etalon::app
