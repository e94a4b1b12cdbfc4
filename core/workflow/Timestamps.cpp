#include "core/workflow/Timestamps.h"

#include <QTimeZone>

namespace etalon::core::workflow {

namespace {

/// The value of text[from, from + count) as decimal digits, -1 when any is not a digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

const QTimeZone &utcZone()
{
    static const QTimeZone zone = QTimeZone::utc();
    return zone;
}

bool at(QStringView text, qsizetype i, char16_t c)
{
    return text[i].unicode() == c;
}

} // namespace

QString utcTimestampNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseUtcTimestamp(QStringView text)
{
    if (text.isEmpty())
        return {};
    // 0123456789012345678901234
    // YYYY-MM-DDTHH:MM:SSZ / YYYY-MM-DDTHH:MM:SS.zzzZ
    const qsizetype n = text.size();
    if ((n == 20 || n == 24) && at(text, 4, u'-') && at(text, 7, u'-') && at(text, 10, u'T') && at(text, 13, u':') &&
        at(text, 16, u':') && at(text, n - 1, u'Z') && (n == 20 || at(text, 19, u'.'))) {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int ms = n == 24 ? digits(text, 20, 3) : 0;
        const QDate date(year, month, day);
        const QTime time(hour, minute, second, ms);
        // Invalid parts (a digit missing, 2024-02-30, 25:00) leave date or time invalid:
        // those strings take the general path below, which decides as before.
        if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && ms >= 0 && date.isValid() &&
            time.isValid())
            return QDateTime(date, time, utcZone());
    }
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    t.setTimeZone(utcZone());
    return t;
}

} // namespace etalon::core::workflow
