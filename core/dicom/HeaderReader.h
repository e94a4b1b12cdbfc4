#pragma once

#include "core/Result.h"
#include "core/dicom/InstanceHeader.h"

#include <QStringList>


namespace etalon::core::dicom {

/// Reads the header of one file with DCMTK, stopping before Pixel Data.
/// Not DICOM, truncated or unreadable files give an Error whose message names the file.
Result<InstanceHeader> readHeader(const QString &path);

/// Expands the given paths (files, folders searched recursively, DICOMDIR files whose
/// referenced files are listed) into candidate DICOM files, sorted, without duplicates.
/// DICOMDIR files themselves are not returned.
QStringList collectCandidateFiles(const QStringList &paths);

} // namespace etalon::core::dicom
