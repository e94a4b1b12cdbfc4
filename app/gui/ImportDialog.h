#pragma once

#include "core/dicom/Indexer.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace etalon::app {

/// Imports DICOM folders, files and DICOMDIRs into the open workspace. The import runs in
/// a worker thread with its own database connection, shows progress and can be cancelled;
/// a cancelled import keeps only whole batches. Unreadable files are listed with reasons.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const QString &workspaceDir, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSources(const QStringList &paths);
    QStringList sources() const;
    bool isRunning() const;
    /// The last finished import's report (empty before).
    const core::dicom::ImportReport &report() const { return m_report; }

public slots:
    void start();
    void cancel();

signals:
    /// Emitted when an import ends (finished or cancelled) and rows may have been added.
    void imported();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void addFolder();
    void addFiles();
    void onProgress(int done, int total);
    void onFinished();
    void updateButtons();

    QString m_workspaceDir;
    QListWidget *m_sources = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_copy = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QFutureWatcher<core::Result<core::dicom::ImportReport>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested;
    core::dicom::ImportReport m_report;
};

} // namespace etalon::app
