#pragma once

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

/// Independent reference values from pydicom (Debian's python3-pydicom), computed by
/// tests/core/dicom_reference.py. Tests compare Etalon's indexing against them.
namespace etalon::testing {

inline bool pydicomAvailable()
{
    return QFile::exists(QStringLiteral("/usr/bin/python3"));
}

/// Runs the reference script; a null document if it failed (the reason is logged).
inline QJsonDocument pydicomReference(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  QStringList{QStringLiteral(ETALON_SOURCE_DIR "/tests/core/dicom_reference.py")} + args);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "pydicom reference script failed:" << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput());
}

/// {series uid: {"study", "instances", "frames"}} and the files pydicom cannot read.
struct SeriesReference {
    QJsonObject series;
    QStringList unreadable;
    bool valid = false;
};

inline SeriesReference pydicomSeries(const QStringList &paths)
{
    SeriesReference ref;
    const QJsonDocument doc = pydicomReference(QStringList{QStringLiteral("series")} + paths);
    if (!doc.isObject())
        return ref;
    ref.series = doc.object().value(QStringLiteral("series")).toObject();
    for (const QJsonValue &v : doc.object().value(QStringLiteral("unreadable")).toArray())
        ref.unreadable.append(v.toString());
    ref.valid = true;
    return ref;
}

} // namespace etalon::testing
