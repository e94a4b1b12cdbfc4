#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace etalon::core::release {

/// One file of a bundle as the manifest lists it.
struct ManifestEntry {
    QString path;   ///< relative to the bundle folder, '/' separators
    QString sha256; ///< lowercase hex
};

/// What Manifest::check found: the files listed but missing, the files whose content no
/// longer matches, and the files present but not listed (each sorted, relative paths).
struct ManifestCheck {
    int listed = 0;          ///< entries in the manifest
    QStringList missing;
    QStringList changed;
    QStringList extra;
    bool ok() const { return missing.isEmpty() && changed.isEmpty() && extra.isEmpty(); }
};

/// MANIFEST.sha256 of a release bundle: one line per file, "<64 hex>  <relative path>",
/// sorted by the UTF-8 bytes of the path, the manifest itself left out: the format
/// `sha256sum -c MANIFEST.sha256` accepts in the bundle folder (a path holding a backslash
/// or a newline is written with GNU coreutils' escaping: the line starts with '\').
/// Every regular file under the folder is listed, hidden files included; symbolic links
/// are followed as sha256sum does.
class Manifest {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::release::Manifest)

public:
    static constexpr const char *FileName = "MANIFEST.sha256";

    /// Hashes every file of folder (except a MANIFEST.sha256 at its root), sorted.
    static Result<QList<ManifestEntry>> compute(const QString &folder);
    /// The manifest text of entries (in the given order).
    static QByteArray format(const QList<ManifestEntry> &entries);
    /// Parses manifest text; source names the file in error messages.
    static Result<QList<ManifestEntry>> parse(const QByteArray &text, const QString &source);
    /// Writes folder/MANIFEST.sha256 (replacing one that is there) and returns the SHA-256
    /// of the written manifest (lowercase hex), the hash a release records.
    static Result<QString> write(const QString &folder);
    /// Compares folder with its MANIFEST.sha256. An error only when the manifest is missing
    /// or unreadable, or a file cannot be read.
    static Result<ManifestCheck> check(const QString &folder);
    /// check() as a verdict: success when everything matches; otherwise CorruptData with a
    /// message naming the first few missing, changed and extra files.
    static Result<void> verify(const QString &folder);

    /// Lowercase hex SHA-256 of a file's content.
    static Result<QString> fileSha256(const QString &path);
};

} // namespace etalon::core::release
