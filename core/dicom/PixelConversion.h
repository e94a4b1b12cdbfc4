#pragma once

#include <cstddef>
#include <cstdint>

/// In-place conversions that turn decoded frames into the stored-value layout of
/// core::Volume (little-endian, interleaved samples, RGB). Internal to core/dicom.
namespace etalon::core::dicom::pixel {

/// Reverses the byte order of each sample (bytesPerSample 2, 4 or 8).
void swapBytes(std::byte *data, std::size_t sampleCount, int bytesPerSample);

/// Colour-by-plane (RRR..GGG..BBB..) to colour-by-pixel (RGBRGB..), in place using scratch.
void planarToInterleaved(std::byte *data, std::size_t pixelCount, int bytesPerSample, std::byte *scratch);

/// YBR_FULL (ITU-R BT.601 full range, as in DICOM PS3.3 C.7.6.3.1.2) to RGB, interleaved,
/// for 8 or 16 bit unsigned samples.
void ybrFullToRgb(std::byte *data, std::size_t pixelCount, int bitsAllocated, int bitsStored);

/// Expands YBR_FULL_422 (Y0 Y1 Cb Cr per pixel pair, 8 bit) to three samples per pixel.
/// `source` holds rows * (columns rounded up to even) * 2 bytes; `target` rows * columns * 3.
void expandYbr422(const std::uint8_t *source, std::uint8_t *target, int rows, int columns);

/// Keeps only the bits of the stored value: masks unsigned samples to bitsStored bits and
/// sign-extends signed ones from bit bitsStored - 1 (after shifting down when the high bit
/// is not bitsStored - 1).
void normaliseStoredBits(std::byte *data, std::size_t sampleCount, int bitsAllocated, int bitsStored, int highBit,
                         bool isSigned);

/// Unpacks 1-bit pixels (least significant bit first, frames packed back to back) into one
/// byte per pixel (0 or 1), starting at pixel index firstPixel of the packed stream.
void unpackBits(const std::uint8_t *packed, std::size_t firstPixel, std::size_t pixelCount, std::uint8_t *target);

} // namespace etalon::core::dicom::pixel
