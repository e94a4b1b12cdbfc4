#include "core/workflow/Permissions.h"

#include <QStringList>

namespace etalon::core::workflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("etalon::core::workflow", text);
}

QString rolePlural(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return tr("coordinators");
    case Role::Reader:
        return tr("readers");
    case Role::Expert:
        return tr("experts");
    }
    return {};
}

} // namespace

Result<void> requireRole(const Session &session, std::initializer_list<Role> roles, const QString &what)
{
    QStringList allowed;
    for (Role role : roles) {
        if (session.role() == role)
            return {};
        allowed.append(rolePlural(role));
    }
    return makeError(ErrorCode::PermissionDenied,
                     tr("%1 %2 may not %3: only %4 may do that.")
                         .arg(roleDisplayName(session.role()), session.login(), what,
                              allowed.join(tr(" and "))));
}

Result<void> requireCoordinator(const Session &session, const QString &what)
{
    return requireRole(session, {Role::Coordinator}, what);
}

} // namespace etalon::core::workflow
