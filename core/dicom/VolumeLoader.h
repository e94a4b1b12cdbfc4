#pragma once

#include "core/Result.h"
#include "core/model/Volume.h"

#include <QStringList>

#include <functional>

namespace etalon::core::dicom {

/// Decodes DICOM images into geometry-correct volumes.
/// DCMTK decodes uncompressed, deflate, RLE, JPEG and JPEG-LS; GDCM decodes JPEG 2000.
class VolumeLoader {
public:
    struct Options {
        int threads = 0; ///< 0: one per core
        /// Called with (slices done, slices total); return false to cancel.
        std::function<bool(int, int)> progress;
    };

    /// Loads one series from its instance files: slices are sorted by Image Position
    /// (Patient) along the slice normal, spacing comes from the positions. A single file
    /// may be a 2D image or a multi-frame object.
    static Result<Volume> loadSeries(const QStringList &files, const Options &options);
    static Result<Volume> loadSeries(const QStringList &files) { return loadSeries(files, Options{}); }
    static Result<Volume> loadFile(const QString &file) { return loadSeries(QStringList{file}, Options{}); }
};

} // namespace etalon::core::dicom
