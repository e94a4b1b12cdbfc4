#include "core/dicom/PixelConversion.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>

namespace etalon::core::dicom::pixel {

void swapBytes(std::byte *data, std::size_t sampleCount, int bytesPerSample)
{
    if (bytesPerSample == 2) {
        for (std::size_t n = 0; n < sampleCount; ++n) {
            std::uint16_t v;
            std::memcpy(&v, data + n * 2, 2);
            v = std::uint16_t((v >> 8) | (v << 8));
            std::memcpy(data + n * 2, &v, 2);
        }
    } else if (bytesPerSample == 4) {
        for (std::size_t n = 0; n < sampleCount; ++n) {
            std::uint32_t v;
            std::memcpy(&v, data + n * 4, 4);
            v = __builtin_bswap32(v);
            std::memcpy(data + n * 4, &v, 4);
        }
    } else if (bytesPerSample == 8) {
        for (std::size_t n = 0; n < sampleCount; ++n) {
            std::uint64_t v;
            std::memcpy(&v, data + n * 8, 8);
            v = __builtin_bswap64(v);
            std::memcpy(data + n * 8, &v, 8);
        }
    }
}

void planarToInterleaved(std::byte *data, std::size_t pixelCount, int bytesPerSample, std::byte *scratch)
{
    const std::size_t b = std::size_t(bytesPerSample);
    std::memcpy(scratch, data, pixelCount * 3 * b);
    for (std::size_t p = 0; p < pixelCount; ++p)
        for (std::size_t c = 0; c < 3; ++c)
            std::memcpy(data + (p * 3 + c) * b, scratch + (c * pixelCount + p) * b, b);
}

namespace {
template <typename T>
void ybrToRgbTyped(T *d, std::size_t pixelCount, double maxValue)
{
    const double half = std::floor(maxValue / 2.0) + 1.0; // 128 for 8 bit
    for (std::size_t p = 0; p < pixelCount; ++p) {
        const double y = d[p * 3], cb = d[p * 3 + 1] - half, cr = d[p * 3 + 2] - half;
        const double rgb[3] = {y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb};
        for (int c = 0; c < 3; ++c)
            d[p * 3 + std::size_t(c)] = T(std::clamp(std::round(rgb[c]), 0.0, maxValue));
    }
}

template <typename T>
void normaliseTyped(std::byte *data, std::size_t sampleCount, int bitsAllocated, int bitsStored, int highBit, bool isSigned)
{
    using U = std::make_unsigned_t<T>;
    const int shift = std::max(0, highBit + 1 - bitsStored);
    const U mask = U((U(1) << bitsStored) - 1U);
    const U signBit = U(U(1) << (bitsStored - 1));
    (void)bitsAllocated;
    for (std::size_t n = 0; n < sampleCount; ++n) {
        U v;
        std::memcpy(&v, data + n * sizeof(U), sizeof(U));
        v = U(U(v >> shift) & mask);
        if (isSigned && (v & signBit))
            v = U(v | U(~mask));
        std::memcpy(data + n * sizeof(U), &v, sizeof(U));
    }
}
} // namespace

void ybrFullToRgb(std::byte *data, std::size_t pixelCount, int bitsAllocated, int bitsStored)
{
    const double maxValue = std::ldexp(1.0, bitsStored) - 1.0;
    if (bitsAllocated == 8)
        ybrToRgbTyped(reinterpret_cast<std::uint8_t *>(data), pixelCount, maxValue);
    else if (bitsAllocated == 16)
        ybrToRgbTyped(reinterpret_cast<std::uint16_t *>(data), pixelCount, maxValue);
}

void expandYbr422(const std::uint8_t *source, std::uint8_t *target, int rows, int columns)
{
    const int pairs = (columns + 1) / 2;
    for (int r = 0; r < rows; ++r) {
        const std::uint8_t *s = source + std::size_t(r) * std::size_t(pairs) * 4;
        std::uint8_t *t = target + std::size_t(r) * std::size_t(columns) * 3;
        for (int c = 0; c < columns; ++c) {
            const std::uint8_t *pair = s + std::size_t(c / 2) * 4;
            t[std::size_t(c) * 3] = pair[c % 2];
            t[std::size_t(c) * 3 + 1] = pair[2];
            t[std::size_t(c) * 3 + 2] = pair[3];
        }
    }
}

void normaliseStoredBits(std::byte *data, std::size_t sampleCount, int bitsAllocated, int bitsStored, int highBit,
                         bool isSigned)
{
    if (bitsStored <= 0 || bitsStored > bitsAllocated)
        return;
    if (bitsStored == bitsAllocated && (highBit == bitsStored - 1 || highBit < 0))
        return;
    switch (bitsAllocated) {
    case 8: normaliseTyped<std::int8_t>(data, sampleCount, bitsAllocated, bitsStored, highBit, isSigned); break;
    case 16: normaliseTyped<std::int16_t>(data, sampleCount, bitsAllocated, bitsStored, highBit, isSigned); break;
    case 32: normaliseTyped<std::int32_t>(data, sampleCount, bitsAllocated, bitsStored, highBit, isSigned); break;
    default: break;
    }
}

void unpackBits(const std::uint8_t *packed, std::size_t firstPixel, std::size_t pixelCount, std::uint8_t *target)
{
    for (std::size_t p = 0; p < pixelCount; ++p) {
        const std::size_t bit = firstPixel + p;
        target[p] = std::uint8_t((packed[bit >> 3] >> (bit & 7U)) & 1U);
    }
}

} // namespace etalon::core::dicom::pixel
