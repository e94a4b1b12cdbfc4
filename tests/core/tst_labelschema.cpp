#include "core/model/LabelSchema.h"
#include "core/workflow/LabelSchemas.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

class TestLabelSchema : public QObject {
    Q_OBJECT

private slots:
    /// Every file in resources/schemas is built in, loads, and survives a JSON round trip.
    void builtInSchemasLoad()
    {
        const QStringList files = QDir(QStringLiteral(ETALON_SOURCE_DIR "/resources/schemas")).entryList({QStringLiteral("*.json")});
        const QList<LabelSchema> schemas = LabelSchemas::builtIn();
        QCOMPARE(schemas.size(), files.size());
        QVERIFY(schemas.size() >= 5);
        for (const LabelSchema &schema : schemas) {
            QVERIFY2(files.contains(schema.id + QStringLiteral(".json")), qPrintable(schema.id));
            QVERIFY(!schema.name.isEmpty() && !schema.nameRu.isEmpty());
            for (const LabelClass &c : schema.classes)
                QVERIFY2(!c.nameRu.isEmpty(), qPrintable(schema.id + QLatin1Char(' ') + c.code));
            const Result<LabelSchema> again = LabelSchema::fromJson(schema.toJson());
            QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
            QCOMPARE(again->toJson(), schema.toJson());
        }
    }

    void methodologyClasses()
    {
        const Result<LabelSchema> covid = LabelSchemas::builtIn(QStringLiteral("covid-ct-severity"));
        QVERIFY(covid.ok());
        QCOMPARE(covid->scale, ClassScale::Ordinal);
        QStringList codes;
        for (const LabelClass &c : covid->classes)
            codes.append(c.code);
        QCOMPARE(codes, (QStringList{"CT0", "CT1", "CT2", "CT3", "CT4"}));
        QCOMPARE(covid->classIndex(QStringLiteral("CT3")), 3);
        QCOMPARE(covid->classIndex(QStringLiteral("CT9")), -1);
        QCOMPARE(covid->classes.at(1).icd10, QStringLiteral("U07.1"));

        const Result<LabelSchema> binary = LabelSchemas::builtIn(QStringLiteral("binary-presence"));
        QCOMPARE(binary->classes.size(), 3);
        QCOMPARE(binary->classes.at(2).code, QStringLiteral("DEFECT"));

        const Result<LabelSchema> birads = LabelSchemas::builtIn(QStringLiteral("bi-rads"));
        QCOMPARE(birads->classes.size(), 7);
        QCOMPARE(birads->scale, ClassScale::Nominal); // BI-RADS 0 is not a rank

        const Result<LabelSchema> lung = LabelSchemas::builtIn(QStringLiteral("lung-rads"));
        QCOMPARE(lung->scale, ClassScale::Ordinal);
        QCOMPARE(lung->classIndex(QStringLiteral("LR4B")), 4);
        QVERIFY(lung->allows(FindingKind::Point) && lung->allows(FindingKind::Box) && !lung->allows(FindingKind::Mask));
        QCOMPARE(lung->attributes.size(), 2);
        QCOMPARE(lung->attributes.at(0).options, (QStringList{"solid", "part-solid", "ground-glass"}));

        QCOMPARE(LabelSchemas::builtIn(QStringLiteral("nope")).error().code, ErrorCode::NotFound);
    }

    void findingKindNames()
    {
        for (FindingKind kind : {FindingKind::Point, FindingKind::Box, FindingKind::Contour, FindingKind::Mask})
            QCOMPARE(findingKindFromName(findingKindName(kind)), std::optional<FindingKind>(kind));
        QCOMPARE(findingKindName(FindingKind::Contour), QStringLiteral("contour"));
        QVERIFY(!findingKindFromName(QStringLiteral("polygon")));
    }

    void rejectsBadSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        const QByteArray classes = R"("classes": [{"code": "A", "name": "A"}, {"code": "B", "name": "B"}])";
        QTest::newRow("not json") << QByteArray("{\"id\": ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "JSON object";
        QTest::newRow("no id") << QByteArray("{\"name\": \"x\", " + classes + "}") << "no \"id\"";
        QTest::newRow("bad id") << QByteArray("{\"id\": \"Bad Id\", \"name\": \"x\", " + classes + "}") << "Bad Id";
        QTest::newRow("misspelt key") << QByteArray("{\"id\": \"x\", \"name\": \"x\", \"clases\": []}") << "unknown key \"clases\"";
        QTest::newRow("bad scale") << QByteArray("{\"id\": \"x\", \"name\": \"x\", \"scale\": \"interval\", " + classes + "}") << "\"scale\"";
        QTest::newRow("duplicate code") << QByteArray(R"({"id": "x", "name": "x", "classes": [{"code": "A", "name": "A"}, {"code": "A", "name": "B"}]})")
                                        << "appears twice";
        QTest::newRow("one class") << QByteArray(R"({"id": "x", "name": "x", "classes": [{"code": "A", "name": "A"}]})") << "at least two";
        QTest::newRow("bad kind") << QByteArray("{\"id\": \"x\", \"name\": \"x\", \"findingKinds\": [\"polygon\"], " + classes + "}") << "polygon";
        QTest::newRow("bad colour") << QByteArray(R"({"id": "x", "name": "x", "classes": [{"code": "A", "name": "A", "colour": "red"}, {"code": "B", "name": "B"}]})")
                                    << "#rrggbb";
        QTest::newRow("nothing to answer") << QByteArray(R"({"id": "x", "name": "x", "studyClassRequired": false})") << "neither";
        QTest::newRow("future format") << QByteArray("{\"formatVersion\": 2, \"id\": \"x\", \"name\": \"x\", " + classes + "}") << "version 1";
        QTest::newRow("labels without kinds") << QByteArray("{\"id\": \"x\", \"name\": \"x\", \"findingLabels\": [{\"code\": \"N\", \"name\": \"N\"}], " + classes + "}")
                                              << "no finding kinds";
    }

    void rejectsBadSchemas()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const Result<LabelSchema> schema = LabelSchema::fromJson(json);
        QVERIFY(!schema.ok());
        QCOMPARE(schema.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(schema.error().message.contains(messagePart), qPrintable(schema.error().message));
    }

    void fileErrorsNameTheFile()
    {
        const Result<LabelSchema> missing = LabelSchemas::resolve(QStringLiteral("/nonexistent/schema.json"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("/nonexistent/schema.json")));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("{\"id\": \"x\"}");
        file.close();
        const Result<LabelSchema> bad = LabelSchemas::fromFile(file.fileName());
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.startsWith(file.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestLabelSchema)
#include "tst_labelschema.moc"
