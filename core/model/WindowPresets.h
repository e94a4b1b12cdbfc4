#pragma once

#include "core/model/Volume.h"

#include <QList>
#include <QString>

namespace etalon::core {

/// The window presets radiologists expect, keyed 1-6 in the viewer.
enum class WindowPreset { FileDefault, Lung, Mediastinum, Bone, Brain, SoftTissue };

struct WindowPresetInfo {
    WindowPreset preset;
    const char *name; ///< untranslated; translate with QCoreApplication::translate("WindowPreset", name)
    WindowLevel window; ///< unused for FileDefault
};

/// All presets in keyboard order (key 1 = first).
const QList<WindowPresetInfo> &windowPresets();

/// The window a volume opens with: the file's default, else one fitted to its value range.
WindowLevel initialWindow(const Volume &volume);

} // namespace etalon::core
