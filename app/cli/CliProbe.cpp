#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"

#include "core/dicom/HeaderReader.h"
#include "core/dicom/VolumeLoader.h"
#include "core/imaging/NiftiWriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace etalon::core;

namespace etalon::app::cli {

namespace {

/// One thing to decode: a single file, or the files of one series found in a folder.
struct ProbeItem {
    QStringList files;
    QString seriesUid;
    bool noPixelData = false;
    QString problem; ///< set when the item could not even be grouped (header unreadable)
};

struct Grouping {
    QList<ProbeItem> items;
    QStringList skipped; ///< "path: reason" for non-DICOM files found inside folders
};

/// Files given by name are probed one by one; folders are searched and their files grouped
/// by Series Instance UID (non-images reported as such, non-DICOM files skipped).
Grouping groupInputs(const QStringList &paths)
{
    Grouping g;
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (!fi.isDir()) {
            ProbeItem item;
            item.files = {path};
            if (fi.exists()) {
                auto header = dicom::readHeader(path);
                if (header.ok()) {
                    item.seriesUid = header->seriesInstanceUid;
                    item.noPixelData = !header->hasPixelData;
                }
            }
            g.items.append(item);
            continue;
        }
        QMap<QString, int> bySeries;
        const QStringList files = dicom::collectCandidateFiles({path});
        for (const QString &file : files) {
            auto header = dicom::readHeader(file);
            if (!header.ok()) {
                if (header.error().code == ErrorCode::NotDicom) {
                    g.skipped.append(header.error().message);
                } else {
                    ProbeItem item;
                    item.files = {file};
                    item.problem = header.error().message;
                    g.items.append(item);
                }
                continue;
            }
            if (!header->hasPixelData) {
                ProbeItem item;
                item.files = {file};
                item.seriesUid = header->seriesInstanceUid;
                item.noPixelData = true;
                g.items.append(item);
                continue;
            }
            const QString uid = header->seriesInstanceUid;
            if (uid.isEmpty() || !bySeries.contains(uid)) {
                ProbeItem item;
                item.seriesUid = uid;
                if (!uid.isEmpty())
                    bySeries.insert(uid, int(g.items.size()));
                g.items.append(item);
            }
            g.items[uid.isEmpty() ? g.items.size() - 1 : bySeries.value(uid)].files.append(file);
        }
    }
    return g;
}

struct Ranges {
    double storedMin = 0, storedMax = 0, modalityMin = 0, modalityMax = 0;
};

template <typename T>
void sliceRange(const std::byte *data, std::size_t count, double &lo, double &hi)
{
    const T *p = reinterpret_cast<const T *>(data);
    T mn = std::numeric_limits<T>::max(), mx = std::numeric_limits<T>::lowest();
    for (std::size_t n = 0; n < count; ++n) {
        mn = std::min(mn, p[n]);
        mx = std::max(mx, p[n]);
    }
    lo = double(mn);
    hi = double(mx);
}

Ranges valueRanges(const Volume &v)
{
    Ranges r;
    r.storedMin = r.modalityMin = std::numeric_limits<double>::infinity();
    r.storedMax = r.modalityMax = -std::numeric_limits<double>::infinity();
    const std::size_t count = v.sliceSampleCount();
    const std::size_t sliceBytes = count * std::size_t(bytesPerSample(v.pixelType));
    for (int k = 0; k < v.slices(); ++k) {
        const std::byte *s = v.voxels.get() + std::size_t(k) * sliceBytes;
        double lo = 0, hi = 0;
        switch (v.pixelType) {
        case PixelType::UInt8: sliceRange<std::uint8_t>(s, count, lo, hi); break;
        case PixelType::Int8: sliceRange<std::int8_t>(s, count, lo, hi); break;
        case PixelType::UInt16: sliceRange<std::uint16_t>(s, count, lo, hi); break;
        case PixelType::Int16: sliceRange<std::int16_t>(s, count, lo, hi); break;
        case PixelType::UInt32: sliceRange<std::uint32_t>(s, count, lo, hi); break;
        case PixelType::Int32: sliceRange<std::int32_t>(s, count, lo, hi); break;
        case PixelType::Float32: sliceRange<float>(s, count, lo, hi); break;
        case PixelType::Float64: sliceRange<double>(s, count, lo, hi); break;
        }
        r.storedMin = std::min(r.storedMin, lo);
        r.storedMax = std::max(r.storedMax, hi);
        const Rescale &rs = v.samplesPerPixel == 1 ? v.rescaleOfSlice(k) : Rescale{};
        const double a = rs.apply(lo), b = rs.apply(hi);
        r.modalityMin = std::min({r.modalityMin, a, b});
        r.modalityMax = std::max({r.modalityMax, a, b});
    }
    return r;
}

QString photometricName(Photometric p)
{
    switch (p) {
    case Photometric::Monochrome1: return QStringLiteral("MONOCHROME1");
    case Photometric::Monochrome2: return QStringLiteral("MONOCHROME2");
    case Photometric::Rgb: return QStringLiteral("RGB");
    }
    return {};
}

QJsonArray vec(const Vec3 &v)
{
    return QJsonArray{v[0], v[1], v[2]};
}

QJsonObject describe(const Volume &v)
{
    const Ranges r = valueRanges(v);
    QJsonObject o;
    o[QStringLiteral("seriesInstanceUid")] = v.seriesInstanceUid;
    o[QStringLiteral("modality")] = v.modality;
    o[QStringLiteral("size")] = QJsonArray{v.columns(), v.rows(), v.slices()};
    o[QStringLiteral("spacing")] = vec(v.geometry.spacing);
    o[QStringLiteral("origin")] = vec(v.geometry.origin);
    o[QStringLiteral("direction")] = QJsonArray{vec(v.geometry.axes[0]), vec(v.geometry.axes[1]), vec(v.geometry.axes[2])};
    o[QStringLiteral("pixelType")] = pixelTypeName(v.pixelType);
    o[QStringLiteral("samplesPerPixel")] = v.samplesPerPixel;
    o[QStringLiteral("photometric")] = photometricName(v.photometric);
    o[QStringLiteral("storedRange")] = QJsonArray{r.storedMin, r.storedMax};
    o[QStringLiteral("modalityRange")] = QJsonArray{r.modalityMin, r.modalityMax};
    QJsonArray rescale;
    for (const Rescale &rs : v.sliceRescale)
        rescale.append(QJsonObject{{QStringLiteral("slope"), rs.slope}, {QStringLiteral("intercept"), rs.intercept}});
    o[QStringLiteral("rescale")] = rescale;
    o[QStringLiteral("rescaleType")] = v.rescaleType;
    if (v.defaultWindow)
        o[QStringLiteral("defaultWindow")] = QJsonObject{{QStringLiteral("center"), v.defaultWindow->center},
                                                         {QStringLiteral("width"), v.defaultWindow->width}};
    else
        o[QStringLiteral("defaultWindow")] = QJsonValue::Null;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(v.voxels.get()), qsizetype(v.byteSize)));
    o[QStringLiteral("sha256")] = QString::fromLatin1(hash.result().toHex());
    return o;
}

void printText(const QJsonObject &o, const QStringList &files)
{
    out(files.size() == 1 ? files.first() : tr("%1 files, first %2").arg(files.size()).arg(files.first()));
    const auto arr = [&](const char *key) {
        QStringList parts;
        for (const QJsonValue &x : o.value(QLatin1String(key)).toArray())
            parts.append(x.isArray() ? QStringLiteral("(") + [&] {
                QStringList in;
                for (const QJsonValue &y : x.toArray())
                    in.append(QString::number(y.toDouble(), 'g', 10));
                return in.join(QLatin1Char(' '));
            }() + QStringLiteral(")")
                                     : QString::number(x.toDouble(), 'g', 10));
        return parts.join(QLatin1Char(' '));
    };
    out(QStringLiteral("  ") + tr("series:      %1").arg(o.value(QLatin1String("seriesInstanceUid")).toString()));
    out(QStringLiteral("  ") + tr("modality:    %1").arg(o.value(QLatin1String("modality")).toString()));
    out(QStringLiteral("  ") + tr("size:        %1 (columns rows slices)").arg(arr("size")));
    out(QStringLiteral("  ") + tr("spacing:     %1 mm").arg(arr("spacing")));
    out(QStringLiteral("  ") + tr("origin:      %1 (LPS mm)").arg(arr("origin")));
    out(QStringLiteral("  ") + tr("direction:   %1 (row, column, slice axes)").arg(arr("direction")));
    out(QStringLiteral("  ") + tr("pixel type:  %1, %2 sample(s), %3")
                                   .arg(o.value(QLatin1String("pixelType")).toString())
                                   .arg(o.value(QLatin1String("samplesPerPixel")).toInt())
                                   .arg(o.value(QLatin1String("photometric")).toString()));
    out(QStringLiteral("  ") + tr("stored:      %1 (before rescale)").arg(arr("storedRange")));
    out(QStringLiteral("  ") + tr("values:      %1 %2 (after rescale)").arg(arr("modalityRange"), o.value(QLatin1String("rescaleType")).toString()));
    const QJsonArray rescale = o.value(QLatin1String("rescale")).toArray();
    const QJsonObject r0 = rescale.first().toObject();
    out(QStringLiteral("  ")
        + (rescale.size() == 1 ? tr("rescale:     slope %1, intercept %2")
                                     .arg(r0.value(QLatin1String("slope")).toDouble())
                                     .arg(r0.value(QLatin1String("intercept")).toDouble())
                               : tr("rescale:     per slice (%1 values)").arg(rescale.size())));
    const QJsonValue w = o.value(QLatin1String("defaultWindow"));
    out(QStringLiteral("  ")
        + (w.isObject() ? tr("window:      center %1, width %2")
                              .arg(w.toObject().value(QLatin1String("center")).toDouble())
                              .arg(w.toObject().value(QLatin1String("width")).toDouble())
                        : tr("window:      none in the file")));
    out(QStringLiteral("  ") + tr("sha256:      %1").arg(o.value(QLatin1String("sha256")).toString()));
}

QStringList filesArray(const QStringList &files)
{
    return files;
}

void printProbeHelp()
{
    out(tr("Usage: etalon-cli probe PATH... [--json] [--threads N]"));
    out(QString());
    out(tr("Decodes each DICOM file named, and each series found in a folder (files grouped by"));
    out(tr("Series Instance UID), and describes the result: size, spacing, origin and direction"));
    out(tr("(DICOM patient LPS coordinates), pixel type, photometric interpretation, value ranges,"));
    out(tr("rescale, default window."));
    out(QString());
    out(tr("sha256 is the SHA-256 of the decoded stored pixel values: before rescale, in their"));
    out(tr("stored type (e.g. int16), little-endian, slices sorted along the slice normal, each"));
    out(tr("slice row by row; colour images as interleaved RGB samples."));
    out(QString());
    out(tr("  --json       print a JSON array with one object per file or series"));
    out(tr("  --threads N  decoding threads (default: all cores)"));
    out(QString());
    out(tr("Exit status: 0 all decoded, 1 some item failed (reasons on stderr), 2 usage error."));
    out(tr("Objects without pixel data (SR, RT plan, ...) are reported as \"no pixel data\"."));
}

bool parseThreads(QStringList &args, int &threads)
{
    const int at = int(args.indexOf(QStringLiteral("--threads")));
    if (at < 0)
        return true;
    bool ok = false;
    if (at + 1 < args.size())
        threads = args.at(at + 1).toInt(&ok);
    if (!ok || threads < 0)
        return false;
    args.remove(at, 2);
    return true;
}

} // namespace

int runProbe(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        printProbeHelp();
        return 0;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    int threads = 0;
    if (!parseThreads(args, threads)) {
        err(tr("probe: --threads needs a number."));
        return 2;
    }
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--"))) {
            err(tr("probe: unknown option '%1' (see etalon-cli probe --help).").arg(a));
            return 2;
        }
    if (args.isEmpty()) {
        err(tr("probe: give at least one file or folder (see etalon-cli probe --help)."));
        return 2;
    }

    const Grouping grouping = groupInputs(args);
    for (const QString &s : grouping.skipped)
        err(tr("skipped: %1").arg(s));

    bool anyFailed = false;
    QJsonArray results;
    for (const ProbeItem &item : grouping.items) {
        QJsonObject o;
        o[QStringLiteral("paths")] = QJsonArray::fromStringList(filesArray(item.files));
        if (!item.problem.isEmpty()) {
            anyFailed = true;
            err(item.problem);
            o[QStringLiteral("status")] = QStringLiteral("error");
            o[QStringLiteral("error")] = item.problem;
        } else if (item.noPixelData) {
            o[QStringLiteral("status")] = QStringLiteral("no pixel data");
            o[QStringLiteral("seriesInstanceUid")] = item.seriesUid;
            if (!json)
                out(tr("%1\n  no pixel data (not an image)").arg(item.files.first()));
        } else {
            dicom::VolumeLoader::Options options;
            options.threads = threads;
            auto volume = dicom::VolumeLoader::loadSeries(item.files, options);
            if (!volume.ok()) {
                anyFailed = true;
                err(volume.error().message);
                o[QStringLiteral("status")] = QStringLiteral("error");
                o[QStringLiteral("error")] = volume.error().message;
            } else {
                const QJsonObject d = describe(*volume);
                for (auto it = d.begin(); it != d.end(); ++it)
                    o[it.key()] = it.value();
                o[QStringLiteral("paths")] = QJsonArray::fromStringList(volume->sourceFiles);
                o[QStringLiteral("status")] = QStringLiteral("ok");
                if (!json)
                    printText(o, volume->sourceFiles);
            }
        }
        results.append(o);
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)).trimmed());
    if (grouping.items.isEmpty()) {
        err(tr("probe: no DICOM files found in %1.").arg(args.join(QStringLiteral(", "))));
        return 1;
    }
    return anyFailed ? 1 : 0;
}

int runConvert(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out(tr("Usage: etalon-cli convert PATH... --output FILE.nii[.gz] [--threads N]"));
        out(QString());
        out(tr("Loads exactly one series (files, or folders searched for DICOM files) and writes it"));
        out(tr("as NIfTI-1. Stored values are written with the rescale in scl_slope/scl_inter when"));
        out(tr("the rescale is the same for all slices, otherwise modality values as float32."));
        out(tr("The affine maps voxels to the same patient points as the DICOM geometry (RAS)."));
        out(QString());
        out(tr("Exit status: 0 written, 1 failed (reason on stderr), 2 usage error."));
        return 0;
    }
    QString output;
    const int at = int(args.indexOf(QStringLiteral("--output")));
    if (at >= 0) {
        if (at + 1 >= args.size()) {
            err(tr("convert: --output needs a file name."));
            return 2;
        }
        output = args.at(at + 1);
        args.remove(at, 2);
    }
    int threads = 0;
    if (!parseThreads(args, threads)) {
        err(tr("convert: --threads needs a number."));
        return 2;
    }
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--"))) {
            err(tr("convert: unknown option '%1' (see etalon-cli convert --help).").arg(a));
            return 2;
        }
    if (output.isEmpty() || args.isEmpty()) {
        err(tr("convert: give the DICOM files or folder and --output FILE.nii[.gz] (see etalon-cli convert --help)."));
        return 2;
    }
    if (!output.endsWith(QLatin1String(".nii")) && !output.endsWith(QLatin1String(".nii.gz"))) {
        err(tr("convert: the output name must end in .nii or .nii.gz: %1").arg(output));
        return 2;
    }

    // One file named: load it directly. Otherwise group by series and demand exactly one.
    QStringList files;
    if (args.size() == 1 && !QFileInfo(args.first()).isDir()) {
        files = args;
    } else {
        QStringList candidates;
        for (const QString &a : args)
            candidates += QFileInfo(a).isDir() ? dicom::collectCandidateFiles({a}) : QStringList{a};
        QMap<QString, QStringList> bySeries;
        for (const QString &file : candidates) {
            auto header = dicom::readHeader(file);
            if (!header.ok()) {
                if (header.error().code != ErrorCode::NotDicom) {
                    err(header.error().message);
                    return 1;
                }
                continue;
            }
            if (header->hasPixelData)
                bySeries[header->seriesInstanceUid].append(file);
        }
        if (bySeries.isEmpty()) {
            err(tr("convert: no DICOM images found in %1.").arg(args.join(QStringLiteral(", "))));
            return 1;
        }
        if (bySeries.size() > 1) {
            err(tr("convert: found %1 series; convert one at a time (name its files or folder):").arg(bySeries.size()));
            for (auto it = bySeries.begin(); it != bySeries.end(); ++it)
                err(QStringLiteral("  %1  (%2 files, e.g. %3)").arg(it.key()).arg(it.value().size()).arg(it.value().first()));
            return 1;
        }
        files = bySeries.first();
    }

    dicom::VolumeLoader::Options options;
    options.threads = threads;
    auto volume = dicom::VolumeLoader::loadSeries(files, options);
    if (!volume.ok()) {
        err(volume.error().message);
        return 1;
    }
    const Result<void> written = imaging::writeNifti(*volume, output);
    if (!written.ok()) {
        err(written.error().message);
        return 1;
    }
    return 0;
}

} // namespace etalon::app::cli
