#include "app/cli/CliOutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace etalon::app::cli {

void out(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::app::cli", text);
}

} // namespace etalon::app::cli
