#include "app/gui/AppSettings.h"
#include "app/gui/MainWindow.h"
#include "app/i18n/Translations.h"
#include "viewer/MprView.h"
#include "viewer/VtkOpenGLWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace etalon;

namespace {

/// Grabs the whole main window, the GL views included, once everything has been painted.
void saveScreenshotAndQuit(app::MainWindow *window, const QString &path)
{
    QTimer::singleShot(300, window, [window, path] {
        const QPixmap pixmap = window->grab();
        const bool saved = !pixmap.isNull() && pixmap.save(path);
        if (!saved)
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Cannot write the screenshot to %1.").arg(path)));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char **argv)
{
    viewer::VtkOpenGLWidget::setDefaultSurfaceFormat();
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Etalon"));
    QCoreApplication::setOrganizationName(QStringLiteral("Etalon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ETALON_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Etalon reference-dataset workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QCoreApplication::translate("main", "Open the workspace in DIR."),
                                             QStringLiteral("DIR"));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QCoreApplication::translate("main", "Open the series with this Series Instance UID."),
                                        QStringLiteral("SERIES_UID"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render one frame of the main window to FILE.png and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          QCoreApplication::translate("main", "Viewer layout: one or three."),
                                          QStringLiteral("LAYOUT"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QCoreApplication::translate("main", "User interface language: en or ru."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size WIDTHxHEIGHT (e.g. 1280x800)."),
                                        QStringLiteral("SIZE"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "Sign in as LOGIN with the password in ETALON_PASSWORD (otherwise a sign-in dialog asks)."),
        QStringLiteral("LOGIN"));
    parser.addOptions({workspaceOption, openOption, screenshotOption, layoutOption, languageOption, sizeOption, userOption});
    parser.process(application);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : app::AppSettings::language();
    app::installTranslations(language);

    app::MainWindow window;
    const bool screenshot = parser.isSet(screenshotOption);
    window.setQuiet(screenshot);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts[0].toInt(), parts[1].toInt());
    } else if (screenshot) {
        window.resize(1280, 800);
    }
    if (parser.value(layoutOption) == QLatin1String("one"))
        window.viewer()->setLayout(viewer::MprView::Layout::OneUp);

    if (parser.isSet(userOption))
        window.setCredentials(parser.value(userOption), qEnvironmentVariable("ETALON_PASSWORD"));
    if (parser.isSet(workspaceOption)) {
        if (!window.openWorkspace(parser.value(workspaceOption), screenshot) && screenshot) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "Cannot open the workspace %1.")
                                        .arg(QDir::toNativeSeparators(parser.value(workspaceOption)))));
            return 1;
        }
    } else if (!app::AppSettings::recentWorkspaces().isEmpty() && !screenshot) {
        window.openWorkspace(app::AppSettings::recentWorkspaces().first(), true);
    }
    window.show();

    if (parser.isSet(openOption)) {
        const QString uid = parser.value(openOption);
        if (screenshot) {
            QObject::connect(&window, &app::MainWindow::seriesLoaded, &window,
                             [&window, path = parser.value(screenshotOption)](const QString &, bool ok, const QString &message) {
                                 if (!ok)
                                     std::fprintf(stderr, "%s\n", qPrintable(message));
                                 saveScreenshotAndQuit(&window, path);
                             });
        }
        window.openSeries(uid);
    } else if (screenshot) {
        saveScreenshotAndQuit(&window, parser.value(screenshotOption));
    }
    if (screenshot) {
        QTimer::singleShot(180000, &application, [] {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Timed out waiting for the series to load.")));
            QCoreApplication::exit(1);
        });
    }
    return application.exec();
}
