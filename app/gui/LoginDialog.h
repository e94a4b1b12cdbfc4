#pragma once

#include "core/workflow/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// Signs a user in to a workspace: login and password, checked against the workspace's
/// Argon2id hashes. Stays open with a message on a wrong password; the session is
/// available after accept().
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(core::store::Workspace &workspace, const QString &login = {}, QWidget *parent = nullptr);

    std::optional<core::workflow::Session> session() const { return m_session; }

private:
    void trySignIn();

    core::store::Workspace &m_workspace;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    std::optional<core::workflow::Session> m_session;
};

} // namespace etalon::app

namespace etalon::app {

/// Makes the first coordinator account of a new workspace (login, name, password twice).
class CoordinatorSetupDialog : public QDialog {
    Q_OBJECT

public:
    explicit CoordinatorSetupDialog(core::store::Workspace &workspace, QWidget *parent = nullptr);

    std::optional<core::workflow::Session> session() const { return m_session; }

private:
    void create();

    core::store::Workspace &m_workspace;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
    std::optional<core::workflow::Session> m_session;
};

} // namespace etalon::app
