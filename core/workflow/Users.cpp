#include "core/workflow/Users.h"

#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/WriteTransaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <cstring>

namespace etalon::core::workflow {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool fastHashing()
{
    return qEnvironmentVariable("ETALON_PWHASH_FAST") == QLatin1String("1");
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error databaseError(const store::Workspace &workspace, const QSqlQuery &query)
{
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("etalon::core::workflow::Users", "Cannot access the accounts of %1: %2")
                         .arg(workspace.databasePath(), query.lastError().text()));
}

const char *UserColumns = "id, login, full_name, role, years_experience, degree, active, created_at";

User userFromQuery(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.login = query.value(1).toString();
    user.fullName = query.value(2).toString();
    user.role = roleFromName(query.value(3).toString()).value_or(Role::Reader);
    user.qualification.yearsExperience = query.value(4).toInt();
    user.qualification.degree = degreeFromName(query.value(5).toString()).value_or(Degree::None);
    user.active = query.value(6).toInt() != 0;
    user.createdAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return user;
}

QJsonObject userDetails(const User &user)
{
    return QJsonObject{{QStringLiteral("login"), user.login},
                       {QStringLiteral("fullName"), user.fullName},
                       {QStringLiteral("role"), roleName(user.role)},
                       {QStringLiteral("yearsExperience"), user.qualification.yearsExperience},
                       {QStringLiteral("degree"), degreeName(user.qualification.degree)}};
}

/// Inserts the account and its audit row; the caller holds the transaction.
Result<User> insertUser(store::Workspace &workspace, qint64 actorId, const NewUser &newUser, const QString &hash)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
    query.addBindValue(newUser.login);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.next()) {
        return makeError(ErrorCode::AlreadyExists,
                         Users::tr("There is already an account with the login '%1'; choose another login.").arg(newUser.login));
    }
    User user;
    user.login = newUser.login;
    user.fullName = newUser.fullName.trimmed();
    user.role = newUser.role;
    user.qualification = newUser.qualification;
    user.active = true;
    const QString createdAt = nowUtc();
    user.createdAt = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    query.prepare(QStringLiteral("INSERT INTO users (login, full_name, role, years_experience, degree, password_hash, "
                                 "active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"));
    query.addBindValue(user.login);
    query.addBindValue(user.fullName);
    query.addBindValue(roleName(user.role));
    query.addBindValue(user.qualification.yearsExperience);
    query.addBindValue(degreeName(user.qualification.degree));
    query.addBindValue(hash);
    query.addBindValue(createdAt);
    if (!query.exec())
        return databaseError(workspace, query);
    user.id = query.lastInsertId().toLongLong();
    if (Result<qint64> logged = AuditLog::append(workspace, actorId, QStringLiteral("user.add"), QStringLiteral("user"),
                                                 user.login, userDetails(user));
        !logged) {
        return logged.error();
    }
    return user;
}

} // namespace

Result<void> Users::validatePassword(const QString &password)
{
    if (password.size() < MinimumPasswordLength) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The password is too short: use at least %1 characters.").arg(MinimumPasswordLength));
    }
    if (password.toUtf8().size() > 4096)
        return makeError(ErrorCode::InvalidArgument, tr("The password is too long (more than 4096 bytes)."));
    return {};
}

Result<void> Users::validate(const NewUser &user)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!loginPattern.match(user.login).hasMatch()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The login '%1' is not usable: use 1 to 64 Latin letters, digits, '.', '_' or '-'.").arg(user.login));
    }
    if (user.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The account '%1' needs a full name.").arg(user.login));
    if (user.qualification.yearsExperience < 0 || user.qualification.yearsExperience > 80) {
        return makeError(ErrorCode::InvalidArgument, tr("Years of experience must be between 0 and 80 (given %1).")
                                                         .arg(user.qualification.yearsExperience));
    }
    return validatePassword(user.password);
}

Result<QString> Users::hashPassword(const QString &password)
{
    if (!sodiumReady())
        return makeError(ErrorCode::Unsupported, tr("The password library (libsodium) could not be initialised."));
    const QByteArray bytes = password.toUtf8();
    const unsigned long long opslimit = fastHashing() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t memlimit = fastHashing() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    char encoded[crypto_pwhash_STRBYTES];
    // crypto_pwhash_str uses the default algorithm; ask for Argon2id explicitly.
    if (crypto_pwhash_str_alg(encoded, bytes.constData(), static_cast<unsigned long long>(bytes.size()), opslimit,
                              memlimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(ErrorCode::Unsupported, tr("Not enough memory to hash the password."));
    }
    return QString::fromLatin1(encoded);
}

bool Users::verifyPassword(const QString &encodedHash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray hash = encodedHash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    char buffer[crypto_pwhash_STRBYTES] = {};
    std::memcpy(buffer, hash.constData(), std::size_t(hash.size()));
    return crypto_pwhash_str_verify(buffer, bytes.constData(), static_cast<unsigned long long>(bytes.size())) == 0;
}

Result<bool> Users::hasUsers(store::Workspace &workspace)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users)")) || !query.next())
        return databaseError(workspace, query);
    return query.value(0).toBool();
}

Result<Session> Users::createFirstCoordinator(store::Workspace &workspace, const NewUser &newUser)
{
    if (newUser.role != Role::Coordinator)
        return makeError(ErrorCode::InvalidArgument, tr("The first account of a workspace must be a coordinator."));
    if (Result<void> valid = validate(newUser); !valid)
        return valid.error();
    const Result<QString> hash = hashPassword(newUser.password);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    const Result<bool> any = hasUsers(workspace);
    if (!any)
        return any.error();
    if (*any) {
        return makeError(ErrorCode::AlreadyExists,
                         tr("The workspace %1 already has accounts; a coordinator adds users with 'etalon-cli user add'.")
                             .arg(workspace.directory()));
    }
    const Result<User> user = insertUser(workspace, 0, newUser, *hash);
    if (!user)
        return user.error();
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return Session(user->id, user->login, user->fullName, user->role, user->qualification);
}

Result<Session> Users::authenticate(store::Workspace &workspace, const QString &login, const QString &password)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT %1, password_hash FROM users WHERE login = ?").arg(QLatin1String(UserColumns)));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(workspace, query);
    const Error refused = makeError(ErrorCode::AuthenticationFailed,
                                    tr("Wrong login or password for '%1' (or the account is deactivated).").arg(login));
    if (!query.next()) {
        // Spend the same effort as for a real account, so timing does not reveal logins.
        (void)hashPassword(password);
        return refused;
    }
    const User user = userFromQuery(query);
    const QString hash = query.value(8).toString();
    query.finish();
    if (!verifyPassword(hash, password) || !user.active)
        return refused;
    return Session(user.id, user.login, user.fullName, user.role, user.qualification);
}

Result<User> Users::add(store::Workspace &workspace, const Session &session, const NewUser &newUser)
{
    if (Result<void> allowed = requireCoordinator(session, tr("add user accounts")); !allowed)
        return allowed.error();
    if (Result<void> valid = validate(newUser); !valid)
        return valid.error();
    const Result<QString> hash = hashPassword(newUser.password);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    Result<User> user = insertUser(workspace, session.userId(), newUser, *hash);
    if (!user)
        return user;
    if (Result<void> committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<QList<User>> Users::list(store::Workspace &workspace, const Session &session)
{
    if (Result<void> allowed = requireCoordinator(session, tr("list user accounts")); !allowed)
        return allowed.error();
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY login").arg(QLatin1String(UserColumns))))
        return databaseError(workspace, query);
    QList<User> users;
    while (query.next())
        users.append(userFromQuery(query));
    return users;
}

Result<User> Users::byId(store::Workspace &workspace, qint64 userId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(QLatin1String(UserColumns)));
    query.addBindValue(userId);
    if (!query.exec())
        return databaseError(workspace, query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no user with id %1 (see 'etalon-cli user list').").arg(userId));
    return userFromQuery(query);
}

Result<void> Users::deactivate(store::Workspace &workspace, const Session &session, const QString &login)
{
    if (Result<void> allowed = requireCoordinator(session, tr("deactivate user accounts")); !allowed)
        return allowed.error();
    if (login == session.login()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("You cannot deactivate your own account; another coordinator can."));
    }
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE users SET active = 0 WHERE login = ? AND active = 1"));
    query.addBindValue(login);
    if (!query.exec())
        return databaseError(workspace, query);
    if (query.numRowsAffected() == 0) {
        QSqlQuery exists(workspace.database());
        exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE login = ?"));
        exists.addBindValue(login);
        if (!exists.exec())
            return databaseError(workspace, exists);
        if (!exists.next())
            return makeError(ErrorCode::NotFound, tr("There is no account with the login '%1'.").arg(login));
        return {}; // already inactive: nothing changes, nothing to log
    }
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("user.deactivate"),
                                                 QStringLiteral("user"), login);
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

Result<void> Users::changePassword(store::Workspace &workspace, const Session &session, const QString &currentPassword,
                                   const QString &newPassword)
{
    if (Result<Session> check = authenticate(workspace, session.login(), currentPassword); !check)
        return check.error();
    if (Result<void> valid = validatePassword(newPassword); !valid)
        return valid;
    const Result<QString> hash = hashPassword(newPassword);
    if (!hash)
        return hash.error();
    WriteTransaction transaction(workspace);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    query.addBindValue(*hash);
    query.addBindValue(session.userId());
    if (!query.exec())
        return databaseError(workspace, query);
    if (Result<qint64> logged = AuditLog::append(workspace, session.userId(), QStringLiteral("user.password"),
                                                 QStringLiteral("user"), session.login());
        !logged) {
        return logged.error();
    }
    return transaction.commit();
}

} // namespace etalon::core::workflow
