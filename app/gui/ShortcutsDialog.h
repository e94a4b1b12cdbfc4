#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QTableWidget;

namespace etalon::app {

/// The F1 help of the reading screen: every key with what it does.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    /// \a shortcuts: (keys, what they do), both translated.
    explicit ShortcutsDialog(const QList<QPair<QString, QString>> &shortcuts, QWidget *parent = nullptr);
    int rowCount() const;

private:
    QTableWidget *m_table = nullptr;
};

} // namespace etalon::app
