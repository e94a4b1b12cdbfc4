#include "core/workflow/Session.h"

namespace etalon::core::workflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::workflow", text);
}

int rank(Degree degree)
{
    switch (degree) {
    case Degree::None:
        return 0;
    case Degree::Candidate:
        return 1;
    case Degree::Doctor:
        return 2;
    }
    return 0;
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Expert:
        return QStringLiteral("expert");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Coordinator, Role::Reader, Role::Expert}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return tr("Coordinator");
    case Role::Reader:
        return tr("Reader");
    case Role::Expert:
        return tr("Expert");
    }
    return {};
}

QString degreeName(Degree degree)
{
    switch (degree) {
    case Degree::None:
        return QStringLiteral("none");
    case Degree::Candidate:
        return QStringLiteral("candidate");
    case Degree::Doctor:
        return QStringLiteral("doctor");
    }
    return {};
}

std::optional<Degree> degreeFromName(const QString &name)
{
    for (Degree degree : {Degree::None, Degree::Candidate, Degree::Doctor}) {
        if (degreeName(degree) == name)
            return degree;
    }
    return std::nullopt;
}

bool Qualification::isHigherThan(const Qualification &other) const
{
    if (rank(degree) != rank(other.degree))
        return rank(degree) > rank(other.degree);
    return yearsExperience > other.yearsExperience;
}

} // namespace etalon::core::workflow
