#pragma once

#include "core/Result.h"
#include "core/workflow/Session.h"

#include <initializer_list>

namespace etalon::core::workflow {

/// Succeeds when the session's role is one of roles; otherwise PermissionDenied with a
/// translated message naming the user, what was refused and who may do it, e.g.
/// "Reader ivanova may not create a dataset: only coordinators may do that."
/// what: a translated verb phrase ("create a dataset").
Result<void> requireRole(const Session &session, std::initializer_list<Role> roles, const QString &what);

/// requireRole(session, {Role::Coordinator}, what).
Result<void> requireCoordinator(const Session &session, const QString &what);

} // namespace etalon::core::workflow
