#include "app/gui/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace etalon::app {

ShortcutsDialog::ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(shortcuts.size()), 2, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < shortcuts.size(); ++row) {
        auto *keys = new QTableWidgetItem(shortcuts.at(row).first);
        QFont bold = keys->font();
        bold.setBold(true);
        keys->setFont(bold);
        m_table->setItem(row, 0, keys);
        m_table->setItem(row, 1, new QTableWidgetItem(shortcuts.at(row).second));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 620);
}

int ShortcutsDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace etalon::app
