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
    WindowLevel window; ///< in HU; unused for FileDefault
};

/// All presets in keyboard order (key 1 = first): file default, lung (W1500/L-600),
/// mediastinum (W350/L50), bone (W2000/L500), brain (W80/L40), soft tissue (W400/L40).
const QList<WindowPresetInfo> &windowPresets();

/// The window of \a preset for \a volume: FileDefault gives initialWindow(volume).
WindowLevel presetWindow(WindowPreset preset, const Volume &volume);

/// The window a volume opens with: the file's default when present, else one fitted to
/// the 1st-99th percentile of its modality values (a subsample of at most ~256k voxels).
/// RGB images get the identity window (W256/L128). Never returns a width below 1e-3.
WindowLevel initialWindow(const Volume &volume);

} // namespace etalon::core
