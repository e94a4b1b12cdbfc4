#include "core/store/Workspace.h"
#include "core/workflow/AuditLog.h"
#include "core/workflow/Permissions.h"
#include "core/workflow/Session.h"
#include "core/workflow/Users.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace etalon::core;
using namespace etalon::core::workflow;

namespace {

NewUser account(const QString &login, Role role, int years = 0, Degree degree = Degree::None)
{
    return NewUser{login, QStringLiteral("Full Name of %1").arg(login), role, Qualification{years, degree},
                   QStringLiteral("password-of-%1").arg(login)};
}

} // namespace

class TestUsers : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Workspace> m_ws;
    std::optional<Session> m_admin;
    int m_count = 0;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        Result<std::unique_ptr<store::Workspace>> ws =
            store::Workspace::create(m_tmp.filePath(QStringLiteral("ws-%1").arg(++m_count)));
        QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().message));
        m_ws = std::move(*ws);
        Result<Session> admin = Users::createFirstCoordinator(*m_ws, account(QStringLiteral("admin"), Role::Coordinator));
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        m_admin = *admin;
    }

    void cleanup()
    {
        m_admin.reset();
        m_ws.reset();
    }

    /// The stored hash is libsodium's Argon2id encoding at the INTERACTIVE cost, verifies the
    /// right password only, and the plain password is stored nowhere.
    void storesArgon2idHashes()
    {
        QSqlQuery q(m_ws->database());
        QVERIFY(q.exec(QStringLiteral("SELECT password_hash FROM users WHERE login = 'admin'")) && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$v=19$")), qPrintable(hash));
        if (qEnvironmentVariable("ETALON_PWHASH_FAST") != QLatin1String("1")) {
            // crypto_pwhash_MEMLIMIT_INTERACTIVE = 64 MiB = 65536 KiB, OPSLIMIT_INTERACTIVE = 2.
            QVERIFY2(hash.contains(QLatin1String("$m=65536,t=2,")), qPrintable(hash));
        }
        QVERIFY(!hash.contains(QLatin1String("password-of-admin")));
        QVERIFY(Users::verifyPassword(hash, QStringLiteral("password-of-admin")));
        QVERIFY(!Users::verifyPassword(hash, QStringLiteral("password-of-admiN")));
        // Two hashes of one password differ (random salt).
        QCOMPARE_NE(*Users::hashPassword(QStringLiteral("same password")), *Users::hashPassword(QStringLiteral("same password")));
        QSqlQuery raw(m_ws->database());
        QVERIFY(raw.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE '%password-of%'")) && raw.next());
        QCOMPARE(raw.value(0).toInt(), 0);
    }

    void authenticates()
    {
        Result<Session> s = Users::authenticate(*m_ws, QStringLiteral("admin"), QStringLiteral("password-of-admin"));
        QVERIFY(s.ok());
        QCOMPARE(s->login(), QStringLiteral("admin"));
        QCOMPARE(s->role(), Role::Coordinator);
        QCOMPARE(s->fullName(), QStringLiteral("Full Name of admin"));
        QVERIFY(s->userId() > 0);

        const Result<Session> wrong = Users::authenticate(*m_ws, QStringLiteral("admin"), QStringLiteral("password-of-bob"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::AuthenticationFailed);
        const Result<Session> unknown = Users::authenticate(*m_ws, QStringLiteral("nobody"), QStringLiteral("password-of-admin"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::AuthenticationFailed);
        const Result<Session> empty = Users::authenticate(*m_ws, QStringLiteral("admin"), QString());
        QCOMPARE(empty.error().code, ErrorCode::AuthenticationFailed);
    }

    void firstCoordinatorOnlyOnce()
    {
        const Result<Session> again = Users::createFirstCoordinator(*m_ws, account(QStringLiteral("second"), Role::Coordinator));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QVERIFY(!Users::authenticate(*m_ws, QStringLiteral("second"), QStringLiteral("password-of-second")).ok());
    }

    void addsAndListsUsers()
    {
        Result<User> reader = Users::add(*m_ws, *m_admin, account(QStringLiteral("ivanova"), Role::Reader, 3, Degree::None));
        QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
        Result<User> expert = Users::add(*m_ws, *m_admin, account(QStringLiteral("petrov"), Role::Expert, 15, Degree::Doctor));
        QVERIFY(expert.ok());
        const Result<User> duplicate = Users::add(*m_ws, *m_admin, account(QStringLiteral("ivanova"), Role::Expert));
        QCOMPARE(duplicate.error().code, ErrorCode::AlreadyExists);

        const Result<QList<User>> users = Users::list(*m_ws, *m_admin);
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 3);
        QCOMPARE(users->at(1).login, QStringLiteral("ivanova"));
        QCOMPARE(users->at(2).qualification.degree, Degree::Doctor);
        QCOMPARE(users->at(2).qualification.yearsExperience, 15);
        QCOMPARE(users->at(2).role, Role::Expert);

        const Result<Session> s = Users::authenticate(*m_ws, QStringLiteral("petrov"), QStringLiteral("password-of-petrov"));
        QVERIFY(s.ok());
        QCOMPARE(s->role(), Role::Expert);
        QCOMPARE(s->qualification(), (Qualification{15, Degree::Doctor}));
    }

    void rejectsBadAccounts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("short password") << "a" << "A" << "1234567" << 0 << "at least 8";
        QTest::newRow("space in login") << "a b" << "A" << "12345678" << 0 << "not usable";
        QTest::newRow("empty login") << "" << "A" << "12345678" << 0 << "not usable";
        QTest::newRow("no name") << "abc" << " " << "12345678" << 0 << "full name";
        QTest::newRow("negative years") << "abc" << "A" << "12345678" << -1 << "between 0 and 80";
    }

    void rejectsBadAccounts()
    {
        QFETCH(QString, login);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(int, years);
        QFETCH(QString, messagePart);
        const Result<User> r = Users::add(*m_ws, *m_admin, NewUser{login, name, Role::Reader, {years, Degree::None}, password});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    /// Only coordinators manage accounts, whatever entry point is used.
    void readersAndExpertsCannotManageAccounts()
    {
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("reader1"), Role::Reader)).ok());
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("expert1"), Role::Expert, 20, Degree::Doctor)).ok());
        for (const char *login : {"reader1", "expert1"}) {
            const Result<Session> s = Users::authenticate(*m_ws, QLatin1String(login), QStringLiteral("password-of-%1").arg(QLatin1String(login)));
            QVERIFY(s.ok());
            const Result<User> added = Users::add(*m_ws, *s, account(QStringLiteral("sneaky"), Role::Coordinator));
            QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
            QVERIFY2(added.error().message.contains(QLatin1String(login)) && added.error().message.contains(QLatin1String("coordinators")),
                     qPrintable(added.error().message));
            QCOMPARE(Users::list(*m_ws, *s).error().code, ErrorCode::PermissionDenied);
            QCOMPARE(Users::deactivate(*m_ws, *s, QStringLiteral("admin")).error().code, ErrorCode::PermissionDenied);
            QCOMPARE(AuditLog::list(*m_ws, *s).error().code, ErrorCode::PermissionDenied);
        }
        QVERIFY(!Users::authenticate(*m_ws, QStringLiteral("sneaky"), QStringLiteral("password-of-sneaky")).ok());
        const Result<Session> admin = Users::authenticate(*m_ws, QStringLiteral("admin"), QStringLiteral("password-of-admin"));
        QVERIFY(admin.ok()); // not deactivated
    }

    void deactivatedUsersCannotSignIn()
    {
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("leaver"), Role::Reader)).ok());
        QVERIFY(Users::authenticate(*m_ws, QStringLiteral("leaver"), QStringLiteral("password-of-leaver")).ok());
        QVERIFY(Users::deactivate(*m_ws, *m_admin, QStringLiteral("leaver")).ok());
        QCOMPARE(Users::authenticate(*m_ws, QStringLiteral("leaver"), QStringLiteral("password-of-leaver")).error().code,
                 ErrorCode::AuthenticationFailed);
        QCOMPARE(Users::deactivate(*m_ws, *m_admin, QStringLiteral("ghost")).error().code, ErrorCode::NotFound);
        QCOMPARE(Users::deactivate(*m_ws, *m_admin, QStringLiteral("admin")).error().code, ErrorCode::InvalidArgument);
        // Accounts are never deleted, even with raw SQL.
        QSqlQuery q(m_ws->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM users WHERE login = 'leaver'")));
    }

    void changesPassword()
    {
        QVERIFY(Users::changePassword(*m_ws, *m_admin, QStringLiteral("password-of-admin"), QStringLiteral("a new secret")).ok());
        QVERIFY(!Users::authenticate(*m_ws, QStringLiteral("admin"), QStringLiteral("password-of-admin")).ok());
        QVERIFY(Users::authenticate(*m_ws, QStringLiteral("admin"), QStringLiteral("a new secret")).ok());
        QCOMPARE(Users::changePassword(*m_ws, *m_admin, QStringLiteral("wrong one"), QStringLiteral("another secret")).error().code,
                 ErrorCode::AuthenticationFailed);
    }

    /// Every account change is in the audit log, and the chain verifies.
    void changesAreAudited()
    {
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("r1"), Role::Reader)).ok());
        QVERIFY(Users::deactivate(*m_ws, *m_admin, QStringLiteral("r1")).ok());
        const Result<QList<AuditEntry>> log = AuditLog::list(*m_ws, *m_admin);
        QVERIFY(log.ok());
        QCOMPARE(log->size(), 3);
        QCOMPARE(log->at(0).action, QStringLiteral("user.add"));
        QCOMPARE(log->at(0).objectId, QStringLiteral("admin"));
        QCOMPARE(log->at(0).actorId, 0); // the system made the first coordinator
        QCOMPARE(log->at(1).action, QStringLiteral("user.add"));
        QCOMPARE(log->at(1).actorLogin, QStringLiteral("admin"));
        QCOMPARE(log->at(1).details.value(QStringLiteral("role")).toString(), QStringLiteral("reader"));
        QCOMPARE(log->at(2).action, QStringLiteral("user.deactivate"));
        QCOMPARE(log->at(2).objectId, QStringLiteral("r1"));
        const Result<AuditVerification> v = AuditLog::verify(*m_ws);
        QVERIFY(v.ok() && v->ok);
        QCOMPARE(v->rowCount, 3);
    }

    void qualificationOrder_data()
    {
        QTest::addColumn<int>("yearsA");
        QTest::addColumn<int>("degreeA");
        QTest::addColumn<int>("yearsB");
        QTest::addColumn<int>("degreeB");
        QTest::addColumn<bool>("aHigher");
        QTest::addColumn<bool>("bHigher");
        const int none = int(Degree::None), cand = int(Degree::Candidate), doc = int(Degree::Doctor);
        QTest::newRow("more years, same degree") << 10 << none << 5 << none << true << false;
        QTest::newRow("equal") << 7 << cand << 7 << cand << false << false;
        QTest::newRow("degree beats years") << 2 << cand << 30 << none << true << false;
        QTest::newRow("doctor beats candidate") << 1 << doc << 25 << cand << true << false;
        QTest::newRow("same doctor, fewer years") << 10 << doc << 11 << doc << false << true;
    }

    void qualificationOrder()
    {
        QFETCH(int, yearsA);
        QFETCH(int, degreeA);
        QFETCH(int, yearsB);
        QFETCH(int, degreeB);
        QFETCH(bool, aHigher);
        QFETCH(bool, bHigher);
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("a"), Role::Expert, yearsA, Degree(degreeA))).ok());
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("b"), Role::Reader, yearsB, Degree(degreeB))).ok());
        const Result<Session> a = Users::authenticate(*m_ws, QStringLiteral("a"), QStringLiteral("password-of-a"));
        const Result<Session> b = Users::authenticate(*m_ws, QStringLiteral("b"), QStringLiteral("password-of-b"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->isMoreQualifiedThan(*b), aHigher);
        QCOMPARE(b->isMoreQualifiedThan(*a), bHigher);
        QVERIFY(!a->isMoreQualifiedThan(*a));
    }

    void permissionMessageSaysWhoMay()
    {
        QVERIFY(Users::add(*m_ws, *m_admin, account(QStringLiteral("r2"), Role::Reader)).ok());
        const Result<Session> r = Users::authenticate(*m_ws, QStringLiteral("r2"), QStringLiteral("password-of-r2"));
        QVERIFY(r.ok());
        const Result<void> refused = requireRole(*r, {Role::Coordinator, Role::Expert}, QStringLiteral("arbitrate"));
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(refused.error().message, QStringLiteral("Reader r2 may not arbitrate: only coordinators and experts may do that."));
        QVERIFY(requireRole(*r, {Role::Reader}, QStringLiteral("read")).ok());
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
