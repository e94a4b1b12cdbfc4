#include "core/workflow/Timestamps.h"

#include <QTest>
#include <QTimeZone>

using namespace etalon::core::workflow;

/// The fast reader of stored timestamps gives exactly what QDateTime's ISO parser (then
/// taken as UTC) gives, for what the workspace writes and for anything else.
class TestTimestamps : public QObject {
    Q_OBJECT

private slots:
    void matchesQtParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("stored") << QStringLiteral("2024-05-01T10:00:00.000Z");
        QTest::newRow("no ms") << QStringLiteral("2024-05-01T10:00:00Z");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z");
        QTest::newRow("not a leap year") << QStringLiteral("2023-02-29T10:00:00.000Z");
        QTest::newRow("hour 25") << QStringLiteral("2024-05-01T25:00:00.000Z");
        QTest::newRow("month 13") << QStringLiteral("2024-13-01T10:00:00.000Z");
        QTest::newRow("letter") << QStringLiteral("2024-05-01T10:00:0a.000Z");
        QTest::newRow("offset") << QStringLiteral("2024-05-01T10:00:00.000+03:00");
        QTest::newRow("local") << QStringLiteral("2024-05-01T10:00:00");
        QTest::newRow("date only") << QStringLiteral("2024-05-01");
        QTest::newRow("tenths") << QStringLiteral("2024-05-01T10:00:00.5Z");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("year 0") << QStringLiteral("0000-01-01T00:00:00.000Z");
    }

    void matchesQtParser()
    {
        QFETCH(QString, text);
        QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        expected.setTimeZone(QTimeZone::utc());
        const QDateTime parsed = parseUtcTimestamp(QStringView(text));
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), expected.timeSpec());
            QCOMPARE(parsed.toString(Qt::ISODateWithMs), expected.toString(Qt::ISODateWithMs));
        }
    }

    void fieldsAndNulls()
    {
        // 2024-05-01T10:00:00.250Z is 1714557600 s after the epoch (19844 days * 86400 + 36000).
        const QDateTime t = parseUtcTimestamp(QStringView(u"2024-05-01T10:00:00.250Z"));
        QCOMPARE(t.toMSecsSinceEpoch(), (19844LL * 86400 + 36000) * 1000 + 250);
        QVERIFY(parseUtcTimestamp(QVariant(QMetaType(QMetaType::QString))).isNull());
        QVERIFY(parseUtcTimestamp(QStringView()).isNull());
        QCOMPARE(parseUtcTimestamp(QStringView(utcTimestampNow())).timeZone(), QTimeZone::utc());
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
