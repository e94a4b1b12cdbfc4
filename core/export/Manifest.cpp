#include "core/export/Manifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace etalon::core::release {

namespace {

bool byUtf8(const ManifestEntry &a, const ManifestEntry &b)
{
    return a.path.toUtf8() < b.path.toUtf8();
}

bool isHex64(const QByteArray &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

/// The first few names of a list, for messages ("a, b, c and 4 more").
QString firstFew(const QStringList &names)
{
    constexpr int Shown = 3;
    QStringList shown = names.mid(0, Shown);
    QString text = shown.join(QStringLiteral(", "));
    if (names.size() > Shown)
        text += Manifest::tr(" and %n more", nullptr, int(names.size() - Shown));
    return text;
}

} // namespace

Result<QString> Manifest::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::IoError,
                         tr("Cannot read %1 to compute its checksum: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(ErrorCode::IoError,
                         tr("Cannot read %1 to compute its checksum: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<ManifestEntry>> Manifest::compute(const QString &folder)
{
    const QDir root(folder);
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, tr("The bundle folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    QList<ManifestEntry> entries;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative == QLatin1String(FileName))
            continue;
        Result<QString> sha = fileSha256(path);
        if (!sha)
            return sha.error();
        entries.append(ManifestEntry{relative, *sha});
    }
    std::sort(entries.begin(), entries.end(), byUtf8);
    return entries;
}

QByteArray Manifest::format(const QList<ManifestEntry> &entries)
{
    QByteArray text;
    for (const ManifestEntry &e : entries) {
        QByteArray path = e.path.toUtf8();
        const bool escaped = path.contains('\\') || path.contains('\n');
        if (escaped) {
            path.replace("\\", "\\\\");
            path.replace("\n", "\\n");
            text += '\\';
        }
        text += e.sha256.toLower().toLatin1() + "  " + path + '\n';
    }
    return text;
}

Result<QList<ManifestEntry>> Manifest::parse(const QByteArray &text, const QString &source)
{
    QList<ManifestEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const bool escaped = line.startsWith('\\');
        if (escaped)
            line.remove(0, 1);
        const QByteArray hex = line.left(64);
        // "<hex>  <path>" (text mode) or "<hex> *<path>" (binary mode).
        if (!isHex64(hex) || line.size() < 67 || line[64] != ' ' || (line[65] != ' ' && line[65] != '*')) {
            return makeError(ErrorCode::CorruptData,
                             tr("Line %1 of %2 is not '<SHA-256>  <file>'; the manifest is damaged. Re-export the bundle "
                                "or get an intact copy.")
                                 .arg(i + 1)
                                 .arg(QDir::toNativeSeparators(source)));
        }
        QByteArray path = line.mid(66);
        if (escaped) {
            QByteArray unescaped;
            for (int k = 0; k < path.size(); ++k) {
                if (path[k] == '\\' && k + 1 < path.size()) {
                    ++k;
                    unescaped += path[k] == 'n' ? '\n' : path[k];
                } else {
                    unescaped += path[k];
                }
            }
            path = unescaped;
        }
        entries.append(ManifestEntry{QString::fromUtf8(path), QString::fromLatin1(hex).toLower()});
    }
    return entries;
}

Result<QString> Manifest::write(const QString &folder)
{
    Result<QList<ManifestEntry>> entries = compute(folder);
    if (!entries)
        return entries.error();
    const QByteArray text = format(*entries);
    const QString path = QDir(folder).filePath(QLatin1String(FileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        return makeError(ErrorCode::IoError,
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<ManifestCheck> Manifest::check(const QString &folder)
{
    const QString path = QDir(folder).filePath(QLatin1String(FileName));
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound, tr("%1 has no %2; it is not a release bundle, or the manifest was removed.")
                                                  .arg(QDir::toNativeSeparators(folder), QLatin1String(FileName)));
    }
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    Result<QList<ManifestEntry>> listed = parse(file.readAll(), path);
    if (!listed)
        return listed.error();
    Result<QList<ManifestEntry>> present = compute(folder);
    if (!present)
        return present.error();

    ManifestCheck result;
    result.listed = int(listed->size());
    QHash<QString, QString> actual;
    for (const ManifestEntry &e : *present)
        actual.insert(e.path, e.sha256);
    QSet<QString> seen;
    for (const ManifestEntry &e : *listed) {
        seen.insert(e.path);
        const auto found = actual.constFind(e.path);
        if (found == actual.constEnd())
            result.missing.append(e.path);
        else if (found.value() != e.sha256)
            result.changed.append(e.path);
    }
    for (const ManifestEntry &e : *present) {
        if (!seen.contains(e.path))
            result.extra.append(e.path);
    }
    result.missing.sort();
    result.changed.sort();
    result.extra.sort();
    return result;
}

Result<void> Manifest::verify(const QString &folder)
{
    Result<ManifestCheck> checked = check(folder);
    if (!checked)
        return checked.error();
    if (checked->ok())
        return {};
    QStringList parts;
    if (!checked->changed.isEmpty())
        parts.append(tr("%n file(s) changed: %1", nullptr, int(checked->changed.size())).arg(firstFew(checked->changed)));
    if (!checked->missing.isEmpty())
        parts.append(tr("%n file(s) missing: %1", nullptr, int(checked->missing.size())).arg(firstFew(checked->missing)));
    if (!checked->extra.isEmpty())
        parts.append(tr("%n file(s) not in the manifest: %1", nullptr, int(checked->extra.size())).arg(firstFew(checked->extra)));
    return makeError(ErrorCode::CorruptData,
                     tr("The bundle %1 does not match its %2: %3. Get an intact copy of the release.")
                         .arg(QDir::toNativeSeparators(folder), QLatin1String(FileName), parts.join(QStringLiteral("; "))));
}

} // namespace etalon::core::release
