#pragma once

#include "core/Result.h"
#include "core/workflow/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

/// A user account as a coordinator sees it (never the password hash).
struct User {
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Reader;
    Qualification qualification;
    bool active = true;
    QDateTime createdAt;
};

/// What is needed to make an account.
struct NewUser {
    QString login;    ///< 1-64 characters: letters, digits, '.', '_', '-'
    QString fullName;
    Role role = Role::Reader;
    Qualification qualification;
    QString password; ///< at least MinimumPasswordLength characters
};

/// User accounts of a workspace: Argon2id password hashes (libsodium crypto_pwhash_str,
/// the encoded "$argon2id$..." string stored), roles, qualifications. Every change is
/// written to the audit log in the same transaction.
///
/// Hashing cost: libsodium's INTERACTIVE limits (about 64 MiB, a fraction of a second).
/// For test suites only, ETALON_PWHASH_FAST=1 in the environment lowers the cost to the
/// library minimum; the hashes stay Argon2id and verify the same way (the parameters
/// are part of the encoded string). Never set it for real workspaces.
class Users {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::Users)

public:
    static constexpr int MinimumPasswordLength = 8;

    /// Makes the workspace's first coordinator; refused (AlreadyExists) when the workspace
    /// has any user. Returns the new coordinator's session. Audited as "user.add" by the system.
    static Result<Session> createFirstCoordinator(store::Workspace &workspace, const NewUser &user);
    /// Whether the workspace has any account (a workspace made before accounts existed has none).
    static Result<bool> hasUsers(store::Workspace &workspace);

    /// Checks login and password. Unknown login, wrong password and a deactivated account
    /// all return AuthenticationFailed (the message does not say which).
    static Result<Session> authenticate(store::Workspace &workspace, const QString &login, const QString &password);

    /// Coordinators only.
    static Result<User> add(store::Workspace &workspace, const Session &session, const NewUser &user);
    /// All accounts, by login. Coordinators only.
    static Result<QList<User>> list(store::Workspace &workspace, const Session &session);
    /// One account by id, for workflow services that have already checked the caller's
    /// session (assignment, expert choice). NotFound names the id.
    static Result<User> byId(store::Workspace &workspace, qint64 userId);
    /// Coordinators only. The account can no longer sign in; its readings and audit rows
    /// stay. A coordinator cannot deactivate their own account (so one always remains).
    static Result<void> deactivate(store::Workspace &workspace, const Session &session, const QString &login);
    /// Any user, for their own account; requires the current password.
    static Result<void> changePassword(store::Workspace &workspace, const Session &session,
                                       const QString &currentPassword, const QString &newPassword);

    /// InvalidArgument with a translated message when the login, name or password is unusable.
    static Result<void> validate(const NewUser &user);
    static Result<void> validatePassword(const QString &password);

    /// The Argon2id encoded hash of password (crypto_pwhash_str).
    static Result<QString> hashPassword(const QString &password);
    static bool verifyPassword(const QString &encodedHash, const QString &password);
};

} // namespace etalon::core::workflow
