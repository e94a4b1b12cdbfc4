#include "core/dicom/CodecsGdcm.h"

#include <QCoreApplication>

#include <gdcmImage.h>
#include <gdcmImageReader.h>

#include <new>

namespace etalon::core::dicom::gdcmcodec {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::dicom::VolumeLoader", text);
}
} // namespace

Result<DecodedFrames> decodeFile(const QString &path, std::size_t expectedBytes)
{
    gdcm::ImageReader reader;
    reader.SetFileName(path.toLocal8Bit().constData());
    if (!reader.Read())
        return makeError(ErrorCode::CorruptData,
                         tr("%1: GDCM could not read the image (damaged or unsupported compressed pixel data).").arg(path));
    const gdcm::Image &image = reader.GetImage();
    const unsigned long length = image.GetBufferLength();
    if (length == 0 || length > expectedBytes * 2 + 1024)
        return makeError(ErrorCode::CorruptData,
                         tr("%1: decoded pixel data would be %2 bytes, but the header describes %3 bytes.")
                             .arg(path)
                             .arg(qulonglong(length))
                             .arg(qulonglong(expectedBytes)));
    DecodedFrames out;
    try {
        out.buffer.resize(length);
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::Unsupported, tr("%1: not enough memory to decode the image.").arg(path));
    }
    if (!image.GetBuffer(reinterpret_cast<char *>(out.buffer.data())))
        return makeError(ErrorCode::CorruptData,
                         tr("%1: GDCM could not decode the compressed pixel data; the file may be damaged.").arg(path));
    out.photometric = QString::fromLatin1(gdcm::PhotometricInterpretation::GetPIString(image.GetPhotometricInterpretation()));
    out.planarConfiguration = int(image.GetPlanarConfiguration());
    out.bitsAllocated = int(image.GetPixelFormat().GetBitsAllocated());
    out.samplesPerPixel = int(image.GetPixelFormat().GetSamplesPerPixel());
    out.bigEndian = false;
    return out;
}

} // namespace etalon::core::dicom::gdcmcodec
