#include "core/dicom/VolumeLoader.h"

#include "core/Logging.h"
#include "core/dicom/DcmtkLogging.h"
#include "core/dicom/CodecsGdcm.h"
#include "core/dicom/PixelConversion.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <new>
#include <numeric>
#include <optional>
#include <thread>

namespace etalon::core::dicom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::dicom", text);
}

void registerCodecsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Lossy JPEG colour: follow the JPEG stream's own markers (as libjpeg, Pillow and
        // GDCM do), since files labelled RGB are often YCbCr-encoded inside.
        DJDecoderRegistration::registerCodecs(EDC_guessLossyOnly);
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
        // Failures reach the caller as Result errors naming the file; DCMTK's own log lines
        // ("W: Invalid SOS parameters...") would only be noise on stderr.
        // Some writers store known attributes with VR UN (e.g. Pixel Spacing in pydicom's
        // rtdose_rle.dcm); let DCMTK read them with their dictionary VR.
        dcmEnableUnknownVRConversion.set(OFTrue);
        quietDcmtkLogging();
    });
}

/// Largest volume we agree to allocate; beyond that the header is almost surely wrong.
constexpr double kMaxVolumeBytes = 64.0 * 1024 * 1024 * 1024;

enum class PixelPath { Native, NativeBits, NativeYbr422, Dcmtk, Gdcm };

struct FrameRef {
    int file = 0;
    int frame = 0;
    std::optional<Vec3> position;
    std::optional<std::array<double, 6>> orientation;
    Rescale rescale;
    std::optional<WindowLevel> window;
    std::optional<std::array<double, 2>> pixelSpacing; ///< row spacing, column spacing
    std::optional<double> thickness;
    std::optional<double> spacingBetween;
};

struct FileInfo {
    QString path;
    std::unique_ptr<DcmFileFormat> format;
    int rows = 0;
    int columns = 0;
    int frames = 1;
    int bitsAllocated = 0;
    int bitsStored = 0;
    int highBit = -1;
    bool isSigned = false;
    int samples = 1;
    int planar = 0;
    QString photometric;
    E_TransferSyntax xfer = EXS_Unknown;
    bool bigEndian = false;
    PixelPath path_ = PixelPath::Native;
    QString modality;
    QString seriesUid;
    QString description;
    QString rescaleType;
    QString patientOrientation;
    int instanceNumber = 0;
    std::vector<FrameRef> frameRefs;
    std::vector<int> frameSlot; ///< slice index of each frame in the volume
};

QString str(DcmItem *item, const DcmTagKey &tag)
{
    OFString s;
    if (item && item->findAndGetOFStringArray(tag, s).good())
        return QString::fromLatin1(s.c_str()).trimmed();
    return {};
}

std::optional<double> num(DcmItem *item, const DcmTagKey &tag, unsigned long pos = 0)
{
    Float64 v = 0;
    if (item && item->findAndGetFloat64(tag, v, pos).good() && std::isfinite(v))
        return double(v);
    return std::nullopt;
}

int integer(DcmItem *item, const DcmTagKey &tag, int fallback)
{
    Uint16 u = 0;
    if (item && item->findAndGetUint16(tag, u).good())
        return int(u);
    return fallback;
}

/// Integer strings (IS) read leniently: "1A" gives 1, garbage gives the fallback.
int integerString(DcmItem *item, const DcmTagKey &tag, int fallback)
{
    const QString s = str(item, tag);
    int end = 0;
    while (end < s.size() && (s[end].isDigit() || (end == 0 && (s[end] == u'-' || s[end] == u'+'))))
        ++end;
    bool ok = false;
    const long long v = s.left(end).toLongLong(&ok);
    if (!ok || v < INT32_MIN || v > INT32_MAX)
        return fallback;
    return int(v);
}

template <std::size_t N>
std::optional<std::array<double, N>> numbers(DcmItem *item, const DcmTagKey &tag)
{
    std::array<double, N> a{};
    for (std::size_t n = 0; n < N; ++n) {
        const auto v = num(item, tag, n);
        if (!v)
            return std::nullopt;
        a[n] = *v;
    }
    return a;
}

DcmItem *sequenceItem(DcmItem *parent, const DcmTagKey &tag, long index = 0)
{
    DcmItem *item = nullptr;
    if (parent && parent->findAndGetSequenceItem(tag, item, index).good())
        return item;
    return nullptr;
}

Vec3 cross(const Vec3 &a, const Vec3 &b)
{
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}

double dot(const Vec3 &a, const Vec3 &b)
{
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

Vec3 normalised(Vec3 v)
{
    const double n = std::sqrt(dot(v, v));
    if (n > 0)
        for (double &c : v)
            c /= n;
    return v;
}

bool hasDicmPreamble(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (!f.seek(128))
        return false;
    return f.read(4) == "DICM";
}

/// Fills the per-frame fields from an item holding functional group macros (or the dataset).
void applyFrameMacros(DcmItem *groups, FrameRef &f)
{
    if (!groups)
        return;
    if (DcmItem *pos = sequenceItem(groups, DCM_PlanePositionSequence))
        if (auto p = numbers<3>(pos, DCM_ImagePositionPatient))
            f.position = Vec3{(*p)[0], (*p)[1], (*p)[2]};
    if (DcmItem *ori = sequenceItem(groups, DCM_PlaneOrientationSequence))
        if (auto o = numbers<6>(ori, DCM_ImageOrientationPatient))
            f.orientation = o;
    if (DcmItem *m = sequenceItem(groups, DCM_PixelMeasuresSequence)) {
        if (auto s = numbers<2>(m, DCM_PixelSpacing))
            f.pixelSpacing = s;
        if (auto t = num(m, DCM_SliceThickness))
            f.thickness = t;
        if (auto t = num(m, DCM_SpacingBetweenSlices))
            f.spacingBetween = t;
    }
    if (DcmItem *t = sequenceItem(groups, DCM_PixelValueTransformationSequence)) {
        if (auto s = num(t, DCM_RescaleSlope))
            f.rescale.slope = *s;
        if (auto i = num(t, DCM_RescaleIntercept))
            f.rescale.intercept = *i;
    }
    if (DcmItem *v = sequenceItem(groups, DCM_FrameVOILUTSequence)) {
        const auto c = num(v, DCM_WindowCenter);
        const auto w = num(v, DCM_WindowWidth);
        if (c && w && *w > 0)
            f.window = WindowLevel{*c, *w};
    }
}

std::optional<Error> checkedAllocation(const FileInfo &info, double bytes)
{
    if (!(bytes <= kMaxVolumeBytes))
        return makeError(ErrorCode::Unsupported,
                         tr("%1: the header describes %2 x %3 pixels in %4 frame(s), %5 GB of pixel data; that is "
                            "not a plausible image (damaged header?).")
                             .arg(info.path)
                             .arg(info.columns)
                             .arg(info.rows)
                             .arg(info.frames)
                             .arg(bytes / 1e9, 0, 'f', 1));
    return std::nullopt;
}

Result<FileInfo> fromGdcmHeader(const QString &path, const gdcmcodec::Header &g)
{
    FileInfo info;
    info.path = path;
    info.rows = g.rows;
    info.columns = g.columns;
    info.frames = std::max(1, g.frames);
    info.bitsAllocated = g.bitsAllocated;
    info.bitsStored = g.bitsStored;
    info.highBit = g.highBit;
    info.isSigned = g.isSigned;
    info.samples = g.samplesPerPixel;
    info.photometric = g.photometric.toUpper();
    info.modality = g.modality;
    info.seriesUid = g.seriesInstanceUid;
    info.path_ = PixelPath::Gdcm;
    if (info.rows <= 0 || info.columns <= 0 || (info.samples != 1 && info.samples != 3)
        || (info.bitsAllocated != 8 && info.bitsAllocated != 16 && info.bitsAllocated != 32))
        return makeError(ErrorCode::Unsupported, tr("%1: this pixel format is not supported.").arg(path));
    if (auto e = checkedAllocation(info, double(info.rows) * info.columns * info.samples * (info.bitsAllocated / 8) * info.frames))
        return *e;
    FrameRef base;
    base.position = Vec3{g.origin[0], g.origin[1], g.origin[2]};
    base.orientation = std::array<double, 6>{g.direction[0], g.direction[1], g.direction[2],
                                             g.direction[3], g.direction[4], g.direction[5]};
    base.pixelSpacing = std::array<double, 2>{g.spacing[1], g.spacing[0]};
    base.rescale = Rescale{g.slope, g.intercept};
    for (int f = 0; f < info.frames; ++f) {
        FrameRef ref = base;
        ref.frame = f;
        if (info.frames > 1)
            ref.position.reset();
        info.frameRefs.push_back(ref);
    }
    return info;
}

/// Reads one file's header (pixel data stays on disk) and validates the pixel description.
Result<FileInfo> readFile(const QString &path)
{
    FileInfo info;
    info.path = path;
    const QFileInfo fi(path);
    if (!fi.exists())
        return makeError(ErrorCode::NotFound, tr("%1: file not found.").arg(path));
    if (fi.size() == 0)
        return makeError(ErrorCode::NotDicom, tr("%1: the file is empty (0 bytes), not a DICOM file.").arg(path));

    info.format = std::make_unique<DcmFileFormat>();
    const OFCondition status = info.format->loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                                     EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
    const bool preamble = hasDicmPreamble(path);
    if (status.bad()) {
        if (!preamble)
            return makeError(ErrorCode::NotDicom,
                             tr("%1: not a DICOM file (%2).").arg(path, QString::fromLatin1(status.text())));
        // DCMTK is strict about e.g. a dataset encoded differently from its meta header;
        // GDCM (which ITK uses) is lenient there.
        if (auto g = gdcmcodec::readHeader(path); g.ok() && g->rows > 0 && g->columns > 0)
            return fromGdcmHeader(path, *g);
        return makeError(ErrorCode::CorruptData,
                         tr("%1: the DICOM file is damaged or truncated (%2).").arg(path, QString::fromLatin1(status.text())));
    }
    DcmDataset *ds = info.format->getDataset();
    if (!preamble && str(ds, DCM_SOPClassUID).isEmpty() && str(ds, DCM_Modality).isEmpty()
        && !ds->tagExists(DCM_PixelData))
        return makeError(ErrorCode::NotDicom, tr("%1: not a DICOM file (no DICOM header or attributes found).").arg(path));

    info.modality = str(ds, DCM_Modality);
    info.seriesUid = str(ds, DCM_SeriesInstanceUID);
    info.description = str(ds, DCM_SeriesDescription);
    info.patientOrientation = str(ds, DCM_PatientOrientation);
    info.instanceNumber = integerString(ds, DCM_InstanceNumber, 0);

    if (!ds->tagExists(DCM_PixelData)) {
        const QString what = info.modality.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info.modality);
        if (ds->tagExists(DCM_FloatPixelData) || ds->tagExists(DCM_DoubleFloatPixelData))
            return makeError(ErrorCode::Unsupported, tr("%1: float pixel data is not supported.").arg(path));
        return makeError(ErrorCode::Unsupported,
                         tr("%1: no pixel data%2 — this object is not an image.").arg(path, what));
    }

    info.rows = integer(ds, DCM_Rows, 0);
    info.columns = integer(ds, DCM_Columns, 0);
    info.bitsAllocated = integer(ds, DCM_BitsAllocated, 0);
    info.bitsStored = integer(ds, DCM_BitsStored, info.bitsAllocated);
    info.highBit = integer(ds, DCM_HighBit, info.bitsStored - 1);
    info.isSigned = integer(ds, DCM_PixelRepresentation, 0) == 1;
    info.samples = integer(ds, DCM_SamplesPerPixel, 1);
    info.planar = integer(ds, DCM_PlanarConfiguration, 0);
    info.photometric = str(ds, DCM_PhotometricInterpretation).toUpper();
    info.frames = std::max(1, integerString(ds, DCM_NumberOfFrames, 1));
    info.xfer = ds->getOriginalXfer();
    const DcmXfer xfer(info.xfer);
    info.bigEndian = xfer.isBigEndian();

    if (info.rows <= 0 || info.columns <= 0)
        return makeError(ErrorCode::CorruptData,
                         tr("%1: Rows or Columns is missing or zero; the image cannot be decoded.").arg(path));
    if (info.bitsAllocated != 1 && info.bitsAllocated != 8 && info.bitsAllocated != 16 && info.bitsAllocated != 32)
        return makeError(ErrorCode::Unsupported,
                         tr("%1: Bits Allocated %2 is not supported (1, 8, 16 or 32 are).").arg(path).arg(info.bitsAllocated));
    if (info.samples != 1 && info.samples != 3)
        return makeError(ErrorCode::Unsupported,
                         tr("%1: %2 samples per pixel is not supported.").arg(path).arg(info.samples));
    if (info.photometric.isEmpty())
        info.photometric = info.samples == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");
    if (info.photometric == QLatin1String("PALETTE COLOR"))
        return makeError(ErrorCode::Unsupported,
                         tr("%1: palette colour images are not supported; convert the file to RGB.").arg(path));
    if (info.samples == 1 && !info.photometric.startsWith(QLatin1String("MONOCHROME")))
        return makeError(ErrorCode::Unsupported,
                         tr("%1: photometric interpretation %2 with one sample is not supported.").arg(path, info.photometric));
    if (info.bitsStored <= 0 || info.bitsStored > info.bitsAllocated)
        info.bitsStored = info.bitsAllocated;
    if (info.highBit < info.bitsStored - 1 || info.highBit >= info.bitsAllocated)
        info.highBit = info.bitsStored - 1;

    const int bytes = info.bitsAllocated == 1 ? 1 : info.bitsAllocated / 8;
    const double frameSamples = double(info.rows) * double(info.columns) * double(info.samples);
    const double totalBytes = frameSamples * double(bytes) * double(info.frames);
    if (auto e = checkedAllocation(info, totalBytes))
        return *e;

    DcmElement *pixelElement = nullptr;
    ds->findAndGetElement(DCM_PixelData, pixelElement);
    if (!pixelElement)
        return makeError(ErrorCode::CorruptData, tr("%1: the Pixel Data element cannot be read.").arg(path));

    if (xfer.isEncapsulated()) {
        // Compressed: the decoder checks each frame; guard against headers that promise far
        // more pixels than the compressed stream could plausibly hold.
        const double stored = double(fi.size());
        if (totalBytes > 256.0 * 1024 * 1024 && totalBytes > stored * 4000.0)
            return makeError(ErrorCode::CorruptData,
                             tr("%1: the header describes %2 x %3 pixels in %4 frame(s), but the file holds only %5 "
                                "bytes of compressed data; the header is damaged.")
                                 .arg(path)
                                 .arg(info.columns)
                                 .arg(info.rows)
                                 .arg(info.frames)
                                 .arg(qulonglong(fi.size())));
        switch (info.xfer) {
        case EXS_JPEG2000LosslessOnly:
        case EXS_JPEG2000:
        case EXS_JPEG2000MulticomponentLosslessOnly:
        case EXS_JPEG2000Multicomponent: info.path_ = PixelPath::Gdcm; break;
        default: info.path_ = PixelPath::Dcmtk; break;
        }
        if (info.bitsAllocated == 1)
            return makeError(ErrorCode::Unsupported, tr("%1: compressed 1-bit images are not supported.").arg(path));
    } else {
        const double available = double(pixelElement->getLength());
        double needed = totalBytes;
        if (info.bitsAllocated == 1) {
            info.path_ = PixelPath::NativeBits;
            needed = std::ceil(frameSamples * double(info.frames) / 8.0);
        } else if (info.samples == 3 && (info.photometric == QLatin1String("YBR_FULL_422"))) {
            if (info.bitsAllocated != 8)
                return makeError(ErrorCode::Unsupported,
                                 tr("%1: uncompressed YBR_FULL_422 is supported with 8 bits only.").arg(path));
            info.path_ = PixelPath::NativeYbr422;
            needed = double(info.rows) * double((info.columns + 1) / 2 * 4) * double(info.frames);
        } else {
            info.path_ = PixelPath::Native;
        }
        if (available < needed)
            return makeError(ErrorCode::CorruptData,
                             tr("%1: Pixel Data holds %2 bytes, but %3 x %4 pixels x %5 frame(s) x %6 sample(s) at %7 "
                                "bits need %8 bytes; the file is truncated or its header is wrong.")
                                 .arg(path)
                                 .arg(qulonglong(available))
                                 .arg(info.columns)
                                 .arg(info.rows)
                                 .arg(info.frames)
                                 .arg(info.samples)
                                 .arg(info.bitsAllocated)
                                 .arg(qulonglong(needed)));
        const qint64 fileSize = fi.size();
        if (info.xfer != EXS_DeflatedLittleEndianExplicit && available > double(fileSize))
            return makeError(ErrorCode::CorruptData,
                             tr("%1: Pixel Data claims %2 bytes but the file has only %3 bytes; the file is truncated.")
                                 .arg(path)
                                 .arg(qulonglong(available))
                                 .arg(fileSize));
    }
    if (info.samples == 3 && info.photometric != QLatin1String("RGB") && !info.photometric.startsWith(QLatin1String("YBR")))
        return makeError(ErrorCode::Unsupported,
                         tr("%1: colour model %2 is not supported.").arg(path, info.photometric));
    if (info.samples == 3 && info.path_ == PixelPath::Native && info.photometric != QLatin1String("RGB")
        && info.photometric != QLatin1String("YBR_FULL"))
        return makeError(ErrorCode::Unsupported,
                         tr("%1: uncompressed colour model %2 is not supported.").arg(path, info.photometric));

    // Per-file attributes used for every frame unless functional groups override them.
    FrameRef base;
    base.file = 0;
    if (auto p = numbers<3>(ds, DCM_ImagePositionPatient))
        base.position = Vec3{(*p)[0], (*p)[1], (*p)[2]};
    base.orientation = numbers<6>(ds, DCM_ImageOrientationPatient);
    base.pixelSpacing = numbers<2>(ds, DCM_PixelSpacing);
    if (!base.pixelSpacing)
        base.pixelSpacing = numbers<2>(ds, DCM_ImagerPixelSpacing);
    if (!base.pixelSpacing)
        base.pixelSpacing = numbers<2>(ds, DCM_NominalScannedPixelSpacing);
    base.thickness = num(ds, DCM_SliceThickness);
    base.spacingBetween = num(ds, DCM_SpacingBetweenSlices);
    if (auto s = num(ds, DCM_RescaleSlope))
        base.rescale.slope = *s;
    else if (auto g = num(ds, DCM_DoseGridScaling))
        base.rescale.slope = *g;
    if (auto i = num(ds, DCM_RescaleIntercept))
        base.rescale.intercept = *i;
    {
        const auto c = num(ds, DCM_WindowCenter);
        const auto w = num(ds, DCM_WindowWidth);
        if (c && w && *w > 0)
            base.window = WindowLevel{*c, *w};
    }
    info.rescaleType = str(ds, DCM_RescaleType);

    DcmItem *shared = sequenceItem(ds, DCM_SharedFunctionalGroupsSequence);
    applyFrameMacros(shared, base);
    if (info.rescaleType.isEmpty())
        if (DcmItem *t = sequenceItem(shared, DCM_PixelValueTransformationSequence))
            info.rescaleType = str(t, DCM_RescaleType);

    DcmSequenceOfItems *perFrame = nullptr;
    ds->findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame);
    std::vector<double> gridOffsets;
    if (info.frames > 1 && !perFrame) {
        for (unsigned long n = 0; n < static_cast<unsigned long>(info.frames); ++n) {
            const auto v = num(ds, DCM_GridFrameOffsetVector, n);
            if (!v)
                break;
            gridOffsets.push_back(*v);
        }
        if (gridOffsets.size() != std::size_t(info.frames))
            gridOffsets.clear();
    }

    info.frameRefs.reserve(std::size_t(info.frames));
    DcmObject *cursor = nullptr;
    for (int f = 0; f < info.frames; ++f) {
        FrameRef ref = base;
        ref.frame = f;
        if (perFrame) {
            cursor = perFrame->nextInContainer(cursor);
            applyFrameMacros(dynamic_cast<DcmItem *>(cursor), ref);
        } else if (!gridOffsets.empty() && base.position && base.orientation) {
            const Vec3 row{(*base.orientation)[0], (*base.orientation)[1], (*base.orientation)[2]};
            const Vec3 col{(*base.orientation)[3], (*base.orientation)[4], (*base.orientation)[5]};
            const Vec3 n = normalised(cross(row, col));
            for (int a = 0; a < 3; ++a)
                (*ref.position)[std::size_t(a)] = (*base.position)[std::size_t(a)] + gridOffsets[std::size_t(f)] * n[std::size_t(a)];
        } else if (info.frames > 1) {
            ref.position.reset(); // classic multi-frame without per-frame positions: keep frame order
        }
        info.frameRefs.push_back(ref);
    }
    return info;
}

/// Runs `work(job)` for jobs 0..count-1 on up to `threads` threads while the calling thread
/// reports progress. Returns false when cancelled.
bool runJobs(int count, int threads, const std::function<void(int, const std::atomic<bool> &)> &work,
             const std::atomic<int> &done, int doneBase, int total, const std::function<bool(int, int)> &progress)
{
    std::atomic<int> next{0};
    std::atomic<bool> cancel{false};
    std::atomic<int> running{0};
    std::mutex mutex;
    std::condition_variable finished;
    const int workers = std::max(1, std::min(threads, count));
    auto body = [&] {
        for (;;) {
            const int job = next.fetch_add(1);
            if (job >= count || cancel.load())
                break;
            work(job, cancel);
        }
        std::lock_guard lock(mutex);
        if (--running == 0)
            finished.notify_all();
    };
    running = workers;
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(workers));
    for (int t = 0; t < workers; ++t)
        pool.emplace_back(body);
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(50));
            if (progress) {
                lock.unlock();
                if (!progress(doneBase + done.load(), total))
                    cancel = true;
                lock.lock();
            }
        }
    }
    for (std::thread &t : pool)
        t.join();
    if (progress && !cancel && !progress(doneBase + done.load(), total))
        cancel = true;
    return !cancel.load();
}

/// Turns a decoded frame in `frame` (layout per `photometric` / `planar`) into stored
/// interleaved RGB or monochrome samples, in place.
void finishFrame(const FileInfo &info, std::byte *frame, const QString &photometric, int planar, std::vector<std::byte> &scratch)
{
    const std::size_t pixels = std::size_t(info.rows) * std::size_t(info.columns);
    const int bytes = info.bitsAllocated / 8;
    if (info.samples == 3) {
        if (planar == 1) {
            scratch.resize(pixels * 3 * std::size_t(bytes));
            pixel::planarToInterleaved(frame, pixels, bytes, scratch.data());
        }
        if (photometric == QLatin1String("YBR_FULL") || photometric == QLatin1String("YBR_FULL_422"))
            pixel::ybrFullToRgb(frame, pixels, info.bitsAllocated, info.bitsStored);
    } else {
        pixel::normaliseStoredBits(frame, pixels, info.bitsAllocated, info.bitsStored, info.highBit, info.isSigned);
    }
}

std::optional<Error> decodeWithGdcm(FileInfo &info, Volume &volume, std::atomic<int> &done, const std::atomic<bool> &cancel)
{
    const std::size_t sliceBytes = volume.sliceSampleCount() * std::size_t(bytesPerSample(volume.pixelType));
    const std::size_t total = sliceBytes * std::size_t(info.frames);
    auto decoded = gdcmcodec::decodeFile(info.path, total);
    if (!decoded)
        return decoded.error();
    if (decoded->buffer.size() < total)
        return makeError(ErrorCode::CorruptData, tr("%1: decoded pixel data has %2 bytes, %3 expected.")
                                                     .arg(info.path)
                                                     .arg(qulonglong(decoded->buffer.size()))
                                                     .arg(qulonglong(total)));
    std::vector<std::byte> scratch;
    for (int f = 0; f < info.frames && !cancel; ++f) {
        std::byte *dest = volume.voxels.get() + std::size_t(info.frameSlot[std::size_t(f)]) * sliceBytes;
        std::memcpy(dest, decoded->buffer.data() + std::size_t(f) * sliceBytes, sliceBytes);
        finishFrame(info, dest, decoded->photometric, decoded->planarConfiguration, scratch);
        ++done;
    }
    return std::nullopt;
}

std::optional<Error> decodeFile(FileInfo &info, Volume &volume, std::atomic<int> &done, const std::atomic<bool> &cancel)
{
    if (info.path_ == PixelPath::Gdcm)
        return decodeWithGdcm(info, volume, done, cancel);
    DcmDataset *ds = info.format->getDataset();
    DcmElement *element = nullptr;
    ds->findAndGetElement(DCM_PixelData, element);
    auto *pixelData = dynamic_cast<DcmPixelData *>(element);
    if (!element)
        return makeError(ErrorCode::CorruptData, tr("%1: the Pixel Data element cannot be read.").arg(info.path));

    const std::size_t sliceBytes = volume.sliceSampleCount() * std::size_t(bytesPerSample(volume.pixelType));
    const std::size_t pixels = std::size_t(info.rows) * std::size_t(info.columns);
    const int bytes = info.bitsAllocated == 1 ? 1 : info.bitsAllocated / 8;
    const E_ByteOrder fileOrder = info.bigEndian ? EBO_BigEndian : EBO_LittleEndian;
    DcmFileCache cache;
    std::vector<std::byte> scratch;
    std::vector<std::byte> temp;
    auto sliceOf = [&](int f) { return volume.voxels.get() + std::size_t(info.frameSlot[std::size_t(f)]) * sliceBytes; };
    auto readError = [&](const OFCondition &c) {
        return makeError(ErrorCode::CorruptData, tr("%1: cannot read the pixel data (%2); the file is truncated or damaged.")
                                                     .arg(info.path, QString::fromLatin1(c.text())));
    };

    switch (info.path_) {
    case PixelPath::Native:
        for (int f = 0; f < info.frames && !cancel; ++f) {
            std::byte *dest = sliceOf(f);
            const OFCondition c = element->getPartialValue(dest, Uint32(std::size_t(f) * sliceBytes), Uint32(sliceBytes), &cache, fileOrder);
            if (c.bad())
                return readError(c);
            if (info.bigEndian && bytes > 1)
                pixel::swapBytes(dest, volume.sliceSampleCount(), bytes);
            finishFrame(info, dest, info.photometric, info.samples == 3 ? info.planar : 0, scratch);
            ++done;
        }
        break;
    case PixelPath::NativeBits: {
        const std::size_t packedBytes = (pixels * std::size_t(info.frames) + 7) / 8;
        temp.resize(packedBytes);
        const OFCondition c = element->getPartialValue(temp.data(), 0, Uint32(packedBytes), &cache, fileOrder);
        if (c.bad())
            return readError(c);
        for (int f = 0; f < info.frames && !cancel; ++f) {
            pixel::unpackBits(reinterpret_cast<const std::uint8_t *>(temp.data()), std::size_t(f) * pixels, pixels,
                              reinterpret_cast<std::uint8_t *>(sliceOf(f)));
            ++done;
        }
        break;
    }
    case PixelPath::NativeYbr422: {
        const std::size_t frameBytes = std::size_t(info.rows) * std::size_t((info.columns + 1) / 2 * 4);
        temp.resize(frameBytes);
        for (int f = 0; f < info.frames && !cancel; ++f) {
            const OFCondition c = element->getPartialValue(temp.data(), Uint32(std::size_t(f) * frameBytes), Uint32(frameBytes), &cache, fileOrder);
            if (c.bad())
                return readError(c);
            std::byte *dest = sliceOf(f);
            pixel::expandYbr422(reinterpret_cast<const std::uint8_t *>(temp.data()), reinterpret_cast<std::uint8_t *>(dest),
                                info.rows, info.columns);
            pixel::ybrFullToRgb(dest, pixels, 8, 8);
            ++done;
        }
        break;
    }
    case PixelPath::Dcmtk: {
        if (!pixelData)
            return makeError(ErrorCode::CorruptData, tr("%1: the Pixel Data element cannot be read.").arg(info.path));
        Uint32 frameSize = 0;
        if (pixelData->getUncompressedFrameSize(ds, frameSize).bad() || frameSize == 0)
            frameSize = Uint32(sliceBytes);
        // DCMTK's decoders refuse odd buffer sizes (e.g. a 3 x 3 RGB frame of 27 bytes).
        std::size_t bufferBytes = std::max<std::size_t>(frameSize, sliceBytes);
        bufferBytes += bufferBytes % 2;
        Uint32 startFragment = 0;
        for (int f = 0; f < info.frames && !cancel; ++f) {
            std::byte *dest = sliceOf(f);
            const bool direct = bufferBytes == sliceBytes;
            if (!direct)
                temp.resize(bufferBytes);
            std::byte *target = direct ? dest : temp.data();
            OFString colorModel;
            const OFCondition c = pixelData->getUncompressedFrame(ds, Uint32(f), startFragment, target, Uint32(bufferBytes),
                                                                  colorModel, &cache);
            if (c.bad()) {
                if (f == 0 && c == EC_CannotChangeRepresentation) {
                    // DCMTK has no codec for this syntax: let GDCM try the whole file. (Not on
                    // decoding errors: Debian's GDCM asserts on streams that disagree with the header.)
                    info.path_ = PixelPath::Gdcm;
                    qCDebug(lcDicom) << info.path << "DCMTK decode failed, trying GDCM:" << c.text();
                    return decodeFile(info, volume, done, cancel);
                }
                return makeError(ErrorCode::CorruptData, tr("%1: frame %2 cannot be decompressed (%3).")
                                                             .arg(info.path)
                                                             .arg(f + 1)
                                                             .arg(QString::fromLatin1(c.text())));
            }
            if (!direct)
                std::memcpy(dest, temp.data(), sliceBytes);
            const QString model = colorModel.empty() ? info.photometric : QString::fromLatin1(colorModel.c_str()).trimmed();
            // DCMTK's RLE decoder returns colour-by-plane data exactly as stored;
            // its JPEG decoders always return colour-by-pixel.
            const bool rle = info.xfer == EXS_RLELossless;
            finishFrame(info, dest, model, rle ? info.planar : 0, scratch);
            ++done;
        }
        break;
    }
    case PixelPath::Gdcm: return decodeWithGdcm(info, volume, done, cancel);
    }
    return std::nullopt;
}

PixelType pixelTypeOf(const FileInfo &info)
{
    switch (info.bitsAllocated) {
    case 1: return PixelType::UInt8;
    case 8: return info.isSigned ? PixelType::Int8 : PixelType::UInt8;
    case 16: return info.isSigned ? PixelType::Int16 : PixelType::UInt16;
    default: return info.isSigned ? PixelType::Int32 : PixelType::UInt32;
    }
}

bool sameOrientation(const std::optional<std::array<double, 6>> &a, const std::optional<std::array<double, 6>> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    for (std::size_t n = 0; n < 6; ++n)
        if (std::abs((*a)[n] - (*b)[n]) > 1e-3)
            return false;
    return true;
}

} // namespace

Result<Volume> VolumeLoader::loadSeries(const QStringList &files, const Options &options)
{
    if (files.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No files given to load."));
    registerCodecsOnce();
    const int threads = options.threads > 0 ? options.threads : std::max(1, int(std::thread::hardware_concurrency()));

    // 1. Headers, in parallel; pixel data stays on disk.
    std::vector<std::optional<Result<FileInfo>>> read(std::size_t(files.size()));
    std::atomic<int> done{0};
    int total = int(files.size()) * 2;
    const bool headersDone = runJobs(
        int(files.size()), threads,
        [&](int job, const std::atomic<bool> &) {
            read[std::size_t(job)].emplace(readFile(files[job]));
            ++done;
        },
        done, 0, total, options.progress);
    if (!headersDone)
        return makeError(ErrorCode::Cancelled, tr("Loading was cancelled."));

    std::vector<FileInfo> infos;
    infos.reserve(read.size());
    for (auto &r : read) {
        if (!r->ok())
            return r->error();
        infos.push_back(std::move(*r).value());
    }
    read.clear();

    // 2. Consistency: one image format and orientation for the whole series.
    const FileInfo &first = infos.front();
    std::vector<FrameRef> frames;
    for (std::size_t n = 0; n < infos.size(); ++n) {
        FileInfo &info = infos[n];
        if (info.rows != first.rows || info.columns != first.columns)
            return makeError(ErrorCode::Unsupported,
                             tr("%1: image size %2 x %3 differs from %4 x %5 in %6; the files are not one series.")
                                 .arg(info.path)
                                 .arg(info.columns)
                                 .arg(info.rows)
                                 .arg(first.columns)
                                 .arg(first.rows)
                                 .arg(first.path));
        if (info.bitsAllocated != first.bitsAllocated || info.samples != first.samples
            || info.isSigned != first.isSigned)
            return makeError(ErrorCode::Unsupported,
                             tr("%1: pixel format differs from %2; the files are not one series.").arg(info.path, first.path));
        for (FrameRef &f : info.frameRefs) {
            f.file = int(n);
            if (!sameOrientation(f.orientation, first.frameRefs.front().orientation))
                return makeError(ErrorCode::Unsupported,
                                 tr("%1: image orientation differs from %2; mixed orientations cannot form one volume.")
                                     .arg(info.path, first.path));
            frames.push_back(f);
        }
    }

    // 3. Slice order and geometry.
    const FrameRef &ref = frames.front();
    Vec3 row{1, 0, 0}, col{0, 1, 0};
    if (ref.orientation) {
        row = normalised(Vec3{(*ref.orientation)[0], (*ref.orientation)[1], (*ref.orientation)[2]});
        col = normalised(Vec3{(*ref.orientation)[3], (*ref.orientation)[4], (*ref.orientation)[5]});
    }
    Vec3 normal = normalised(cross(row, col));
    const bool degenerateOrientation = dot(normal, normal) < 0.5;
    if (degenerateOrientation) { // degenerate orientation in the file
        row = {1, 0, 0};
        col = {0, 1, 0};
        normal = {0, 0, 1};
    }
    const bool allPositions = std::all_of(frames.begin(), frames.end(), [](const FrameRef &f) { return f.position.has_value(); });
    std::vector<double> along(frames.size(), 0.0);
    bool byPosition = allPositions && frames.size() > 1;
    if (allPositions)
        for (std::size_t n = 0; n < frames.size(); ++n)
            along[n] = dot(*frames[n].position, normal);
    std::vector<std::size_t> order(frames.size());
    std::iota(order.begin(), order.end(), 0);
    if (byPosition) {
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return along[a] < along[b]; });
        for (std::size_t n = 1; n < order.size(); ++n)
            if (std::abs(along[order[n]] - along[order[n - 1]]) < 1e-4) {
                byPosition = false;
                qCDebug(lcDicom) << "Slices share a position: a stack of images in file order:" << infos[std::size_t(frames[order[n]].file)].path;
                break;
            }
    }
    if (!byPosition) {
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const FileInfo &fa = infos[std::size_t(frames[a].file)];
            const FileInfo &fb = infos[std::size_t(frames[b].file)];
            if (fa.instanceNumber != fb.instanceNumber)
                return fa.instanceNumber < fb.instanceNumber;
            if (frames[a].file != frames[b].file)
                return frames[a].file < frames[b].file;
            return frames[a].frame < frames[b].frame;
        });
    }

    Volume volume;
    VolumeGeometry &g = volume.geometry;
    g.size = {first.columns, first.rows, int(frames.size())};
    const FrameRef &firstSlice = frames[order.front()];
    if (firstSlice.pixelSpacing && (*firstSlice.pixelSpacing)[0] > 0 && (*firstSlice.pixelSpacing)[1] > 0) {
        g.spacing[0] = (*firstSlice.pixelSpacing)[1];
        g.spacing[1] = (*firstSlice.pixelSpacing)[0];
        volume.pixelSpacingKnown = true;
    }
    volume.orientationKnown = ref.orientation.has_value() && !degenerateOrientation;
    volume.sliceGeometryKnown = byPosition && volume.orientationKnown;
    if (byPosition) {
        g.spacing[2] = (along[order.back()] - along[order.front()]) / double(order.size() - 1);
        double worst = 0;
        for (std::size_t n = 1; n < order.size(); ++n)
            worst = std::max(worst, std::abs(along[order[n]] - along[order[n - 1]] - g.spacing[2]));
        if (worst > 0.01 * g.spacing[2] + 1e-3)
            qCWarning(lcDicom) << "Uneven slice spacing (up to" << worst << "mm off the mean) in" << first.path;
    } else if (firstSlice.spacingBetween && *firstSlice.spacingBetween > 0) {
        g.spacing[2] = *firstSlice.spacingBetween;
    } else if (firstSlice.thickness && *firstSlice.thickness > 0) {
        g.spacing[2] = *firstSlice.thickness;
    }
    if (firstSlice.position)
        g.origin = *firstSlice.position;
    g.axes = {row, col, normal};

    volume.pixelType = pixelTypeOf(first);
    volume.samplesPerPixel = first.samples;
    volume.photometric = first.samples == 3 ? Photometric::Rgb
                         : first.photometric == QLatin1String("MONOCHROME1") ? Photometric::Monochrome1
                                                                             : Photometric::Monochrome2;
    volume.modality = first.modality;
    volume.seriesInstanceUid = first.seriesUid;
    volume.description = first.description;
    if (const QStringList po = first.patientOrientation.split(QLatin1Char('\\')); po.size() == 2) {
        static const QRegularExpression letters(QStringLiteral("^[RLAPHF]+$"));
        if (letters.match(po[0].trimmed()).hasMatch() && letters.match(po[1].trimmed()).hasMatch())
            volume.patientOrientation = {po[0].trimmed(), po[1].trimmed()};
    }
    volume.rescaleType = first.rescaleType;
    if (volume.rescaleType.isEmpty() && volume.modality == QLatin1String("CT"))
        volume.rescaleType = QStringLiteral("HU");

    bool uniformRescale = true;
    for (std::size_t n = 0; n < order.size(); ++n) {
        const FrameRef &f = frames[order[n]];
        infos[std::size_t(f.file)].frameSlot.resize(std::size_t(infos[std::size_t(f.file)].frames), -1);
        infos[std::size_t(f.file)].frameSlot[std::size_t(f.frame)] = int(n);
        volume.sliceRescale.push_back(f.rescale);
        const Rescale &r0 = volume.sliceRescale.front();
        if (f.rescale.slope != r0.slope || f.rescale.intercept != r0.intercept)
            uniformRescale = false;
        const QString &p = infos[std::size_t(f.file)].path;
        if (volume.sourceFiles.isEmpty() || volume.sourceFiles.last() != p)
            if (!volume.sourceFiles.contains(p))
                volume.sourceFiles.append(p);
    }
    if (uniformRescale)
        volume.sliceRescale.resize(1);
    const FrameRef &middle = frames[order[order.size() / 2]];
    volume.defaultWindow = middle.window ? middle.window : firstSlice.window;
    if (volume.samplesPerPixel == 3)
        volume.defaultWindow.reset();

    try {
        volume.allocate();
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::Unsupported, tr("%1: not enough memory for %2 MB of voxels.")
                                                     .arg(first.path)
                                                     .arg(double(volume.geometry.voxelCount()) * volume.samplesPerPixel
                                                              * bytesPerSample(volume.pixelType) / 1e6,
                                                          0, 'f', 0));
    }

    // 4. Pixels, in parallel, each slice straight into its place in the volume.
    total = int(files.size()) + int(frames.size());
    done = 0;
    std::vector<std::optional<Error>> errors(infos.size());
    const bool decoded = runJobs(
        int(infos.size()), threads,
        [&](int job, const std::atomic<bool> &cancel) {
            errors[std::size_t(job)] = decodeFile(infos[std::size_t(job)], volume, done, cancel);
            infos[std::size_t(job)].format.reset();
        },
        done, int(files.size()), total, options.progress);
    if (!decoded)
        return makeError(ErrorCode::Cancelled, tr("Loading was cancelled."));
    for (const auto &e : errors)
        if (e)
            return *e;
    return volume;
}

} // namespace etalon::core::dicom
