#include "core/workflow/WriteTransaction.h"

#include "core/store/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace etalon::core::workflow {

WriteTransaction::WriteTransaction(store::Workspace &workspace) : m_workspace(workspace)
{
    QSqlQuery query(m_workspace.database());
    if (query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_active = true;
    } else {
        m_error = makeError(ErrorCode::Database, tr("Cannot start a write transaction on %1: %2")
                                                     .arg(m_workspace.databasePath(), query.lastError().text()));
    }
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery query(m_workspace.database());
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> WriteTransaction::commit()
{
    if (!m_active)
        return m_error;
    QSqlQuery query(m_workspace.database());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = makeError(ErrorCode::Database, tr("Cannot commit to %1: %2")
                                                               .arg(m_workspace.databasePath(), query.lastError().text()));
        query.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}

} // namespace etalon::core::workflow
