#pragma once

#include "core/workflow/DatasetProblems.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/Session.h"
#include "core/workflow/Statistics.h"
#include "core/workflow/Users.h"
#include "core/workflow/Verification.h"

#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace etalon::core::store {
class Workspace;
}

namespace etalon::app {

/// The problems listed on the dashboard (core::workflow::DatasetProblems finds them).
using DashboardProblem = core::workflow::DatasetProblem;

/// The coordinator's dashboard of one dataset (Workflow ▸ Dashboard): studies by state with
/// progress bars and the exclusion reasons, class balance of the final labels against the
/// plan's targets (a chart), reader workload and pace (table and chart), the shares disputed
/// and excluded against the article's references with Cohen's kappa, and a list of problems.
/// Every figure comes from Verification::status, the source of `etalon-cli status --json`.
/// A second tab, "Agreement statistics", shows Statistics::compute (the source of
/// `etalon-cli stats --json`): study-level class agreement (percent agreement, Cohen's and
/// weighted kappas with 95% CIs, Fleiss' kappa, the confusion matrix of readers A and B),
/// IoU / Dice / HD95 distributions and detection agreement, and per reader time and outcome.
class DashboardPanel : public QWidget {
    Q_OBJECT

public:
    enum class Chart { ClassBalance, ReaderWorkload };

    explicit DashboardPanel(QWidget *parent = nullptr);

    /// nullptr / no session / not a coordinator: the panel says the dashboard is for coordinators.
    /// Read at once when the panel is shown, else when it is next shown.
    void setWorkspace(core::store::Workspace *workspace, const std::optional<core::workflow::Session> &session);
    QString currentDatasetCode() const;
    /// Selects a dataset by code (false when the list has no such dataset).
    bool setCurrentDataset(const QString &code);
    /// An undecided dispute older than this many days is listed as a problem (default 3).
    int disputeAgeLimitDays() const;
    void setDisputeAgeLimitDays(int days);

    /// The figures shown, from the last refresh (none when nothing could be read).
    const std::optional<core::workflow::DatasetStatus> &status() const { return m_status; }
    const QList<DashboardProblem> &problems() const { return m_problems; }
    /// The agreement statistics shown, from the last refresh (none when they could not be computed).
    const std::optional<core::workflow::DatasetStatistics> &statistics() const { return m_statistics; }
    QChartView *chartView(Chart chart) const;
    /// Saves a chart at its on-screen size: PNG (or any raster format Qt writes) by the
    /// file's suffix, SVG for ".svg". False with lastError() naming the file otherwise.
    bool saveChart(Chart chart, const QString &path);
    QString lastError() const { return m_lastError; }

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refreshDataset();
    void showStates(const core::workflow::DatasetStatus &s);
    void showExclusions(const QList<core::workflow::ExcludedStudy> &excluded);
    void showClassBalance(const core::workflow::DatasetStatus &s, const core::workflow::Dataset &dataset);
    void showReaders(const core::workflow::DatasetStatus &s);
    void showAgreement(const core::workflow::DatasetStatus &s);
    void showProblems();
    void showStatistics(const core::workflow::DatasetStatistics &s, const core::workflow::Dataset &dataset);
    void clearStatistics(const QString &message);
    void clearFigures(const QString &message);
    void saveChartDialog(Chart chart);
    void retranslateUi();

    core::store::Workspace *m_workspace = nullptr;
    std::optional<core::workflow::Session> m_session;
    std::optional<core::workflow::DatasetStatus> m_status;
    std::optional<core::workflow::DatasetStatistics> m_statistics;
    QList<DashboardProblem> m_problems;
    QString m_lastError;
    bool m_stale = true; ///< the workspace changed while the panel was hidden

    QComboBox *m_datasets = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_ageLabel = nullptr;
    QSpinBox *m_ageDays = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_statesTitle = nullptr;
    QLabel *m_overall = nullptr;
    QProgressBar *m_overallBar = nullptr;
    QTableWidget *m_states = nullptr;
    QLabel *m_exclusionsTitle = nullptr;
    QTableWidget *m_exclusions = nullptr;
    QLabel *m_balanceTitle = nullptr;
    QChartView *m_balanceChart = nullptr;
    QPushButton *m_saveBalance = nullptr;
    QLabel *m_agreementTitle = nullptr;
    QLabel *m_disputedShare = nullptr;
    QProgressBar *m_disputedBar = nullptr;
    QLabel *m_excludedShare = nullptr;
    QProgressBar *m_excludedBar = nullptr;
    QLabel *m_kappa = nullptr;
    QLabel *m_readersTitle = nullptr;
    QTableWidget *m_readers = nullptr;
    QChartView *m_readerChart = nullptr;
    QPushButton *m_saveReaders = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QListWidget *m_problemList = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_statsMessage = nullptr;
    QLabel *m_classesTitle = nullptr;
    QLabel *m_classSummary = nullptr;
    QTableWidget *m_kappas = nullptr;
    QLabel *m_confusionTitle = nullptr;
    QTableWidget *m_confusion = nullptr;
    QLabel *m_findingsTitle = nullptr;
    QTableWidget *m_distributions = nullptr;
    QLabel *m_detectionTitle = nullptr;
    QLabel *m_detection = nullptr;
    QTableWidget *m_detectionReaders = nullptr;
    QLabel *m_processTitle = nullptr;
    QTableWidget *m_readerProcess = nullptr;
};

/// "h:mm:ss" (or "m:ss" under an hour) for a duration in seconds, as the dashboard shows reading time.
QString formatDuration(qint64 seconds);

} // namespace etalon::app
