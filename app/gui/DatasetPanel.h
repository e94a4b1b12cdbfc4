#pragma once

#include "core/workflow/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

class StudyBrowser;

/// The coordinator's view of the datasets of a workspace: pick or create a dataset, add
/// the studies selected in the study browser (each study, or one chosen series, is a data
/// unit), and see each study's state.
class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    DatasetPanel(StudyBrowser *browser, QWidget *parent = nullptr);

    /// nullptr / no session clears the panel.
    void setWorkspace(core::store::Workspace *workspace, const std::optional<core::workflow::Session> &session);
    QString currentDatasetCode() const;
    int studyRowCount() const;
    int worklistRowCount() const;
    int disputeRowCount() const;
    /// The dispute of disputes row \a row (0 when there is none).
    qint64 disputeId(int row) const;
    /// The reading of worklist row \a row (0 when there is none).
    qint64 worklistReadingId(int row) const;
    QString statusText() const;

public slots:
    void refresh();
    void newDataset();
    void addSelectedStudies();
    void assignReaders();
    /// Opens the reading of the worklist's current row (readingRequested).
    void readSelected();
    /// Opens the disputes tab's current row on the arbitration screen (arbitrationRequested).
    void arbitrateSelected();

signals:
    void seriesRequested(const QString &seriesUid);
    /// A reader (or expert) asks to read one of their worklist's readings.
    void readingRequested(qint64 readingId);
    /// An expert asks to arbitrate a dispute (double-click or Arbitrate in the disputes tab).
    void arbitrationRequested(qint64 disputeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshStudies();
    void refreshWorklist();
    void refreshDisputes();
    void refreshStatus();
    /// Opens the series of a dataset study's data unit (Datasets::unitSeries) in the viewer.
    void openStudyUnit(qint64 datasetStudyId);
    void retranslateUi();

    StudyBrowser *m_browser = nullptr;
    core::store::Workspace *m_workspace = nullptr;
    std::optional<core::workflow::Session> m_session;
    QComboBox *m_datasets = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_arbitrate = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_studies = nullptr;
    QTableWidget *m_worklist = nullptr;
    QTableWidget *m_disputes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace etalon::app
