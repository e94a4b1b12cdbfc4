#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace etalon::core::workflow {

class Users;

/// What a user may do (docs/reading-workflow.md): coordinators run the dataset, readers read
/// their own assignments, experts read and arbitrate studies sent to them.
enum class Role { Coordinator, Reader, Expert };

/// Academic degree: candidate = PhD (кандидат наук), doctor = DSc (доктор наук).
enum class Degree { None, Candidate, Doctor };

QString roleName(Role role);       ///< "coordinator", "reader", "expert" (stored, CLI)
std::optional<Role> roleFromName(const QString &name);
QString roleDisplayName(Role role); ///< translated, singular ("Reader")
QString degreeName(Degree degree); ///< "none", "candidate", "doctor"
std::optional<Degree> degreeFromName(const QString &name);

/// A reader's qualification. The order decides who may arbitrate whom: a higher degree
/// ranks higher; with equal degrees, more years of experience rank higher. Equal degree and
/// years are equally qualified (neither may arbitrate the other).
struct Qualification {
    int yearsExperience = 0;
    Degree degree = Degree::None;

    bool isHigherThan(const Qualification &other) const;
    bool operator==(const Qualification &) const = default;
};

/// A signed-in user. Only Users::authenticate (and workspace creation) make one, so
/// holding a Session means the password was checked. Every workflow call takes the
/// session and checks the role (and, for readings, the assignment) itself.
class Session {
public:
    qint64 userId() const { return m_userId; }
    QString login() const { return m_login; }
    QString fullName() const { return m_fullName; }
    Role role() const { return m_role; }
    Qualification qualification() const { return m_qualification; }

    bool hasRole(Role role) const { return m_role == role; }
    bool isCoordinator() const { return m_role == Role::Coordinator; }
    /// Qualification order (see Qualification::isHigherThan).
    bool isMoreQualifiedThan(const Session &other) const { return m_qualification.isHigherThan(other.m_qualification); }
    bool isMoreQualifiedThan(const Qualification &other) const { return m_qualification.isHigherThan(other); }

private:
    friend class Users;
    Session(qint64 userId, QString login, QString fullName, Role role, Qualification qualification)
        : m_userId(userId), m_login(std::move(login)), m_fullName(std::move(fullName)), m_role(role),
          m_qualification(qualification)
    {
    }

    qint64 m_userId = 0;
    QString m_login;
    QString m_fullName;
    Role m_role = Role::Reader;
    Qualification m_qualification;
};

} // namespace etalon::core::workflow
