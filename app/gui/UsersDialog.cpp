#include "app/gui/UsersDialog.h"

#include "core/workflow/Users.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace etalon::app {

namespace {
QString degreeDisplayName(core::workflow::Degree degree)
{
    switch (degree) {
    case core::workflow::Degree::None: return UsersDialog::tr("no degree");
    case core::workflow::Degree::Candidate: return UsersDialog::tr("candidate of sciences (PhD)");
    case core::workflow::Degree::Doctor: return UsersDialog::tr("doctor of sciences (DSc)");
    }
    return {};
}
} // namespace

UsersDialog::UsersDialog(core::store::Workspace &workspace, const core::workflow::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_table(new QTableWidget(0, 5, this))
    , m_login(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_years(new QSpinBox(this))
    , m_degree(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    using core::workflow::Degree;
    using core::workflow::Role;
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Qualification"), tr("Active")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (Role role : {Role::Reader, Role::Expert, Role::Coordinator})
        m_role->addItem(core::workflow::roleDisplayName(role), int(role));
    for (Degree degree : {Degree::None, Degree::Candidate, Degree::Doctor})
        m_degree->addItem(degreeDisplayName(degree), int(degree));
    m_years->setRange(0, 60);
    m_years->setSuffix(tr(" years"));
    m_password->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("newLogin"));
    m_fullName->setObjectName(QStringLiteral("newFullName"));
    m_role->setObjectName(QStringLiteral("newRole"));
    m_years->setObjectName(QStringLiteral("newYears"));
    m_degree->setObjectName(QStringLiteral("newDegree"));
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Experience:"), m_years);
    form->addRow(tr("&Degree:"), m_degree);
    form->addRow(tr("&Password:"), m_password);
    auto *add = new QPushButton(tr("&Add user"), this);
    add->setObjectName(QStringLiteral("addUser"));
    form->addRow(QString(), add);
    auto *group = new QGroupBox(tr("New user"), this);
    group->setLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(group);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

void UsersDialog::refresh()
{
    const auto users = core::workflow::Users::list(m_workspace, m_session);
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(users.error().message);
        return;
    }
    m_table->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const core::workflow::User &u = users->at(row);
        const QString qualification = tr("%n year(s)", nullptr, u.qualification.yearsExperience) + QStringLiteral(", ")
                                      + degreeDisplayName(u.qualification.degree);
        const QStringList cells{u.login, u.fullName, core::workflow::roleDisplayName(u.role), qualification,
                                u.active ? tr("yes") : tr("no")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

int UsersDialog::userCount() const
{
    return m_table->rowCount();
}

void UsersDialog::addUser()
{
    core::workflow::NewUser user;
    user.login = m_login->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    user.role = core::workflow::Role(m_role->currentData().toInt());
    user.qualification.yearsExperience = m_years->value();
    user.qualification.degree = core::workflow::Degree(m_degree->currentData().toInt());
    user.password = m_password->text();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const auto added = core::workflow::Users::add(m_workspace, m_session, user);
    QGuiApplication::restoreOverrideCursor();
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_message->setText(tr("Added %1 (%2).").arg(added->login, core::workflow::roleDisplayName(added->role)));
    m_login->clear();
    m_fullName->clear();
    m_password->clear();
    refresh();
}

} // namespace etalon::app
