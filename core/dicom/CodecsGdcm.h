#pragma once

#include "core/Result.h"

#include <QString>

#include <cstddef>
#include <vector>

/// JPEG 2000 (and fallback) decoding through GDCM, which ITK's GDCMImageIO also uses.
/// DCMTK 3.6.7 has no JPEG 2000 codec. Internal to core/dicom.
namespace etalon::core::dicom::gdcmcodec {

/// All frames of one file, decoded, in GDCM's layout.
struct DecodedFrames {
    std::vector<std::byte> buffer;
    QString photometric; ///< after decoding (GDCM turns YBR_ICT/YBR_RCT into RGB)
    int planarConfiguration = 0;
    int bitsAllocated = 0;
    int samplesPerPixel = 1;
    bool bigEndian = false;
};

/// Decodes the whole pixel data of `path`; `expectedBytes` guards against absurd headers.
Result<DecodedFrames> decodeFile(const QString &path, std::size_t expectedBytes);

} // namespace etalon::core::dicom::gdcmcodec
