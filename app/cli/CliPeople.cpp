#include "app/cli/CliOutput.h"
#include "app/cli/CliSession.h"
#include "app/cli/Commands.h"

#include "core/workflow/Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace etalon::app::cli {

namespace {

QString exitCodesHelp()
{
    return tr("Exit codes: 0 done, 1 failed (e.g. the login exists), 2 usage error or no password available,\n"
              "3 authentication failed, 4 permission denied (only coordinators manage accounts).");
}

void printUserHelp()
{
    out(tr("Usage: etalon-cli user add DIR --user LOGIN --login NEW --name \"FULL NAME\" --role ROLE\n"
           "                             [--years N] [--degree none|candidate|doctor]\n"
           "       etalon-cli user list DIR --user LOGIN [--json]\n"
           "       etalon-cli user deactivate DIR --user LOGIN --login OLD"));
    out(QString());
    out(tr("Manages the accounts of the workspace DIR (coordinators only).\n"
           "\n"
           "add: makes an account. ROLE is coordinator, reader or expert. --years (default 0) and\n"
           "--degree (default none; candidate = PhD, doctor = DSc) set the qualification, which decides\n"
           "who may arbitrate whom: a higher degree ranks higher, then more years. The new account's\n"
           "password comes from ETALON_NEW_PASSWORD or is asked for twice at the terminal (at least %1\n"
           "characters). In a workspace without any account (made before accounts existed), 'user add'\n"
           "without --user makes the first coordinator.\n"
           "list: all accounts; with --json an array of\n"
           "  {\"login\": str, \"fullName\": str, \"role\": str, \"yearsExperience\": int, \"degree\": str,\n"
           "   \"active\": bool, \"createdAt\": str}\n"
           "deactivate: the account can no longer sign in; its readings and audit entries stay.\n"
           "\n"
           "Options:\n")
            .arg(Users::MinimumPasswordLength)
        + signInHelp());
    out(exitCodesHelp());
}

int userAdd(const ParsedArgs &p)
{
    const QString dir = p.positional.value(1);
    const std::optional<Role> role = roleFromName(p.value(QStringLiteral("--role")));
    const QString degreeText = p.value(QStringLiteral("--degree"));
    const std::optional<Degree> degree = degreeText.isEmpty() ? std::optional<Degree>(Degree::None) : degreeFromName(degreeText);
    bool yearsOk = true;
    const QString yearsText = p.value(QStringLiteral("--years"));
    const int years = yearsText.isEmpty() ? 0 : yearsText.toInt(&yearsOk);
    if (dir.isEmpty() || p.positional.size() != 2 || p.value(QStringLiteral("--login")).isEmpty()
        || p.value(QStringLiteral("--name")).isEmpty() || !role || !degree || !yearsOk) {
        err(tr("Usage: etalon-cli user add DIR --user LOGIN --login NEW --name \"FULL NAME\" "
               "--role coordinator|reader|expert [--years N] [--degree none|candidate|doctor]   (see etalon-cli user --help)"));
        return ExitUsage;
    }
    NewUser newUser{p.value(QStringLiteral("--login")), p.value(QStringLiteral("--name")), *role, Qualification{years, *degree}, {}};

    int code = ExitOk;
    std::optional<SignedIn> signedIn;
    std::unique_ptr<store::Workspace> bare;
    store::Workspace *workspace = nullptr;
    if (p.has(QStringLiteral("--user"))) {
        signedIn = signIn(dir, p.value(QStringLiteral("--user")), &code);
        if (!signedIn)
            return code;
        workspace = signedIn->workspace.get();
    } else {
        Result<std::unique_ptr<store::Workspace>> opened = store::Workspace::open(dir);
        if (!opened) {
            err(tr("Cannot open the workspace: %1").arg(opened.error().message));
            return ExitFailure;
        }
        const Result<bool> hasUsers = Users::hasUsers(**opened);
        if (!hasUsers) {
            err(hasUsers.error().message);
            return ExitFailure;
        }
        if (*hasUsers) {
            err(tr("This command needs --user LOGIN (and the password in ETALON_PASSWORD or typed when asked)."));
            return ExitUsage;
        }
        bare = std::move(*opened);
        workspace = bare.get();
    }
    const std::optional<QString> password =
        readPassword("ETALON_NEW_PASSWORD", tr("Password for the new account %1: ").arg(newUser.login), true);
    if (!password)
        return ExitUsage;
    newUser.password = *password;
    if (signedIn) {
        const Result<User> user = Users::add(*workspace, *signedIn->session, newUser);
        if (!user) {
            err(tr("Cannot add the account: %1").arg(user.error().message));
            return exitCodeFor(user.error());
        }
    } else {
        const Result<Session> first = Users::createFirstCoordinator(*workspace, newUser);
        if (!first) {
            err(tr("Cannot add the account: %1").arg(first.error().message));
            return exitCodeFor(first.error());
        }
    }
    out(tr("Added %1 %2 (%3).").arg(roleDisplayName(newUser.role), newUser.login, newUser.fullName));
    return ExitOk;
}

int userList(const ParsedArgs &p)
{
    if (p.positional.size() != 2) {
        err(tr("Usage: etalon-cli user list DIR --user LOGIN [--json]   (see etalon-cli user --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<QList<User>> users = Users::list(*signedIn->workspace, *signedIn->session);
    if (!users) {
        err(users.error().message);
        return exitCodeFor(users.error());
    }
    if (p.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const User &u : *users) {
            array.append(QJsonObject{{QStringLiteral("login"), u.login},
                                     {QStringLiteral("fullName"), u.fullName},
                                     {QStringLiteral("role"), roleName(u.role)},
                                     {QStringLiteral("yearsExperience"), u.qualification.yearsExperience},
                                     {QStringLiteral("degree"), degreeName(u.qualification.degree)},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("createdAt"), u.createdAt.toString(Qt::ISODateWithMs)}});
        }
        out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return ExitOk;
    }
    for (const User &u : *users) {
        out(tr("%1  %2  %3, %4 years, degree %5%6")
                .arg(u.login.leftJustified(16), u.fullName, roleName(u.role))
                .arg(u.qualification.yearsExperience)
                .arg(degreeName(u.qualification.degree), u.active ? QString() : tr("  (deactivated)")));
    }
    return ExitOk;
}

int userDeactivate(const ParsedArgs &p)
{
    if (p.positional.size() != 2 || p.value(QStringLiteral("--login")).isEmpty()) {
        err(tr("Usage: etalon-cli user deactivate DIR --user LOGIN --login OLD   (see etalon-cli user --help)"));
        return ExitUsage;
    }
    int code = ExitOk;
    std::optional<SignedIn> signedIn = signIn(p.positional.at(1), p.value(QStringLiteral("--user")), &code);
    if (!signedIn)
        return code;
    const Result<void> done = Users::deactivate(*signedIn->workspace, *signedIn->session, p.value(QStringLiteral("--login")));
    if (!done) {
        err(done.error().message);
        return exitCodeFor(done.error());
    }
    out(tr("Deactivated %1.").arg(p.value(QStringLiteral("--login"))));
    return ExitOk;
}

} // namespace

int runUser(const QStringList &args)
{
    const ParsedArgs p = parseArgs(args,
                                   {QStringLiteral("--user"), QStringLiteral("--login"), QStringLiteral("--name"),
                                    QStringLiteral("--role"), QStringLiteral("--years"), QStringLiteral("--degree")},
                                   {QStringLiteral("--json")});
    if (p.help) {
        printUserHelp();
        return ExitOk;
    }
    if (!p.error.isEmpty()) {
        err(p.error + QLatin1Char(' ') + tr("(see etalon-cli user --help)"));
        return ExitUsage;
    }
    const QString verb = p.positional.value(0);
    if (verb == QLatin1String("add"))
        return userAdd(p);
    if (verb == QLatin1String("list"))
        return userList(p);
    if (verb == QLatin1String("deactivate"))
        return userDeactivate(p);
    err(tr("Usage: etalon-cli user add|list|deactivate DIR ...   (see etalon-cli user --help)"));
    return ExitUsage;
}

} // namespace etalon::app::cli
