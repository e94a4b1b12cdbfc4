#include "app/gui/DashboardPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegendMarker>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QShowEvent>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace etalon::app {

using core::workflow::DatasetStatus;

namespace {

/// The rows of the studies-by-state table, in the order a study goes through them.
enum StateRow { NotAssigned, ToRead, InReading, AwaitingExpert, InArbitration, Agreed, Arbitrated, Excluded, Final, Withdrawn, StateRowCount };

const char *const StateKeys[StateRowCount] = {"not_assigned", "to_read",  "in_reading", "awaiting_expert", "in_arbitration",
                                              "agreed",       "arbitrated", "excluded", "final",           "withdrawn"};

int totalStudies(const DatasetStatus &s)
{
    int total = 0;
    for (int n : s.studiesByState)
        total += n;
    return total;
}

int stateCount(const DatasetStatus &s, StateRow row)
{
    switch (row) {
    case NotAssigned: return s.studiesByState.value(QStringLiteral("added"));
    case ToRead: return s.studiesByState.value(QStringLiteral("assigned"));
    case InReading: return s.studiesByState.value(QStringLiteral("reading"));
    case AwaitingExpert: return s.awaitingExpert;
    case InArbitration: return s.awaitingArbitration - s.awaitingExpert;
    case Agreed: return s.finalByState.value(QStringLiteral("agreed"));
    case Arbitrated: return s.finalByState.value(QStringLiteral("arbitrated"));
    case Excluded: return s.finalByState.value(QStringLiteral("excluded"));
    case Final: return s.studiesByState.value(QStringLiteral("final"));
    case Withdrawn: return s.studiesByState.value(QStringLiteral("withdrawn"));
    case StateRowCount: break;
    }
    return 0;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setupTable(QTableWidget *table)
{
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
}

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 300);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

/// A count axis from 0 with whole-number ticks at 1, 2 or 5 x 10^k, a little above the highest value.
QValueAxis *countAxis(int highest)
{
    int step = 1;
    for (int scale = 1; step * 6 < highest; scale *= 10) {
        for (int m : {1, 2, 5}) {
            step = m * scale;
            if (step * 6 >= highest)
                break;
        }
    }
    auto *axis = new QValueAxis;
    const int top = (highest / step + 1) * step;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
}

/// A right-aligned cell showing \a text for the exact \a value (kept in Qt::UserRole).
QTableWidgetItem *valueItem(const QString &text, const QVariant &value = QVariant())
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    return item;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

const QString Dash = QStringLiteral("—");

} // namespace

QString formatDuration(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 sec = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

DashboardPanel::DashboardPanel(QWidget *parent)
    : QWidget(parent)
    , m_datasets(new QComboBox(this))
    , m_refresh(new QPushButton(this))
    , m_ageLabel(new QLabel(this))
    , m_ageDays(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto *content = new QWidget;
    m_statesTitle = new QLabel(content);
    m_overall = new QLabel(content);
    m_overallBar = new QProgressBar(content);
    m_states = new QTableWidget(StateRowCount, 3, content);
    m_exclusionsTitle = new QLabel(content);
    m_exclusions = new QTableWidget(0, 4, content);
    m_balanceTitle = new QLabel(content);
    m_balanceChart = makeChartView(content);
    m_saveBalance = new QPushButton(content);
    m_agreementTitle = new QLabel(content);
    m_disputedShare = new QLabel(content);
    m_disputedBar = new QProgressBar(content);
    m_excludedShare = new QLabel(content);
    m_excludedBar = new QProgressBar(content);
    m_kappa = new QLabel(content);
    m_readersTitle = new QLabel(content);
    m_readers = new QTableWidget(0, 8, content);
    m_readerChart = makeChartView(content);
    m_saveReaders = new QPushButton(content);
    m_problemsTitle = new QLabel(content);
    m_problemList = new QListWidget(content);

    m_datasets->setObjectName(QStringLiteral("dashboardDataset"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_ageDays->setObjectName(QStringLiteral("dashboardDisputeAgeDays"));
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_overall->setObjectName(QStringLiteral("dashboardOverall"));
    m_overallBar->setObjectName(QStringLiteral("dashboardOverallBar"));
    m_states->setObjectName(QStringLiteral("dashboardStates"));
    m_exclusions->setObjectName(QStringLiteral("dashboardExclusions"));
    m_balanceChart->setObjectName(QStringLiteral("dashboardClassBalance"));
    m_saveBalance->setObjectName(QStringLiteral("dashboardSaveClassBalance"));
    m_disputedShare->setObjectName(QStringLiteral("dashboardDisputedShare"));
    m_disputedBar->setObjectName(QStringLiteral("dashboardDisputedBar"));
    m_excludedShare->setObjectName(QStringLiteral("dashboardExcludedShare"));
    m_excludedBar->setObjectName(QStringLiteral("dashboardExcludedBar"));
    m_kappa->setObjectName(QStringLiteral("dashboardKappa"));
    m_readers->setObjectName(QStringLiteral("dashboardReaders"));
    m_readerChart->setObjectName(QStringLiteral("dashboardReaderWorkload"));
    m_saveReaders->setObjectName(QStringLiteral("dashboardSaveReaderWorkload"));
    m_problemList->setObjectName(QStringLiteral("dashboardProblems"));

    m_ageDays->setRange(0, 365);
    m_ageDays->setValue(3);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *title : {m_statesTitle, m_exclusionsTitle, m_balanceTitle, m_agreementTitle, m_readersTitle, m_problemsTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    for (QLabel *label : {m_overall, m_disputedShare, m_excludedShare, m_kappa}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QTableWidget *table : {m_states, m_exclusions, m_readers})
        setupTable(table);
    m_states->setSelectionMode(QAbstractItemView::NoSelection);
    m_states->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_states->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < StateRowCount; ++row) {
        auto *bar = new QProgressBar(m_states);
        bar->setObjectName(QStringLiteral("dashboardStateBar_%1").arg(QLatin1String(StateKeys[row])));
        bar->setMaximumHeight(18);
        m_states->setCellWidget(row, 2, bar);
        m_states->setItem(row, 1, numberItem(0));
    }
    m_states->verticalHeader()->setDefaultSectionSize(m_states->fontMetrics().height() + 8);
    m_states->setFixedHeight(m_states->verticalHeader()->defaultSectionSize() * StateRowCount +
                             m_states->horizontalHeader()->sizeHint().height() + 4);
    m_readers->horizontalHeader()->setStretchLastSection(false);
    m_readers->horizontalHeader()->setMinimumSectionSize(40);
    m_readers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_readers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_exclusions->setMaximumHeight(110);
    m_exclusions->horizontalHeader()->setStretchLastSection(false);
    m_exclusions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_problemList->setMinimumHeight(130);
    m_problemList->setWordWrap(true);
    for (QProgressBar *bar : {m_disputedBar, m_excludedBar}) {
        bar->setRange(0, 1000);
        bar->setMaximumHeight(18);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasets, 1);
    top->addWidget(m_refresh);
    top->addSpacing(12);
    top->addWidget(m_ageLabel);
    top->addWidget(m_ageDays);

    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(4, 4, 4, 4);
    // Left column: where the studies are; right column: what came of them.
    auto *states = new QVBoxLayout;
    states->addWidget(m_statesTitle);
    states->addWidget(m_overall);
    states->addWidget(m_overallBar);
    states->addWidget(m_states);
    states->addWidget(m_exclusionsTitle);
    states->addWidget(m_exclusions);
    auto *balance = new QVBoxLayout;
    auto *balanceHead = new QHBoxLayout;
    balanceHead->addWidget(m_balanceTitle, 1);
    balanceHead->addWidget(m_saveBalance);
    balance->addLayout(balanceHead);
    balance->addWidget(m_balanceChart, 1);
    auto *agreement = new QVBoxLayout;
    agreement->addWidget(m_agreementTitle);
    agreement->addWidget(m_disputedShare);
    agreement->addWidget(m_disputedBar);
    agreement->addWidget(m_excludedShare);
    agreement->addWidget(m_excludedBar);
    agreement->addWidget(m_kappa);
    balance->addLayout(agreement);
    auto *readers = new QVBoxLayout;
    auto *readersHead = new QHBoxLayout;
    readersHead->addWidget(m_readersTitle, 1);
    readersHead->addWidget(m_saveReaders);
    readers->addLayout(readersHead);
    readers->addWidget(m_readers);
    auto *problems = new QVBoxLayout;
    problems->addWidget(m_problemsTitle);
    problems->addWidget(m_problemList, 1);
    grid->addLayout(states, 0, 0);
    grid->addLayout(balance, 0, 1);
    grid->addLayout(readers, 1, 0);
    grid->addWidget(m_readerChart, 1, 1);
    grid->addLayout(problems, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    // The agreement statistics (Statistics::compute, as `etalon-cli stats --json`).
    auto *stats = new QWidget;
    m_statsMessage = new QLabel(stats);
    m_classesTitle = new QLabel(stats);
    m_classSummary = new QLabel(stats);
    m_kappas = new QTableWidget(4, 7, stats);
    m_confusionTitle = new QLabel(stats);
    m_confusion = new QTableWidget(0, 0, stats);
    m_findingsTitle = new QLabel(stats);
    m_distributions = new QTableWidget(0, 5, stats);
    m_detectionTitle = new QLabel(stats);
    m_detection = new QLabel(stats);
    m_detectionReaders = new QTableWidget(0, 4, stats);
    m_processTitle = new QLabel(stats);
    m_readerProcess = new QTableWidget(0, 5, stats);
    m_statsMessage->setObjectName(QStringLiteral("statsMessage"));
    m_classSummary->setObjectName(QStringLiteral("statsClassSummary"));
    m_kappas->setObjectName(QStringLiteral("statsKappas"));
    m_confusion->setObjectName(QStringLiteral("statsConfusion"));
    m_distributions->setObjectName(QStringLiteral("statsDistributions"));
    m_detection->setObjectName(QStringLiteral("statsDetection"));
    m_detectionReaders->setObjectName(QStringLiteral("statsDetectionReaders"));
    m_readerProcess->setObjectName(QStringLiteral("statsReaders"));
    for (QLabel *title : {m_classesTitle, m_confusionTitle, m_findingsTitle, m_detectionTitle, m_processTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    for (QLabel *label : {m_statsMessage, m_classSummary, m_detection}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (QTableWidget *table : {m_kappas, m_confusion, m_distributions, m_detectionReaders, m_readerProcess}) {
        setupTable(table);
        table->horizontalHeader()->setStretchLastSection(false);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        if (table->columnCount() > 0)
            table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setWordWrap(false);
    }
    // Figures at their natural width, the names take the rest.
    for (QTableWidget *table : {m_kappas, m_distributions}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_confusion->verticalHeader()->show();
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_confusion->setSelectionMode(QAbstractItemView::NoSelection);
    m_kappas->setSelectionMode(QAbstractItemView::NoSelection);
    auto *statsGrid = new QGridLayout(stats);
    statsGrid->setContentsMargins(4, 4, 4, 4);
    auto *classes = new QVBoxLayout;
    classes->addWidget(m_classesTitle);
    classes->addWidget(m_classSummary);
    classes->addWidget(m_kappas);
    classes->addWidget(m_confusionTitle);
    classes->addWidget(m_confusion);
    classes->addStretch(1);
    auto *findings = new QVBoxLayout;
    findings->addWidget(m_findingsTitle);
    findings->addWidget(m_distributions);
    findings->addWidget(m_detectionTitle);
    findings->addWidget(m_detection);
    findings->addWidget(m_detectionReaders);
    findings->addStretch(1);
    auto *process = new QVBoxLayout;
    process->addWidget(m_processTitle);
    process->addWidget(m_readerProcess);
    statsGrid->addWidget(m_statsMessage, 0, 0, 1, 2);
    statsGrid->addLayout(classes, 1, 0);
    statsGrid->addLayout(findings, 1, 1);
    statsGrid->addLayout(process, 2, 0, 1, 2);
    statsGrid->setColumnStretch(0, 1);
    statsGrid->setColumnStretch(1, 1);
    statsGrid->setRowStretch(3, 1);
    auto *statsScroll = new QScrollArea;
    statsScroll->setWidgetResizable(true);
    statsScroll->setWidget(stats);
    statsScroll->setFrameShape(QFrame::NoFrame);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(statsScroll, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_datasets, &QComboBox::currentIndexChanged, this, &DashboardPanel::refreshDataset);
    connect(m_ageDays, &QSpinBox::valueChanged, this, &DashboardPanel::refreshDataset);
    connect(m_saveBalance, &QPushButton::clicked, this, [this] { saveChartDialog(Chart::ClassBalance); });
    connect(m_saveReaders, &QPushButton::clicked, this, [this] { saveChartDialog(Chart::ReaderWorkload); });
    retranslateUi();
    setWorkspace(nullptr, std::nullopt);
}

void DashboardPanel::setWorkspace(core::store::Workspace *workspace, const std::optional<core::workflow::Session> &session)
{
    m_workspace = workspace;
    m_session = session;
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QString DashboardPanel::currentDatasetCode() const
{
    return m_datasets->currentData().toString();
}

bool DashboardPanel::setCurrentDataset(const QString &code)
{
    const int index = m_datasets->findData(code);
    if (index < 0)
        return false;
    if (index == m_datasets->currentIndex())
        refreshDataset();
    else
        m_datasets->setCurrentIndex(index);
    return true;
}

int DashboardPanel::disputeAgeLimitDays() const
{
    return m_ageDays->value();
}

void DashboardPanel::setDisputeAgeLimitDays(int days)
{
    m_ageDays->setValue(days);
}

QChartView *DashboardPanel::chartView(Chart chart) const
{
    return chart == Chart::ClassBalance ? m_balanceChart : m_readerChart;
}

void DashboardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshDataset();
    }
    QWidget::changeEvent(event);
}

void DashboardPanel::retranslateUi()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the figures again from the workspace"));
    m_ageLabel->setText(tr("Disputes waiting longer than (days):"));
    m_statesTitle->setText(tr("Studies by state"));
    m_exclusionsTitle->setText(tr("Excluded studies and why"));
    m_balanceTitle->setText(tr("Class balance: final labels against the plan's targets"));
    m_saveBalance->setText(tr("Save chart…"));
    m_saveReaders->setText(tr("Save chart…"));
    m_agreementTitle->setText(tr("Agreement"));
    m_readersTitle->setText(tr("Reader workload and pace"));
    m_problemsTitle->setText(tr("Problems"));
    const QStringList stateNames = {tr("Not assigned"),   tr("To read"),      tr("In reading"),
                                    tr("Disputed, no expert"), tr("In arbitration"), tr("Final: agreed"),
                                    tr("Final: arbitrated"), tr("Excluded (unresolvable)"), tr("Final, all"),
                                    tr("Withdrawn")};
    for (int row = 0; row < StateRowCount; ++row) {
        auto *item = new QTableWidgetItem(stateNames.at(row));
        item->setData(Qt::UserRole, QLatin1String(StateKeys[row]));
        m_states->setItem(row, 0, item);
    }
    m_states->setHorizontalHeaderLabels({tr("State"), tr("Studies"), tr("Share of the dataset")});
    m_exclusions->setHorizontalHeaderLabels({tr("Study"), tr("Reason"), tr("Expert"), tr("Decided")});
    m_readers->setHorizontalHeaderLabels({tr("Reader"), tr("Assigned"), tr("In progress"), tr("Submitted"), tr("Time"),
                                          tr("Per study"), tr("Upheld"), tr("Decided")});
    m_readers->horizontalHeaderItem(4)->setToolTip(tr("Time spent on the reader's primary readings (h:mm:ss)"));
    m_readers->horizontalHeaderItem(5)->setToolTip(tr("Time spent on all primary readings divided by the readings submitted"));
    m_readers->horizontalHeaderItem(6)->setToolTip(tr("Decided arbitrations of this reader's studies that accepted their reading"));
    m_readers->horizontalHeaderItem(7)->setToolTip(tr("Arbitrations this user decided as the expert"));

    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("Agreement statistics"));
    m_classesTitle->setText(tr("Study-level classes: the two primary reads"));
    m_confusionTitle->setText(tr("Confusion matrix: rows reader A (the reading assigned first), columns reader B"));
    m_findingsTitle->setText(tr("Findings and masks: matched pairs"));
    m_detectionTitle->setText(tr("Detection agreement"));
    m_processTitle->setText(tr("Per reader: primary readings submitted, time and arbitration outcome"));
    m_kappas->setHorizontalHeaderLabels({tr("Statistic"), tr("Kappa"), tr("95% CI"), tr("SE"), tr("Observed"), tr("Expected"),
                                         tr("Studies")});
    m_kappas->horizontalHeaderItem(4)->setToolTip(tr("Observed agreement (weighted for weighted kappa)"));
    m_kappas->horizontalHeaderItem(5)->setToolTip(tr("Agreement expected by chance from the margins"));
    m_kappas->horizontalHeaderItem(3)->setToolTip(tr("Standard error (for Fleiss' kappa: under the null hypothesis kappa = 0)"));
    m_distributions->setHorizontalHeaderLabels({tr("Measure"), tr("Pairs"), tr("Median"), tr("IQR (Q1–Q3)"), tr("Min–max")});
    m_detectionReaders->setHorizontalHeaderLabels({tr("Reader"), tr("Findings drawn"), tr("Matched"), tr("Unmatched")});
    m_readerProcess->setHorizontalHeaderLabels({tr("Reader"), tr("Studies read"), tr("Mean time per study"),
                                                tr("Median time per study"), tr("Upheld in arbitration")});
    m_readerProcess->horizontalHeaderItem(4)->setToolTip(
        tr("Decided arbitrations of this reader's studies that accepted their reading, of all decided on their studies"));
}

void DashboardPanel::refresh()
{
    m_stale = false;
    const QString current = currentDatasetCode();
    {
        const QSignalBlocker blocker(m_datasets);
        m_datasets->clear();
        if (m_workspace && m_session && m_session->isCoordinator()) {
            const auto datasets = core::workflow::Datasets::list(*m_workspace, *m_session);
            if (datasets) {
                for (const core::workflow::Dataset &d : *datasets)
                    m_datasets->addItem(QStringLiteral("%1 — %2").arg(d.spec.code, d.spec.name), d.spec.code);
            } else {
                m_datasets->setEnabled(false);
                clearFigures(datasets.error().message);
                return;
            }
        }
        const int index = m_datasets->findData(current);
        m_datasets->setCurrentIndex(index >= 0 ? index : 0);
    }
    refreshDataset();
}

void DashboardPanel::clearFigures(const QString &message)
{
    m_status.reset();
    m_problems.clear();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    for (int row = 0; row < StateRowCount; ++row) {
        m_states->setItem(row, 1, numberItem(0));
        static_cast<QProgressBar *>(m_states->cellWidget(row, 2))->setValue(0);
    }
    m_overall->clear();
    m_overallBar->setValue(0);
    m_exclusions->setRowCount(0);
    m_readers->setRowCount(0);
    m_disputedShare->clear();
    m_excludedShare->clear();
    m_disputedBar->setValue(0);
    m_excludedBar->setValue(0);
    m_kappa->clear();
    clearChart(m_balanceChart->chart());
    clearChart(m_readerChart->chart());
    m_problemList->clear();
    clearStatistics(QString());
}

void DashboardPanel::refreshDataset()
{
    const bool coordinator = m_workspace && m_session && m_session->isCoordinator();
    m_datasets->setEnabled(coordinator);
    m_refresh->setEnabled(coordinator);
    if (!coordinator) {
        clearFigures(m_workspace ? tr("The dashboard is for coordinators: sign in as a coordinator to see it.") : QString());
        return;
    }
    const QString code = currentDatasetCode();
    if (code.isEmpty()) {
        clearFigures(tr("No dataset yet: plan one in the Datasets panel."));
        return;
    }
    using namespace core::workflow;
    using core::Error;
    using core::Result;
    const Result<DatasetStatus> s = Verification::status(*m_workspace, *m_session, code);
    const Result<Dataset> dataset = Datasets::show(*m_workspace, *m_session, code);
    const Result<QList<ExcludedStudy>> excluded = Verification::excludedStudies(*m_workspace, *m_session, code);
    const Result<QList<DisputeItem>> disputes = Verification::disputes(*m_workspace, *m_session, code);
    const Result<QList<User>> users = Users::list(*m_workspace, *m_session);
    for (const Error *e : {s ? nullptr : &s.error(), dataset ? nullptr : &dataset.error(), excluded ? nullptr : &excluded.error(),
                           disputes ? nullptr : &disputes.error(), users ? nullptr : &users.error()}) {
        if (e) {
            clearFigures(tr("Cannot show the dashboard of %1: %2").arg(code, e->message));
            return;
        }
    }
    m_status = *s;
    m_message->clear();
    m_message->hide();
    showStates(*s);
    showExclusions(*excluded);
    showClassBalance(*s, *dataset);
    showReaders(*s);
    showAgreement(*s);
    m_problems = core::workflow::DatasetProblems::find(*s, *dataset, *disputes, *users, m_ageDays->value(),
                                                       QDateTime::currentDateTimeUtc());
    showProblems();
    const Result<DatasetStatistics> statistics = Statistics::compute(*m_workspace, *m_session, code);
    if (statistics)
        showStatistics(*statistics, *dataset);
    else
        clearStatistics(tr("Cannot compute the agreement statistics of %1: %2").arg(code, statistics.error().message));
}

void DashboardPanel::showStates(const DatasetStatus &s)
{
    const int total = totalStudies(s);
    const int final = stateCount(s, Final);
    m_overall->setText(tr("%n studies in the dataset", nullptr, total) + QStringLiteral("; ") +
                       tr("%1 final (%2%)").arg(final).arg(total > 0 ? QString::number(100.0 * final / total, 'f', 1) : QStringLiteral("0")));
    m_overallBar->setRange(0, std::max(1, total));
    m_overallBar->setValue(final);
    for (int row = 0; row < StateRowCount; ++row) {
        const int n = stateCount(s, StateRow(row));
        m_states->setItem(row, 1, numberItem(n));
        auto *bar = static_cast<QProgressBar *>(m_states->cellWidget(row, 2));
        bar->setRange(0, std::max(1, total));
        bar->setValue(n);
        bar->setFormat(QStringLiteral("%v / %m"));
    }
}

void DashboardPanel::showExclusions(const QList<core::workflow::ExcludedStudy> &excluded)
{
    m_exclusions->setRowCount(int(excluded.size()));
    for (int row = 0; row < excluded.size(); ++row) {
        const core::workflow::ExcludedStudy &e = excluded.at(row);
        auto *study = new QTableWidgetItem(e.studyInstanceUid);
        study->setToolTip(e.studyInstanceUid);
        auto *reason = new QTableWidgetItem(e.reason);
        reason->setToolTip(e.reason);
        m_exclusions->setItem(row, 0, study);
        m_exclusions->setItem(row, 1, reason);
        m_exclusions->setItem(row, 2, new QTableWidgetItem(e.expertLogin));
        m_exclusions->setItem(row, 3, new QTableWidgetItem(QLocale().toString(e.decidedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    m_exclusions->resizeColumnToContents(2);
    m_exclusions->resizeColumnToContents(3);
    m_exclusions->setColumnWidth(0, 160);
}

void DashboardPanel::showClassBalance(const DatasetStatus &s, const core::workflow::Dataset &dataset)
{
    QChart *chart = m_balanceChart->chart();
    clearChart(chart);
    const QList<core::LabelClass> &classes = dataset.spec.schema.classes;
    QStringList categories;
    for (const core::LabelClass &c : classes)
        categories << c.code;
    // One bar set per class, non-zero only at its own category: each bar in the schema's colour.
    auto *finals = new QStackedBarSeries;
    finals->setName(tr("Final labels"));
    int highest = 1;
    for (int i = 0; i < classes.size(); ++i) {
        const core::LabelClass &c = classes.at(i);
        auto *set = new QBarSet(c.code);
        set->setObjectName(QStringLiteral("final:") + c.code);
        const int n = s.finalClassCounts.value(c.code);
        for (int j = 0; j < classes.size(); ++j)
            *set << (j == i ? n : 0);
        const QColor colour(c.colour);
        set->setColor(colour.isValid() ? colour : QColor(Qt::gray));
        set->setBorderColor(set->color().darker(140));
        finals->append(set);
        highest = std::max({highest, n, int(dataset.spec.classTargets.value(c.code))});
    }
    finals->setBarWidth(0.6);
    finals->setLabelsVisible(true);
    finals->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(finals);
    // Targets as marks over the bars (a class without a target has no mark).
    auto *targets = new QScatterSeries;
    targets->setName(tr("Target"));
    targets->setObjectName(QStringLiteral("targets"));
    targets->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    targets->setMarkerSize(11);
    targets->setColor(QColor(QStringLiteral("#202020")));
    targets->setBorderColor(Qt::white);
    for (int i = 0; i < classes.size(); ++i) {
        const auto it = dataset.spec.classTargets.constFind(classes.at(i).code);
        if (it != dataset.spec.classTargets.constEnd())
            targets->append(i, it.value());
    }
    targets->setPointLabelsVisible(true);
    targets->setPointLabelsFormat(tr("target @yPoint"));
    targets->setPointLabelsClipping(false);
    chart->addSeries(targets);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    QValueAxis *y = countAxis(highest);
    y->setTitleText(tr("Studies"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(finals), static_cast<QAbstractSeries *>(targets)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // The axis names the classes under their coloured bars: the legend explains the marks only.
    for (QLegendMarker *marker : chart->legend()->markers(finals))
        marker->setVisible(false);
    chart->setTitle(tr("%1: final labels by class (bars) and targets (marks)").arg(s.datasetCode));
}

void DashboardPanel::showReaders(const DatasetStatus &s)
{
    m_readers->setRowCount(int(s.readers.size()));
    QStringList logins;
    auto *submitted = new QBarSet(tr("Submitted"));
    auto *inProgress = new QBarSet(tr("In progress"));
    auto *assigned = new QBarSet(tr("Assigned, not started"));
    submitted->setColor(QColor(QStringLiteral("#2e7d32")));
    inProgress->setColor(QColor(QStringLiteral("#f9a825")));
    assigned->setColor(QColor(QStringLiteral("#90a4ae")));
    int highest = 1;
    for (int row = 0; row < s.readers.size(); ++row) {
        const core::workflow::ReaderFigures &r = s.readers.at(row);
        m_readers->setItem(row, 0, new QTableWidgetItem(r.login));
        m_readers->setItem(row, 1, numberItem(r.assigned));
        m_readers->setItem(row, 2, numberItem(r.inProgress));
        m_readers->setItem(row, 3, numberItem(r.submitted));
        auto *spent = new QTableWidgetItem(formatDuration(r.secondsSpent));
        spent->setData(Qt::UserRole, r.secondsSpent);
        spent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_readers->setItem(row, 4, spent);
        // Pace: the time of every primary reading over the readings submitted.
        auto *pace = new QTableWidgetItem(r.submitted > 0 ? formatDuration(qRound64(double(r.secondsSpent) / r.submitted))
                                                          : QStringLiteral("—"));
        pace->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        pace->setToolTip(tr("Time spent on all primary readings divided by the readings submitted"));
        m_readers->setItem(row, 5, pace);
        m_readers->setItem(row, 6, new QTableWidgetItem(tr("%1 of %2").arg(r.upheldInArbitration).arg(r.arbitrationsInvolved)));
        m_readers->setItem(row, 7, numberItem(r.arbitrationsDecided));
        logins << r.login;
        *submitted << r.submitted;
        *inProgress << r.inProgress;
        *assigned << r.assigned;
        highest = std::max(highest, r.submitted + r.inProgress + r.assigned);
    }
    QChart *chart = m_readerChart->chart();
    clearChart(chart);
    auto *series = new QStackedBarSeries;
    series->append({submitted, inProgress, assigned});
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(logins);
    QValueAxis *y = countAxis(highest);
    y->setTitleText(tr("Primary readings"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(tr("%1: primary readings per reader").arg(s.datasetCode));
}

void DashboardPanel::showAgreement(const DatasetStatus &s)
{
    const auto percent = [](double share) { return QString::number(100.0 * share, 'f', 1); };
    const auto colour = [](QLabel *label, QProgressBar *bar, bool above) {
        label->setStyleSheet(above ? QStringLiteral("color: #b71c1c;") : QString());
        bar->setStyleSheet(above ? QStringLiteral("QProgressBar::chunk { background: #c62828; }")
                                 : QStringLiteral("QProgressBar::chunk { background: #2e7d32; }"));
    };
    m_disputedShare->setText(tr("Disputed after two reads: %1 of %2 studies read twice (%3%); the article saw up to %4%.")
                                 .arg(s.disputedAfterTwoReads)
                                 .arg(s.completedPairs)
                                 .arg(percent(s.disputedShare), percent(DatasetStatus::DisputedShareReference)));
    m_disputedBar->setValue(qRound(1000 * std::clamp(s.disputedShare, 0.0, 1.0)));
    m_disputedBar->setFormat(percent(s.disputedShare) + QLatin1Char('%'));
    colour(m_disputedShare, m_disputedBar, s.disputedShare > DatasetStatus::DisputedShareReference);
    m_excludedShare->setText(tr("Excluded after arbitration: %1 of %2 (%3%); the article saw up to %4%. "
                                "Awaiting arbitration: %5, of them without an expert: %6.")
                                 .arg(s.stillDisputedAfterArbitration)
                                 .arg(s.completedPairs)
                                 .arg(percent(s.excludedShare), percent(DatasetStatus::ExcludedShareReference))
                                 .arg(s.awaitingArbitration)
                                 .arg(s.awaitingExpert));
    m_excludedBar->setValue(qRound(1000 * std::clamp(s.excludedShare, 0.0, 1.0)));
    m_excludedBar->setFormat(percent(s.excludedShare) + QLatin1Char('%'));
    colour(m_excludedShare, m_excludedBar, s.excludedShare > DatasetStatus::ExcludedShareReference);
    const QString weighting = s.kappaWeighting == QLatin1String("quadratic") ? tr("quadratic-weighted") : tr("unweighted");
    if (s.kappa) {
        m_kappa->setText(tr("Cohen's kappa (%1) between the two primary reads: %2 (95% CI %3 to %4) over %n studies", nullptr,
                            s.kappaItems)
                             .arg(weighting, QString::number(*s.kappa, 'f', 3),
                                  s.kappaCiLower ? QString::number(*s.kappaCiLower, 'f', 3) : QStringLiteral("—"),
                                  s.kappaCiUpper ? QString::number(*s.kappaCiUpper, 'f', 3) : QStringLiteral("—")));
    } else {
        m_kappa->setText(tr("Cohen's kappa (%1): undefined over %n studies (needs pairs with more than one class)", nullptr,
                            s.kappaItems)
                             .arg(weighting));
    }
}

void DashboardPanel::showProblems()
{
    m_problemList->clear();
    if (m_problems.isEmpty()) {
        m_problemList->addItem(tr("No problems found."));
        return;
    }
    for (const DashboardProblem &p : m_problems) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning), p.message);
        item->setData(Qt::UserRole, int(p.kind));
        item->setData(Qt::UserRole + 1, p.subject);
        m_problemList->addItem(item);
    }
}

void DashboardPanel::clearStatistics(const QString &message)
{
    m_statistics.reset();
    m_statsMessage->setText(message);
    m_statsMessage->setVisible(!message.isEmpty());
    m_classSummary->clear();
    for (int row = 0; row < m_kappas->rowCount(); ++row) {
        for (int column = 1; column < m_kappas->columnCount(); ++column)
            m_kappas->setItem(row, column, nullptr);
    }
    m_confusion->setRowCount(0);
    m_confusion->setColumnCount(0);
    m_distributions->setRowCount(0);
    m_detection->clear();
    m_detectionReaders->setRowCount(0);
    m_readerProcess->setRowCount(0);
}

void DashboardPanel::showStatistics(const core::workflow::DatasetStatistics &s, const core::workflow::Dataset &dataset)
{
    using core::evaluation::DistributionSummary;
    using core::evaluation::KappaEstimate;
    m_statistics = s;
    m_statsMessage->clear();
    m_statsMessage->hide();

    // Study-level classes.
    const core::workflow::ClassAgreement &c = s.classes;
    const bool ordinal = c.scale == QLatin1String("ordinal");
    m_classSummary->setText(
        tr("%1 studies read twice, %2 of them with a class from both readers (%3 scale). Percent agreement: %4.")
            .arg(c.completedPairs)
            .arg(c.items)
            .arg(ordinal ? tr("ordinal") : tr("nominal"),
                 c.percentAgreement ? fixed(100.0 * *c.percentAgreement, 1) + QLatin1Char('%') : Dash));
    m_classSummary->setProperty("percentAgreement", c.percentAgreement ? QVariant(*c.percentAgreement) : QVariant());
    const auto kappaRow = [this](int row, const QString &key, const QString &name, const std::optional<KappaEstimate> &k,
                                 const QString &missing) {
        auto *title = new QTableWidgetItem(name);
        title->setData(Qt::UserRole, key);
        m_kappas->setItem(row, 0, title);
        if (!k) {
            m_kappas->setItem(row, 1, valueItem(missing));
            for (int column = 2; column < 7; ++column)
                m_kappas->setItem(row, column, valueItem(Dash));
            return;
        }
        m_kappas->setItem(row, 1, valueItem(fixed(k->kappa, 3), k->kappa));
        auto *ci = valueItem(tr("%1 to %2").arg(fixed(k->ciLower, 3), fixed(k->ciUpper, 3)));
        ci->setData(Qt::UserRole, QVariantList{k->ciLower, k->ciUpper});
        m_kappas->setItem(row, 2, ci);
        m_kappas->setItem(row, 3, valueItem(fixed(k->standardError, 3), k->standardError));
        m_kappas->setItem(row, 4, valueItem(fixed(k->observedAgreement, 3), k->observedAgreement));
        m_kappas->setItem(row, 5, valueItem(fixed(k->expectedAgreement, 3), k->expectedAgreement));
        m_kappas->setItem(row, 6, valueItem(QString::number(k->items), k->items));
    };
    const QString undefined = tr("undefined");
    const QString nominalOnly = tr("not for a nominal scale");
    kappaRow(0, QStringLiteral("cohen"), tr("Cohen's kappa"), c.cohenKappa, undefined);
    kappaRow(1, QStringLiteral("linear"), tr("Weighted kappa, linear"), c.linearKappa, ordinal ? undefined : nominalOnly);
    kappaRow(2, QStringLiteral("quadratic"), tr("Weighted kappa, quadratic"), c.quadraticKappa, ordinal ? undefined : nominalOnly);
    auto *fleissTitle = new QTableWidgetItem(tr("Fleiss' kappa (with arbitration reads)"));
    fleissTitle->setData(Qt::UserRole, QStringLiteral("fleiss"));
    fleissTitle->setToolTip(tr("Over the studies with the most common number (three or more) of class reads, counting the "
                               "expert's own arbitration reading as a read"));
    m_kappas->setItem(3, 0, fleissTitle);
    if (const auto &f = c.fleissKappa) {
        m_kappas->setItem(3, 1, valueItem(fixed(f->kappa, 3), f->kappa));
        m_kappas->setItem(3, 2, valueItem(Dash));
        m_kappas->setItem(3, 3, valueItem(fixed(f->standardErrorNull, 3), f->standardErrorNull));
        m_kappas->setItem(3, 4, valueItem(fixed(f->meanObservedAgreement, 3), f->meanObservedAgreement));
        m_kappas->setItem(3, 5, valueItem(fixed(f->expectedAgreement, 3), f->expectedAgreement));
        auto *items = valueItem(tr("%1 × %2 reads").arg(f->items).arg(f->ratersPerItem), f->items);
        items->setData(Qt::UserRole + 1, f->ratersPerItem);
        m_kappas->setItem(3, 6, items);
    } else {
        m_kappas->setItem(3, 1, valueItem(tr("none")));
        m_kappas->item(3, 1)->setToolTip(tr("No study has three class reads (an expert's own arbitration reading is the third)"));
        for (int column = 2; column < 7; ++column)
            m_kappas->setItem(3, column, valueItem(Dash));
    }

    // The confusion matrix with totals; headers are the class codes, their names in tooltips.
    const int k = int(c.categories.size());
    m_confusion->clear();
    m_confusion->setRowCount(k + 1);
    m_confusion->setColumnCount(k + 1);
    QHash<QString, QString> names;
    for (const core::LabelClass &lc : dataset.spec.schema.classes)
        names.insert(lc.code, lc.name);
    std::vector<qint64> columnTotals(std::size_t(k) + 1, 0);
    for (int i = 0; i <= k; ++i) {
        const QString code = i < k ? c.categories.at(i) : tr("Total");
        auto *rowHeader = new QTableWidgetItem(i < k ? tr("A: %1").arg(code) : code);
        auto *columnHeader = new QTableWidgetItem(i < k ? tr("B: %1").arg(code) : code);
        rowHeader->setToolTip(names.value(code));
        columnHeader->setToolTip(names.value(code));
        m_confusion->setVerticalHeaderItem(i, rowHeader);
        m_confusion->setHorizontalHeaderItem(i, columnHeader);
    }
    for (int a = 0; a < k; ++a) {
        qint64 rowTotal = 0;
        for (int b = 0; b < k; ++b) {
            const qint64 n = a < c.confusion.categories() && b < c.confusion.categories() ? c.confusion.counts[std::size_t(a)][std::size_t(b)] : 0;
            auto *item = valueItem(QString::number(n), n);
            item->setTextAlignment(Qt::AlignCenter);
            if (a == b) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(QStringLiteral("#e8f5e9")));
            }
            m_confusion->setItem(a, b, item);
            rowTotal += n;
            columnTotals[std::size_t(b)] += n;
        }
        columnTotals[std::size_t(k)] += rowTotal;
        m_confusion->setItem(a, k, valueItem(QString::number(rowTotal), rowTotal));
    }
    for (int b = 0; b <= k; ++b)
        m_confusion->setItem(k, b, valueItem(QString::number(columnTotals[std::size_t(b)]), columnTotals[std::size_t(b)]));
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    // Distributions over matched pairs.
    const core::workflow::FindingAgreement &f = s.findings;
    QHash<QString, QString> labelNames;
    for (const core::LabelClass &l : dataset.spec.schema.findingLabels)
        labelNames.insert(l.code, l.name);
    m_distributions->setRowCount(0);
    const auto distributionRow = [this](const QString &key, const QString &name, const std::optional<DistributionSummary> &d,
                                        int decimals) {
        const int row = m_distributions->rowCount();
        m_distributions->insertRow(row);
        auto *title = new QTableWidgetItem(name);
        title->setData(Qt::UserRole, key);
        m_distributions->setItem(row, 0, title);
        m_distributions->setItem(row, 1, valueItem(QString::number(d ? d->count : 0), d ? d->count : 0));
        if (!d) {
            for (int column = 2; column < 5; ++column)
                m_distributions->setItem(row, column, valueItem(Dash));
            return;
        }
        m_distributions->setItem(row, 2, valueItem(fixed(d->median, decimals), d->median));
        auto *iqr = valueItem(tr("%1 – %2").arg(fixed(d->q1, decimals), fixed(d->q3, decimals)));
        iqr->setData(Qt::UserRole, QVariantList{d->q1, d->q3});
        m_distributions->setItem(row, 3, iqr);
        auto *range = valueItem(tr("%1 – %2").arg(fixed(d->min, decimals), fixed(d->max, decimals)));
        range->setData(Qt::UserRole, QVariantList{d->min, d->max});
        m_distributions->setItem(row, 4, range);
    };
    distributionRow(QStringLiteral("iou"), tr("IoU, boxes and contours"), f.iou, 3);
    QList<int> labels = f.diceByLabel.keys();
    for (int label : f.hd95ByLabel.keys()) {
        if (!labels.contains(label))
            labels.append(label);
    }
    std::sort(labels.begin(), labels.end());
    for (int label : labels) {
        const QString code = f.labelCodes.value(label, QString::number(label));
        const QString shown = labelNames.contains(code) ? tr("%1 (%2)").arg(labelNames.value(code), code) : code;
        const auto dice = f.diceByLabel.constFind(label);
        distributionRow(QStringLiteral("dice:%1").arg(label), tr("Dice, mask label %1").arg(shown),
                        dice != f.diceByLabel.constEnd() ? std::optional<DistributionSummary>(*dice) : std::nullopt, 3);
        const auto hd = f.hd95ByLabel.constFind(label);
        distributionRow(QStringLiteral("hd95:%1").arg(label), tr("HD95 (mm), mask label %1").arg(shown),
                        hd != f.hd95ByLabel.constEnd() ? std::optional<DistributionSummary>(*hd) : std::nullopt, 2);
    }

    m_detection->setText(tr("Over %n studies where a reader drew findings: ", nullptr, f.studiesCompared) +
                         tr("matched pairs: %1; without a partner: %2 of reader A, %3 of reader B.")
                             .arg(f.matchedPairs)
                             .arg(f.unmatchedA)
                             .arg(f.unmatchedB));
    m_detection->setProperty("figures", QVariantList{f.studiesCompared, f.matchedPairs, f.unmatchedA, f.unmatchedB});
    m_detectionReaders->setRowCount(int(f.readers.size()));
    for (int row = 0; row < f.readers.size(); ++row) {
        const core::workflow::ReaderDetection &r = f.readers.at(row);
        m_detectionReaders->setItem(row, 0, new QTableWidgetItem(r.login));
        m_detectionReaders->setItem(row, 1, numberItem(r.drawn));
        m_detectionReaders->setItem(row, 2, numberItem(r.matched));
        m_detectionReaders->setItem(row, 3, numberItem(r.unmatched));
    }

    // Per reader process figures.
    m_readerProcess->setRowCount(int(s.readers.size()));
    for (int row = 0; row < s.readers.size(); ++row) {
        const core::workflow::ReaderProcess &r = s.readers.at(row);
        m_readerProcess->setItem(row, 0, new QTableWidgetItem(r.login));
        m_readerProcess->setItem(row, 1, numberItem(r.studiesRead));
        const auto time = [](const std::optional<double> &seconds) {
            return seconds ? valueItem(formatDuration(qRound64(*seconds)), *seconds) : valueItem(Dash);
        };
        m_readerProcess->setItem(row, 2, time(r.meanSecondsPerStudy));
        m_readerProcess->setItem(row, 3, time(r.medianSecondsPerStudy));
        m_readerProcess->setItem(row, 4, valueItem(tr("%1 of %2").arg(r.upheldInArbitration).arg(r.arbitrationsInvolved)));
    }
}

bool DashboardPanel::saveChart(Chart chart, const QString &path)
{
    QChartView *view = chartView(chart);
    const QSize size = view->size();
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(view->chart()->title());
        svg.setDescription(tr("Etalon dashboard chart"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            m_lastError = tr("Cannot write the chart to %1: check that the folder exists and is writable.").arg(native);
            return false;
        }
        view->render(&painter, QRectF(QPointF(0, 0), size), view->viewport()->rect());
        painter.end();
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
            m_lastError = tr("Cannot write the chart to %1: check that the folder exists and is writable.").arg(native);
            return false;
        }
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(image.rect()), view->viewport()->rect());
    }
    if (!image.save(path)) {
        m_lastError = tr("Cannot write the chart to %1: use a .png or .svg name in a writable folder.").arg(native);
        return false;
    }
    return true;
}

void DashboardPanel::saveChartDialog(Chart chart)
{
    const QString base = (chart == Chart::ClassBalance ? QStringLiteral("class-balance-") : QStringLiteral("reader-workload-")) +
                         currentDatasetCode();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), base + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    m_message->setVisible(true);
    m_message->setText(saveChart(chart, target) ? tr("Chart saved to %1.").arg(QDir::toNativeSeparators(target)) : m_lastError);
}

} // namespace etalon::app
