#pragma once

#include <QString>

namespace etalon::app::cli {

/// Writes a line to standard output / standard error (UTF-8).
void out(const QString &line);
void err(const QString &line);
/// Translates CLI text in the "etalon::app::cli" context, the one lupdate gives tr() calls
/// in free functions of this namespace.
QString tr(const char *text);

} // namespace etalon::app::cli
