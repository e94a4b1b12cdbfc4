#include "core/dicom/CodecsGdcm.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdcmImage.h>
#include <gdcmImageReader.h>
#include <gdcmTrace.h>

#include <algorithm>
#include <new>

namespace etalon::core::dicom::gdcmcodec {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::dicom::gdcmcodec", text);
}
void quietGdcm()
{
    static const bool once = [] {
        gdcm::Trace::WarningOff();
        gdcm::Trace::DebugOff();
        gdcm::Trace::ErrorOff();
        return true;
    }();
    (void)once;
}

QString stringOf(const gdcm::DataSet &ds, std::uint16_t group, std::uint16_t element)
{
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag))
        return {};
    const gdcm::ByteValue *bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv || !bv->GetPointer())
        return {};
    return QString::fromLatin1(bv->GetPointer(), int(bv->GetLength())).remove(QChar(0)).trimmed();
}
} // namespace

Result<Header> readHeader(const QString &path)
{
    quietGdcm();
    gdcm::ImageReader reader;
    reader.SetFileName(path.toLocal8Bit().constData());
    if (!reader.Read())
        return makeError(ErrorCode::CorruptData, tr("%1: the DICOM file is damaged or truncated.").arg(path));
    const gdcm::Image &image = reader.GetImage();
    Header h;
    const unsigned int *dims = image.GetDimensions();
    h.columns = int(dims[0]);
    h.rows = int(dims[1]);
    h.frames = image.GetNumberOfDimensions() > 2 ? int(dims[2]) : 1;
    const gdcm::PixelFormat &pf = image.GetPixelFormat();
    h.bitsAllocated = pf.GetBitsAllocated();
    h.bitsStored = pf.GetBitsStored();
    h.highBit = pf.GetHighBit();
    h.isSigned = pf.GetPixelRepresentation() == 1;
    h.samplesPerPixel = pf.GetSamplesPerPixel();
    h.photometric = QString::fromLatin1(gdcm::PhotometricInterpretation::GetPIString(image.GetPhotometricInterpretation())).trimmed();
    for (int a = 0; a < 3; ++a) {
        h.origin[a] = image.GetOrigin(a);
        h.spacing[a] = image.GetSpacing(a);
    }
    for (int a = 0; a < 6; ++a)
        h.direction[a] = image.GetDirectionCosines(a);
    // GDCM reads truncated files leniently (missing bytes become zeros), so it is only a
    // fallback for compressed files whose fragments it found, never for native pixel data.
    const gdcm::DataSet &pixels = reader.GetFile().GetDataSet();
    const gdcm::Tag pixelTag(0x7fe0, 0x0010);
    if (!pixels.FindDataElement(pixelTag))
        return makeError(ErrorCode::CorruptData, tr("%1: the file has no complete Pixel Data.").arg(path));
    const gdcm::DataElement &pixelData = pixels.GetDataElement(pixelTag);
    if (!reader.GetFile().GetHeader().GetDataSetTransferSyntax().IsEncapsulated())
        return makeError(ErrorCode::CorruptData, tr("%1: the DICOM file is damaged or truncated.").arg(path));
    if (pixelData.GetByteValue()) {
        const double needed = double(h.rows) * h.columns * h.frames * h.samplesPerPixel * std::max(1, h.bitsAllocated / 8);
        if (double(std::uint32_t(pixelData.GetVL())) < needed || double(QFileInfo(path).size()) < needed)
            return makeError(ErrorCode::CorruptData, tr("%1: Pixel Data is shorter than the image size needs; the file is truncated.").arg(path));
    } else if (!pixelData.GetSequenceOfFragments() || pixelData.GetSequenceOfFragments()->GetNumberOfFragments() == 0) {
        return makeError(ErrorCode::CorruptData, tr("%1: the file has no complete Pixel Data.").arg(path));
    }
    h.slope = image.GetSlope();
    h.intercept = image.GetIntercept();
    const gdcm::DataSet &ds = reader.GetFile().GetDataSet();
    h.modality = stringOf(ds, 0x0008, 0x0060);
    h.seriesInstanceUid = stringOf(ds, 0x0020, 0x000e);
    return h;
}

Result<DecodedFrames> decodeFile(const QString &path, std::size_t expectedBytes)
{
    quietGdcm();
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
    out.photometric = QString::fromLatin1(gdcm::PhotometricInterpretation::GetPIString(image.GetPhotometricInterpretation())).trimmed();
    out.planarConfiguration = int(image.GetPlanarConfiguration());
    out.bitsAllocated = int(image.GetPixelFormat().GetBitsAllocated());
    out.samplesPerPixel = int(image.GetPixelFormat().GetSamplesPerPixel());
    out.bigEndian = false;
    return out;
}

} // namespace etalon::core::dicom::gdcmcodec
