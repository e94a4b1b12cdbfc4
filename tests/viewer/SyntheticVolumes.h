#pragma once

#include "core/model/Volume.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>

namespace etalon::testing {

/// A CT-like int16 volume (rescale -1024, "HU"): air (-1000 HU) around a water ellipse
/// (0 HU) and a bright sphere (+1000 HU) of radius `radius` voxels centred at voxel `centre`.
/// The geometry's axes are given; position of the sphere in patient space follows from them.
inline std::shared_ptr<core::Volume> makeSphereVolume(std::array<int, 3> size, core::Vec3 spacing,
                                                      std::array<core::Vec3, 3> axes, core::Vec3 centre,
                                                      double radius)
{
    auto v = std::make_shared<core::Volume>();
    v->geometry.size = size;
    v->geometry.spacing = spacing;
    v->geometry.axes = axes;
    v->geometry.origin = {-100.0, -120.0, -50.0};
    v->pixelType = core::PixelType::Int16;
    v->samplesPerPixel = 1;
    v->photometric = core::Photometric::Monochrome2;
    v->sliceRescale = {core::Rescale{1.0, -1024.0}};
    v->rescaleType = QStringLiteral("HU");
    v->modality = QStringLiteral("CT");
    v->description = QStringLiteral("synthetic sphere");
    v->orientationKnown = true;
    v->sliceGeometryKnown = true;
    v->pixelSpacingKnown = true;
    v->allocate();
    auto *p = reinterpret_cast<std::int16_t *>(v->voxels.get());
    for (int k = 0; k < size[2]; ++k)
        for (int j = 0; j < size[1]; ++j)
            for (int i = 0; i < size[0]; ++i) {
                const double di = i - centre[0], dj = j - centre[1], dk = k - centre[2];
                std::int16_t stored = 24; // -1000 HU
                const double ei = (i - size[0] / 2.0) / (size[0] * 0.45), ej = (j - size[1] / 2.0) / (size[1] * 0.45);
                if (ei * ei + ej * ej < 1.0)
                    stored = 1024; // 0 HU
                if (di * di + dj * dj + dk * dk <= radius * radius)
                    stored = 2024; // 1000 HU
                *p++ = stored;
            }
    return v;
}

/// A 2D uint16 image whose value grows left to right from 0 to `columns - 1` (a ramp).
inline std::shared_ptr<core::Volume> makeRampImage(int columns, int rows)
{
    auto v = std::make_shared<core::Volume>();
    v->geometry.size = {columns, rows, 1};
    v->geometry.spacing = {0.1, 0.1, 1.0};
    v->pixelType = core::PixelType::UInt16;
    v->photometric = core::Photometric::Monochrome2;
    v->modality = QStringLiteral("MG");
    v->pixelSpacingKnown = true;
    v->allocate();
    auto *p = reinterpret_cast<std::uint16_t *>(v->voxels.get());
    for (int j = 0; j < rows; ++j)
        for (int i = 0; i < columns; ++i)
            *p++ = std::uint16_t(i);
    return v;
}

} // namespace etalon::testing
