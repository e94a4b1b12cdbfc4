#pragma once

#include "core/Result.h"
#include "core/model/Volume.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace etalon::core::dicom {

/// Decodes DICOM images into geometry-correct volumes.
/// DCMTK decodes uncompressed (little/big endian, deflate), RLE, JPEG and JPEG-LS; GDCM
/// decodes JPEG 2000. Colour images become interleaved RGB (YBR converted, planar
/// interleaved); MONOCHROME1 is kept as stored and recorded in Volume::photometric.
class VolumeLoader {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::dicom::VolumeLoader)

public:
    struct Options {
        int threads = 0; ///< decoding threads; 0: one per core
        /// Called on the calling thread with (steps done, steps total), where a step is one
        /// file's header and then one decoded slice; return false to cancel (the load then
        /// fails with ErrorCode::Cancelled).
        std::function<bool(int, int)> progress;
    };

    /// Loads one series from its instance files (or one multi-frame file): slices are
    /// sorted by Image Position (Patient) projected on the slice normal (row × column
    /// cosines), spacing comes from the positions; without distinct positions the files
    /// keep Instance Number order (frames: file order) and the spacing comes from Spacing
    /// Between Slices or Slice Thickness. Files that differ in rows, columns, pixel format or
    /// orientation are rejected, naming the file. Errors: NotDicom (not a DICOM file),
    /// CorruptData (truncated, pixel data shorter than the header says, undecodable),
    /// Unsupported (no pixel data, unsupported format, absurd size), Cancelled.
    static Result<Volume> loadSeries(const QStringList &files, const Options &options);
    static Result<Volume> loadSeries(const QStringList &files) { return loadSeries(files, Options{}); }
    static Result<Volume> loadFile(const QString &file) { return loadSeries(QStringList{file}, Options{}); }
};

} // namespace etalon::core::dicom
