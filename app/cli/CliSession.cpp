#include "app/cli/CliSession.h"

#include "app/cli/CliOutput.h"
#include "core/workflow/Users.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace etalon::core;

namespace etalon::app::cli {

int exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::AuthenticationFailed:
        return ExitAuthentication;
    case ErrorCode::PermissionDenied:
        return ExitPermission;
    default:
        return ExitFailure;
    }
}

ParsedArgs parseArgs(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    ParsedArgs parsed;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            parsed.help = true;
        } else if (valueOptions.contains(arg)) {
            if (i + 1 >= args.size()) {
                parsed.error = tr("The option %1 needs a value.").arg(arg);
                return parsed;
            }
            parsed.values[arg].append(args.at(++i));
        } else if (flagOptions.contains(arg)) {
            parsed.flags.insert(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            parsed.error = tr("Unknown option '%1'.").arg(arg);
            return parsed;
        } else {
            parsed.positional.append(arg);
        }
    }
    return parsed;
}

namespace {

/// Reads one line from the terminal with echo off; nullopt without a terminal.
std::optional<QString> promptHidden(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    if (!isatty(fd)) {
        std::fclose(tty);
        return std::nullopt;
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios saved{};
    const bool haveAttrs = tcgetattr(fd, &saved) == 0;
    if (haveAttrs) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSANOW, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n')
        line.push_back(char(c));
    if (haveAttrs)
        tcsetattr(fd, TCSANOW, &saved);
    std::fclose(tty);
    if (c == EOF && line.empty())
        return std::nullopt;
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

} // namespace

std::optional<QString> readPassword(const char *envVar, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    const std::optional<QString> first = promptHidden(prompt);
    if (!first) {
        err(tr("No password: set %1 or run in a terminal to be asked.").arg(QString::fromLatin1(envVar)));
        return std::nullopt;
    }
    if (confirm) {
        const std::optional<QString> second = promptHidden(tr("Repeat the password: "));
        if (!second || *second != *first) {
            err(tr("The passwords differ; nothing was changed."));
            return std::nullopt;
        }
    }
    return first;
}

std::optional<SignedIn> signIn(const QString &dir, const QString &login, int *exitCode)
{
    if (login.isEmpty()) {
        err(tr("This command needs --user LOGIN (and the password in ETALON_PASSWORD or typed when asked)."));
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Result<std::unique_ptr<store::Workspace>> workspace = store::Workspace::open(dir);
    if (!workspace) {
        err(tr("Cannot open the workspace: %1").arg(workspace.error().message));
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    const std::optional<QString> password = readPassword("ETALON_PASSWORD", tr("Password for %1: ").arg(login), false);
    if (!password) {
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    Result<workflow::Session> session = workflow::Users::authenticate(**workspace, login, *password);
    if (!session) {
        err(session.error().message);
        *exitCode = exitCodeFor(session.error());
        return std::nullopt;
    }
    SignedIn signedIn;
    signedIn.workspace = std::move(*workspace);
    signedIn.session = *session;
    return signedIn;
}

QString signInHelp()
{
    return tr("  --user LOGIN     the account to act as; its password comes from the environment\n"
              "                   variable ETALON_PASSWORD or is asked for at the terminal (not echoed)\n");
}

} // namespace etalon::app::cli
