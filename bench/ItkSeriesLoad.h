#pragma once

#include <string>

namespace etalon::bench {

/// What a reference loader read, reduced to what the benchmark compares.
struct LoadedSummary {
    int size[3] = {0, 0, 0};
    double spacing[3] = {0, 0, 0};
    double origin[3] = {0, 0, 0};
    unsigned long long modalityHash = 0; ///< FNV-1a over int16 modality values, index order
    double elapsedMs = 0.0;
    std::string error;
};

/// The common reference: itk::GDCMSeriesFileNames orders the first series in dir, then
/// itk::ImageSeriesReader + itk::GDCMImageIO reads it as int16 (GDCM applies the rescale).
/// elapsedMs covers both steps. ITK headers stay in the .cpp (slow to compile).
LoadedSummary loadWithItk(const std::string &dir);

/// FNV-1a 64 over little-endian int16 values.
unsigned long long fnv1aInt16(const short *values, unsigned long long count, unsigned long long hash);
constexpr unsigned long long kFnvOffset = 1469598103934665603ull;

} // namespace etalon::bench
