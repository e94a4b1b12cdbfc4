#pragma once

#include "core/Result.h"
#include "core/store/Workspace.h"
#include "core/workflow/Session.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

/// Shared by the commands that act as a signed-in user: argument parsing, password input,
/// sign-in and the exit codes scripts rely on.
namespace etalon::app::cli {

/// Exit codes of etalon-cli.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitAuthentication = 3, ExitPermission = 4 };

/// The exit code for a core error: AuthenticationFailed 3, PermissionDenied 4, else 1.
int exitCodeFor(const core::Error &error);

/// Parsed arguments: positional words and --options. Options listed in valueOptions take
/// the next argument (repeatable ones collect every value); others are flags.
struct ParsedArgs {
    QStringList positional;
    QMap<QString, QStringList> values;
    QSet<QString> flags;
    bool help = false;
    QString error; ///< translated usage error, empty when parsing succeeded

    QString value(const QString &option) const { return values.value(option).value(0); }
    bool has(const QString &option) const { return values.contains(option) || flags.contains(option); }
};
ParsedArgs parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions);

/// A password from the environment variable envVar, else typed at the terminal without
/// echo (asked twice when confirm is set). nullopt when neither is possible or the typed
/// passwords differ; the message is already printed.
std::optional<QString> readPassword(const char *envVar, const QString &prompt, bool confirm);

/// An open workspace and the signed-in user.
struct SignedIn {
    std::unique_ptr<core::store::Workspace> workspace;
    std::optional<core::workflow::Session> session;
};

/// Opens the workspace dir and signs in login with the password from ETALON_PASSWORD or a
/// prompt. On failure prints why and returns the exit code (1 workspace, 2 no login or no
/// password available, 3 authentication failed) in *exitCode.
std::optional<SignedIn> signIn(const QString &dir, const QString &login, int *exitCode);

/// "--user LOGIN  ..." help lines shared by the commands.
QString signInHelp();

} // namespace etalon::app::cli
