// Russian reaches every layer: core's error messages, the CLI and the GUI's strings all
// find their translations (the contexts the code asks for are the ones lupdate wrote).
#include "app/i18n/Translations.h"
#include "core/dicom/HeaderReader.h"
#include "core/dicom/VolumeLoader.h"
#include "core/model/LabelSchema.h"
#include "core/store/Workspace.h"
#include "core/workflow/DisagreementThresholds.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon;

namespace {
bool hasCyrillic(const QString &text)
{
    static const QRegularExpression cyrillic(QStringLiteral("[\\x{0400}-\\x{04FF}]"));
    return text.contains(cyrillic);
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { app::installTranslations(QStringLiteral("en")); }

    void systemLocaleChoosesLanguage()
    {
        // Without an explicit choice the language follows the system locale.
        auto helpIn = [](const QString &locale) {
            QProcess cli;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("ETALON_LANG"));
            env.remove(QStringLiteral("LANGUAGE"));
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANG"), locale);
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), {QStringLiteral("--help")});
            cli.waitForFinished(30000);
            return QString::fromUtf8(cli.readAllStandardOutput());
        };
        QVERIFY(hasCyrillic(helpIn(QStringLiteral("ru_RU.UTF-8"))));
        const QString english = helpIn(QStringLiteral("C.UTF-8"));
        QVERIFY2(!hasCyrillic(english) && english.contains(QStringLiteral("Usage")), qPrintable(english));
        QCOMPARE(app::resolveLanguage(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(app::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    }

    void coreMessagesAreTranslated()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not DICOM, just a note that someone left in the folder\n");
        file.close();
        const QString missing = dir.filePath(QStringLiteral("no-workspace-here"));

        app::installTranslations(QStringLiteral("en"));
        const auto headerEn = core::dicom::readHeader(text);
        const auto workspaceEn = core::store::Workspace::open(missing);
        const auto volumeEn = core::dicom::VolumeLoader::loadFile(text);
        QVERIFY(!headerEn.ok() && !workspaceEn.ok() && !volumeEn.ok());
        QVERIFY(!hasCyrillic(headerEn.error().message));

        QCOMPARE(app::installTranslations(QStringLiteral("ru")), QStringLiteral("ru"));
        const auto headerRu = core::dicom::readHeader(text);
        const auto workspaceRu = core::store::Workspace::open(missing);
        const auto volumeRu = core::dicom::VolumeLoader::loadFile(text);
        for (const QString &message : {headerRu.error().message, workspaceRu.error().message, volumeRu.error().message}) {
            QVERIFY2(hasCyrillic(message), qPrintable(message));
        }
        // Messages from free functions and from members of the same file both translate.
        const auto schema = core::LabelSchema::fromJson("{\"id\": \"x\"}");
        const auto notJson = core::LabelSchema::fromJson("not json");
        const auto thresholds = core::workflow::DisagreementThresholds::fromJson(QJsonObject{{QStringLiteral("iou"), -1}});
        QVERIFY(!schema.ok() && !notJson.ok() && !thresholds.ok());
        for (const QString &message : {schema.error().message, notJson.error().message, thresholds.error().message}) {
            QVERIFY2(hasCyrillic(message), qPrintable(message));
        }
        // The translated message still names the file.
        QVERIFY(headerRu.error().message.contains(text));
        QVERIFY(volumeRu.error().message.contains(text));
    }

    void cliSpeaksRussian()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ETALON_LANG"), QStringLiteral("ru"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), {QStringLiteral("--help")});
        QVERIFY(cli.waitForFinished(30000));
        const QString help = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(hasCyrillic(help), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("workspace create DIR")));

        cli.start(QStringLiteral(ETALON_BIN_DIR "/etalon-cli"), {QStringLiteral("list"), QStringLiteral("/nonexistent/workspace")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString error = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(hasCyrillic(error), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/workspace")));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
