#include "core/model/WindowPresets.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace etalon::core {

const QList<WindowPresetInfo> &windowPresets()
{
    static const QList<WindowPresetInfo> presets{
        {WindowPreset::FileDefault, QT_TRANSLATE_NOOP("WindowPreset", "File default"), {}},
        {WindowPreset::Lung, QT_TRANSLATE_NOOP("WindowPreset", "Lung"), {-600.0, 1500.0}},
        {WindowPreset::Mediastinum, QT_TRANSLATE_NOOP("WindowPreset", "Mediastinum"), {50.0, 350.0}},
        {WindowPreset::Bone, QT_TRANSLATE_NOOP("WindowPreset", "Bone"), {500.0, 2000.0}},
        {WindowPreset::Brain, QT_TRANSLATE_NOOP("WindowPreset", "Brain"), {40.0, 80.0}},
        {WindowPreset::SoftTissue, QT_TRANSLATE_NOOP("WindowPreset", "Soft tissue"), {40.0, 400.0}},
    };
    return presets;
}

WindowLevel presetWindow(WindowPreset preset, const Volume &volume)
{
    if (preset == WindowPreset::FileDefault)
        return initialWindow(volume);
    for (const WindowPresetInfo &info : windowPresets())
        if (info.preset == preset)
            return info.window;
    return initialWindow(volume);
}

namespace {

template <typename T>
void sampleModality(const Volume &volume, std::size_t step, std::vector<double> &out)
{
    const std::size_t perSlice = std::size_t(volume.columns()) * std::size_t(volume.rows());
    const std::size_t total = perSlice * std::size_t(volume.slices());
    const std::size_t available = volume.byteSize / sizeof(T);
    const auto *data = reinterpret_cast<const std::byte *>(volume.voxels.get());
    for (std::size_t n = 0; n < total && n < available; n += step) {
        T v;
        std::memcpy(&v, data + n * sizeof(T), sizeof(T));
        const int k = int(n / perSlice);
        out.push_back(volume.rescaleOfSlice(k).apply(double(v)));
    }
}

} // namespace

WindowLevel initialWindow(const Volume &volume)
{
    if (volume.defaultWindow && volume.defaultWindow->width > 0.0)
        return *volume.defaultWindow;
    if (volume.samplesPerPixel != 1 || volume.photometric == Photometric::Rgb)
        return WindowLevel{127.5, 256.0};
    if (!volume.voxels || volume.geometry.voxelCount() == 0)
        return WindowLevel{0.0, 1.0};

    const std::size_t total = volume.geometry.voxelCount();
    const std::size_t step = std::max<std::size_t>(1, total / 262144);
    std::vector<double> values;
    values.reserve(total / step + 1);
    switch (volume.pixelType) {
    case PixelType::UInt8: sampleModality<std::uint8_t>(volume, step, values); break;
    case PixelType::Int8: sampleModality<std::int8_t>(volume, step, values); break;
    case PixelType::UInt16: sampleModality<std::uint16_t>(volume, step, values); break;
    case PixelType::Int16: sampleModality<std::int16_t>(volume, step, values); break;
    case PixelType::UInt32: sampleModality<std::uint32_t>(volume, step, values); break;
    case PixelType::Int32: sampleModality<std::int32_t>(volume, step, values); break;
    case PixelType::Float32: sampleModality<float>(volume, step, values); break;
    case PixelType::Float64: sampleModality<double>(volume, step, values); break;
    }
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty())
        return WindowLevel{0.0, 1.0};

    const auto at = [&](double fraction) {
        const std::size_t n = std::min(values.size() - 1, std::size_t(fraction * double(values.size() - 1) + 0.5));
        std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(n), values.end());
        return values[n];
    };
    const double low = at(0.01);
    const double high = at(0.99);
    double width = high - low;
    if (width < 1e-3) {
        const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
        width = std::max(1.0, *mx - *mn);
        return WindowLevel{(*mn + *mx) / 2.0, width};
    }
    return WindowLevel{(low + high) / 2.0, width};
}

} // namespace etalon::core
