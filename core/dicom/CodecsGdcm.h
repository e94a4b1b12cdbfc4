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

/// What the loader needs from a file that DCMTK cannot parse but GDCM can (e.g. a dataset
/// encoded in another transfer syntax than its meta header says).
struct Header {
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = 0;
    bool isSigned = false;
    int samplesPerPixel = 1;
    QString photometric;
    double origin[3]{};
    double direction[6]{1, 0, 0, 0, 1, 0};
    double spacing[3]{1, 1, 1};
    double slope = 1.0;
    double intercept = 0.0;
    QString modality;
    QString seriesInstanceUid;
};

Result<Header> readHeader(const QString &path);

/// Decodes the whole pixel data of `path`; `expectedBytes` guards against absurd headers.
Result<DecodedFrames> decodeFile(const QString &path, std::size_t expectedBytes);

} // namespace etalon::core::dicom::gdcmcodec
