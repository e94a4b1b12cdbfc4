#include "app/gui/LoginDialog.h"

#include "core/store/Workspace.h"
#include "core/workflow/Users.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace etalon::app {

LoginDialog::LoginDialog(core::store::Workspace &workspace, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(login, this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Etalon"));
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *intro = new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspace.directory())), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::trySignIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your login."));
        m_message->show();
        m_login->setFocus();
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = core::workflow::Users::authenticate(m_workspace, m_login->text().trimmed(), m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (!session) {
        m_message->setText(session.error().message);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    accept();
}

} // namespace etalon::app

namespace etalon::app {

CoordinatorSetupDialog::CoordinatorSetupDialog(core::store::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_login(new QLineEdit(QStringLiteral("admin"), this))
    , m_fullName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("coordinatorSetupDialog"));
    setWindowTitle(tr("Coordinator account"));
    for (QLineEdit *edit : {m_password, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_login->setObjectName(QStringLiteral("login"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto *intro = new QLabel(tr("The new workspace needs its first coordinator: the account that creates datasets, "
                                "adds readers and experts, and assigns studies."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create account"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CoordinatorSetupDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CoordinatorSetupDialog::create()
{
    auto fail = [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    };
    if (m_password->text() != m_confirm->text())
        return fail(tr("The two passwords differ."));
    core::workflow::NewUser user;
    user.login = m_login->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    user.role = core::workflow::Role::Coordinator;
    user.password = m_password->text();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = core::workflow::Users::createFirstCoordinator(m_workspace, user);
    QGuiApplication::restoreOverrideCursor();
    if (!session)
        return fail(session.error().message);
    m_session = *session;
    accept();
}

} // namespace etalon::app
