#pragma once

#include "core/workflow/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// The coordinator's list of accounts and a form to add readers, experts and coordinators
/// with their qualification. Core refuses everything here for other roles.
class UsersDialog : public QDialog {
    Q_OBJECT

public:
    UsersDialog(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent = nullptr);

    void refresh();
    int userCount() const;

private:
    void addUser();

    core::store::Workspace &m_workspace;
    core::workflow::Session m_session;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_fullName = nullptr;
    QComboBox *m_role = nullptr;
    QSpinBox *m_years = nullptr;
    QComboBox *m_degree = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace etalon::app
