#include "core/model/Volume.h"

#include <cstring>

namespace etalon::core {

int bytesPerSample(PixelType type)
{
    switch (type) {
    case PixelType::UInt8:
    case PixelType::Int8: return 1;
    case PixelType::UInt16:
    case PixelType::Int16: return 2;
    case PixelType::UInt32:
    case PixelType::Int32:
    case PixelType::Float32: return 4;
    case PixelType::Float64: return 8;
    }
    return 1;
}

QString pixelTypeName(PixelType type)
{
    switch (type) {
    case PixelType::UInt8: return QStringLiteral("uint8");
    case PixelType::Int8: return QStringLiteral("int8");
    case PixelType::UInt16: return QStringLiteral("uint16");
    case PixelType::Int16: return QStringLiteral("int16");
    case PixelType::UInt32: return QStringLiteral("uint32");
    case PixelType::Int32: return QStringLiteral("int32");
    case PixelType::Float32: return QStringLiteral("float32");
    case PixelType::Float64: return QStringLiteral("float64");
    }
    return {};
}

std::size_t VolumeGeometry::voxelCount() const
{
    return std::size_t(size[0]) * std::size_t(size[1]) * std::size_t(size[2]);
}

Vec3 VolumeGeometry::indexToPatient(const Vec3 &index) const
{
    Vec3 p = origin;
    for (int a = 0; a < 3; ++a)
        for (int r = 0; r < 3; ++r)
            p[r] += axes[a][r] * spacing[a] * index[a];
    return p;
}

Vec3 VolumeGeometry::patientToIndex(const Vec3 &patient) const
{
    // The axes are orthonormal for every geometry we build, so the inverse is the transpose.
    const Vec3 d{patient[0] - origin[0], patient[1] - origin[1], patient[2] - origin[2]};
    Vec3 index{};
    for (int a = 0; a < 3; ++a) {
        const double along = axes[a][0] * d[0] + axes[a][1] * d[1] + axes[a][2] * d[2];
        index[a] = spacing[a] != 0.0 ? along / spacing[a] : 0.0;
    }
    return index;
}

const Rescale &Volume::rescaleOfSlice(int k) const
{
    static const Rescale identity;
    if (sliceRescale.empty())
        return identity;
    if (sliceRescale.size() == 1 || k < 0 || std::size_t(k) >= sliceRescale.size())
        return sliceRescale.front();
    return sliceRescale[std::size_t(k)];
}

namespace {
template <typename T>
double readAs(const std::byte *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return double(v);
}
} // namespace

double Volume::storedValue(int i, int j, int k, int c) const
{
    const std::size_t index = ((std::size_t(k) * std::size_t(rows()) + std::size_t(j)) * std::size_t(columns()) + std::size_t(i))
                                  * std::size_t(samplesPerPixel)
                              + std::size_t(c);
    const std::byte *p = voxels.get() + index * std::size_t(bytesPerSample(pixelType));
    switch (pixelType) {
    case PixelType::UInt8: return readAs<std::uint8_t>(p);
    case PixelType::Int8: return readAs<std::int8_t>(p);
    case PixelType::UInt16: return readAs<std::uint16_t>(p);
    case PixelType::Int16: return readAs<std::int16_t>(p);
    case PixelType::UInt32: return readAs<std::uint32_t>(p);
    case PixelType::Int32: return readAs<std::int32_t>(p);
    case PixelType::Float32: return readAs<float>(p);
    case PixelType::Float64: return readAs<double>(p);
    }
    return 0.0;
}

void Volume::allocate()
{
    byteSize = geometry.voxelCount() * std::size_t(samplesPerPixel) * std::size_t(bytesPerSample(pixelType));
    voxels = std::make_shared_for_overwrite<std::byte[]>(byteSize);
}

} // namespace etalon::core
