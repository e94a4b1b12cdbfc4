#pragma once

// Runs the real etalon-cli as a script or CI would: no terminal (setsid), no standard input,
// English messages, passwords only from the environment.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace etalon::testing {

struct CliRun {
    int exitCode = -1; ///< -1: it did not finish normally
    QByteArray out;
    QByteArray err;
};

struct CliPasswords {
    QString password;    ///< ETALON_PASSWORD, unset when empty
    QString newPassword; ///< ETALON_NEW_PASSWORD, unset when empty
    bool fastHash = true; ///< ETALON_PWHASH_FAST=1 (test-only cheap Argon2id)
};

inline CliRun runCli(const QStringList &args, const CliPasswords &passwords = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETALON_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("ETALON_PASSWORD"));
    env.remove(QStringLiteral("ETALON_NEW_PASSWORD"));
    env.remove(QStringLiteral("ETALON_PWHASH_FAST"));
    if (passwords.fastHash)
        env.insert(QStringLiteral("ETALON_PWHASH_FAST"), QStringLiteral("1"));
    if (!passwords.password.isEmpty())
        env.insert(QStringLiteral("ETALON_PASSWORD"), passwords.password);
    if (!passwords.newPassword.isEmpty())
        env.insert(QStringLiteral("ETALON_NEW_PASSWORD"), passwords.newPassword);
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    // setsid: no controlling terminal, so a password prompt cannot be answered.
    process.start(QStringLiteral("setsid"), QStringList{QStringLiteral("-w"), QStringLiteral(ETALON_BIN_DIR "/etalon-cli")} + args);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// The etalon-cli of a signed-in user: \a password in ETALON_PASSWORD (unset when empty).
inline CliRun runCliAs(const QStringList &args, const QString &password = {})
{
    return runCli(args, {password, QString(), true});
}

/// The password the workflow tests give every account: login + "-password".
inline QString testPassword(const QString &login)
{
    return login + QStringLiteral("-password");
}

} // namespace etalon::testing
