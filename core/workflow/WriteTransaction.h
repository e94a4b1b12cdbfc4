#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace etalon::core::store {
class Workspace;
}

namespace etalon::core::workflow {

/// A write transaction on a workspace, started with BEGIN IMMEDIATE so that the write lock
/// is taken up front: a read-then-write (e.g. reading the audit chain's last hash before
/// appending) cannot fail half-way because another process wrote in between. Rolled back
/// on destruction unless commit() succeeded. Not nestable.
class WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(etalon::core::workflow::WriteTransaction)

public:
    explicit WriteTransaction(store::Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether BEGIN succeeded; error() says why not.
    bool isActive() const { return m_active; }
    Error error() const { return m_error; }
    Result<void> commit();

private:
    store::Workspace &m_workspace;
    bool m_active = false;
    Error m_error;
};

} // namespace etalon::core::workflow
