#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace etalon::core::workflow {

/// The stored form of a moment: ISO 8601 UTC with milliseconds, "2024-05-01T10:00:00.000Z".
QString utcTimestampNow();

/// A stored timestamp as a QDateTime in the UTC QTimeZone (as fromString + setTimeZone(utc)
/// gives); a null QDateTime for an empty string.
/// "YYYY-MM-DDTHH:MM:SS[.zzz]Z" (what the workspace writes) is parsed by hand, since
/// QDateTime::fromString dominates the cost of listing 100,000 rows; any other form goes
/// through QDateTime::fromString(Qt::ISODateWithMs) and is then taken as UTC.
QDateTime parseUtcTimestamp(QStringView text);

/// As above for a column value; NULL gives a null QDateTime.
inline QDateTime parseUtcTimestamp(const QVariant &value)
{
    return value.isNull() ? QDateTime() : parseUtcTimestamp(QStringView(value.toString()));
}

} // namespace etalon::core::workflow
