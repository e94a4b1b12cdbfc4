#include "app/gui/DatasetPanel.h"

#include "app/gui/DatasetDialog.h"
#include "app/gui/StudyBrowser.h"
#include "core/store/Catalog.h"
#include "core/workflow/Datasets.h"
#include "core/workflow/Readings.h"
#include "core/workflow/Verification.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace etalon::app {

DatasetPanel::DatasetPanel(StudyBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
    , m_datasets(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_add(new QPushButton(this))
    , m_assign(new QPushButton(this))
    , m_read(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_studies(new QTableWidget(0, 3, this))
    , m_worklist(new QTableWidget(0, 5, this))
    , m_disputes(new QTableWidget(0, 4, this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("datasetPanel"));
    m_datasets->setObjectName(QStringLiteral("datasetCombo"));
    m_new->setObjectName(QStringLiteral("newDataset"));
    m_add->setObjectName(QStringLiteral("addStudies"));
    m_studies->setObjectName(QStringLiteral("datasetStudies"));
    m_assign->setObjectName(QStringLiteral("assignReaders"));
    m_read->setObjectName(QStringLiteral("readStudy"));
    m_status->setObjectName(QStringLiteral("datasetStatus"));
    m_worklist->setObjectName(QStringLiteral("worklist"));
    m_disputes->setObjectName(QStringLiteral("disputes"));
    m_status->setWordWrap(true);
    for (QTableWidget *table : {m_studies, m_worklist, m_disputes}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasets, 1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    auto *coordinatorRow = new QHBoxLayout;
    coordinatorRow->addWidget(m_add);
    coordinatorRow->addWidget(m_assign);
    coordinatorRow->addWidget(m_read);
    m_arbitrate = new QPushButton(this);
    m_arbitrate->setObjectName(QStringLiteral("arbitrate"));
    coordinatorRow->addWidget(m_arbitrate);
    layout->addLayout(coordinatorRow);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &DatasetPanel::newDataset);
    connect(m_add, &QPushButton::clicked, this, &DatasetPanel::addSelectedStudies);
    connect(m_assign, &QPushButton::clicked, this, &DatasetPanel::assignReaders);
    connect(m_read, &QPushButton::clicked, this, &DatasetPanel::readSelected);
    connect(m_worklist, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const qint64 id = worklistReadingId(row))
            emit readingRequested(id);
    });
    connect(m_disputes, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const qint64 id = disputeId(row))
            emit arbitrationRequested(id);
    });
    connect(m_arbitrate, &QPushButton::clicked, this, &DatasetPanel::arbitrateSelected);
    connect(m_datasets, &QComboBox::currentIndexChanged, this, &DatasetPanel::refreshStudies);
    connect(m_studies, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        openStudyUnit(m_studies->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    retranslateUi();
    setWorkspace(nullptr, std::nullopt);
}

void DatasetPanel::setWorkspace(core::store::Workspace *workspace, const std::optional<core::workflow::Session> &session)
{
    m_workspace = workspace;
    m_session = session;
    refresh();
}

QString DatasetPanel::currentDatasetCode() const
{
    return m_datasets->currentData().toString();
}

int DatasetPanel::studyRowCount() const
{
    return m_studies->rowCount();
}

int DatasetPanel::worklistRowCount() const
{
    return m_worklist->rowCount();
}

int DatasetPanel::disputeRowCount() const
{
    return m_disputes->rowCount();
}

qint64 DatasetPanel::disputeId(int row) const
{
    const QTableWidgetItem *item = m_disputes->item(row, 0);
    return item ? item->text().toLongLong() : 0;
}

void DatasetPanel::arbitrateSelected()
{
    if (const qint64 id = disputeId(m_disputes->currentRow()))
        emit arbitrationRequested(id);
}

qint64 DatasetPanel::worklistReadingId(int row) const
{
    const QTableWidgetItem *item = m_worklist->item(row, 1);
    return item ? item->data(Qt::UserRole + 2).toLongLong() : 0;
}

void DatasetPanel::readSelected()
{
    const int row = m_worklist->currentRow() >= 0 ? m_worklist->currentRow() : 0;
    if (const qint64 id = worklistReadingId(row))
        emit readingRequested(id);
}

QString DatasetPanel::statusText() const
{
    return m_status->text();
}

void DatasetPanel::openStudyUnit(qint64 datasetStudyId)
{
    if (!m_workspace || datasetStudyId <= 0)
        return;
    // The series the readers draw on (for a whole study, the one with the most frames).
    const core::Result<core::workflow::DataUnitSeries> series = core::workflow::Datasets::unitSeries(*m_workspace, datasetStudyId);
    if (!series) {
        m_message->setText(series.error().message);
        return;
    }
    emit seriesRequested(series->seriesInstanceUid);
}

void DatasetPanel::refresh()
{
    const QString current = currentDatasetCode();
    const QSignalBlocker blocker(m_datasets);
    m_datasets->clear();
    const bool coordinator = m_workspace && m_session && m_session->isCoordinator();
    const bool expert = m_workspace && m_session && m_session->hasRole(core::workflow::Role::Expert);
    m_new->setEnabled(coordinator);
    m_add->setEnabled(coordinator);
    m_assign->setEnabled(coordinator);
    m_add->setVisible(coordinator);
    m_assign->setVisible(coordinator);
    m_read->setVisible(m_session.has_value() && !coordinator);
    m_arbitrate->setVisible(expert);
    m_tabs->clear();
    if (coordinator)
        m_tabs->addTab(m_studies, tr("Studies"));
    if (m_session && !coordinator)
        m_tabs->addTab(m_worklist, tr("My worklist"));
    if (coordinator || expert)
        m_tabs->addTab(m_disputes, tr("Disputes"));
    m_message->clear();
    if (!m_workspace || !m_session) {
        m_message->setText(m_workspace ? tr("This workspace has no accounts: datasets need a signed-in coordinator.")
                                       : QString());
        refreshStudies();
        return;
    }
    const auto datasets = core::workflow::Datasets::list(*m_workspace, *m_session);
    if (!datasets) {
        m_message->setText(datasets.error().message);
        refreshStudies();
        return;
    }
    for (const core::workflow::Dataset &d : *datasets)
        m_datasets->addItem(QStringLiteral("%1 — %2 (v%3, %4)").arg(d.spec.code, d.spec.name, d.version).arg(d.studyCount),
                            d.spec.code);
    const int index = m_datasets->findData(current);
    m_datasets->setCurrentIndex(index >= 0 ? index : 0);
    refreshStudies();
}

void DatasetPanel::refreshStudies()
{
    refreshWorklist();
    refreshDisputes();
    refreshStatus();
    m_studies->setRowCount(0);
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty() || !m_session->isCoordinator())
        return;
    const auto studies = core::workflow::Datasets::studies(*m_workspace, *m_session, code);
    if (!studies) {
        m_message->setText(studies.error().message);
        return;
    }
    m_studies->setRowCount(int(studies->size()));
    for (int row = 0; row < studies->size(); ++row) {
        const core::workflow::DatasetStudy &s = studies->at(row);
        auto *study = new QTableWidgetItem(s.studyInstanceUid);
        study->setData(Qt::UserRole, s.id);
        m_studies->setItem(row, 0, study);
        auto *unit = new QTableWidgetItem(s.seriesInstanceUid.isEmpty() ? tr("whole study") : s.seriesInstanceUid);
        unit->setData(Qt::UserRole, s.seriesInstanceUid);
        m_studies->setItem(row, 1, unit);
        m_studies->setItem(row, 2, new QTableWidgetItem(s.state));
    }
    m_studies->resizeColumnsToContents();
}

void DatasetPanel::refreshWorklist()
{
    m_worklist->setRowCount(0);
    if (!m_workspace || !m_session || m_session->isCoordinator())
        return;
    const auto items = core::workflow::Readings::worklist(*m_workspace, *m_session);
    if (!items) {
        m_message->setText(items.error().message);
        return;
    }
    m_worklist->setRowCount(int(items->size()));
    for (int row = 0; row < items->size(); ++row) {
        const core::workflow::WorklistItem &item = items->at(row);
        QString state;
        switch (item.state) {
        case core::ReadingState::Assigned: state = tr("to do"); break;
        case core::ReadingState::InProgress: state = tr("in progress"); break;
        case core::ReadingState::Submitted: state = tr("submitted"); break;
        }
        auto *study = new QTableWidgetItem(item.patientId.isEmpty() ? item.studyInstanceUid : item.patientId);
        study->setData(Qt::UserRole, item.studyInstanceUid);
        study->setData(Qt::UserRole + 1, item.seriesInstanceUid);
        study->setData(Qt::UserRole + 2, item.readingId);
        study->setToolTip(item.studyInstanceUid);
        m_worklist->setItem(row, 0, new QTableWidgetItem(item.datasetCode));
        m_worklist->setItem(row, 1, study);
        m_worklist->setItem(row, 2, new QTableWidgetItem(item.modalities));
        m_worklist->setItem(row, 3, new QTableWidgetItem(item.kind == core::ReadingKind::Arbitration ? tr("arbitration")
                                                                                                   : tr("reading")));
        m_worklist->setItem(row, 4, new QTableWidgetItem(state));
    }
    m_worklist->resizeColumnsToContents();
}

void DatasetPanel::refreshDisputes()
{
    m_disputes->setRowCount(0);
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty() || m_session->hasRole(core::workflow::Role::Reader))
        return;
    const auto disputes = core::workflow::Verification::disputes(*m_workspace, *m_session, code);
    if (!disputes)
        return; // an expert without disputes in this dataset sees none
    m_disputes->setRowCount(int(disputes->size()));
    for (int row = 0; row < disputes->size(); ++row) {
        const core::workflow::DisputeItem &d = disputes->at(row);
        m_disputes->setItem(row, 0, new QTableWidgetItem(QString::number(d.disputeId)));
        m_disputes->setItem(row, 1, new QTableWidgetItem(d.studyInstanceUid));
        m_disputes->setItem(row, 2, new QTableWidgetItem(d.decided ? tr("decided") : tr("open")));
        m_disputes->setItem(row, 3, new QTableWidgetItem(d.reasons.join(QStringLiteral("; "))));
        m_disputes->item(row, 3)->setToolTip(d.reasons.join(QLatin1Char('\n')));
    }
    m_disputes->resizeColumnsToContents();
}

void DatasetPanel::refreshStatus()
{
    m_status->clear();
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty() || !m_session->isCoordinator())
        return;
    const auto status = core::workflow::Verification::status(*m_workspace, *m_session, code);
    if (!status)
        return;
    QStringList states;
    for (auto it = status->studiesByState.cbegin(); it != status->studiesByState.cend(); ++it)
        states << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    QString text = tr("Studies: %1.").arg(states.isEmpty() ? tr("none") : states.join(QStringLiteral(", ")));
    if (status->completedPairs > 0)
        text += QLatin1Char(' ')
                + tr("Disputed after two reads: %1% (reference ≤ %2%); excluded after arbitration: %3% (≤ %4%).")
                      .arg(status->disputedShare * 100.0, 0, 'f', 1)
                      .arg(core::workflow::DatasetStatus::DisputedShareReference * 100.0, 0, 'f', 0)
                      .arg(status->excludedShare * 100.0, 0, 'f', 1)
                      .arg(core::workflow::DatasetStatus::ExcludedShareReference * 100.0, 0, 'f', 0);
    if (status->kappa)
        text += QLatin1Char(' ') + tr("Kappa between readers: %1.").arg(*status->kappa, 0, 'f', 2);
    m_status->setText(text);
}

void DatasetPanel::assignReaders()
{
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty())
        return;
    const auto report = core::workflow::Readings::assign(*m_workspace, *m_session, code, {});
    if (!report) {
        m_message->setText(report.error().message);
        return;
    }
    m_message->setText(tr("%1 studies assigned to two readers each (%2 readings); %3 were already assigned.")
                           .arg(report->studiesAssigned)
                           .arg(report->readingsCreated)
                           .arg(report->studiesAlreadyAssigned));
    refresh();
}

void DatasetPanel::newDataset()
{
    if (!m_workspace || !m_session)
        return;
    DatasetDialog dialog(*m_workspace, *m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_datasets->setCurrentIndex(m_datasets->findData(dialog.dataset().spec.code));
    m_message->setText(tr("Dataset %1 created. Select studies in the browser and add them.").arg(dialog.dataset().spec.code));
}

void DatasetPanel::addSelectedStudies()
{
    const QString code = currentDatasetCode();
    if (!m_workspace || !m_session || code.isEmpty())
        return;
    QList<core::workflow::StudyToAdd> units;
    for (const auto &[study, series] : m_browser->selectedUnits())
        units.append({study, series});
    if (units.isEmpty()) {
        m_message->setText(tr("Select studies (or one series of a study) in the study browser first."));
        return;
    }
    const auto report = core::workflow::Datasets::addStudies(*m_workspace, *m_session, code, units);
    if (!report) {
        m_message->setText(report.error().message);
        return;
    }
    QString text = tr("%1 added, %2 already in the dataset.").arg(report->added.size()).arg(report->alreadyPresent.size());
    for (const auto &[uid, reason] : report->problems)
        text += QLatin1Char('\n') + uid + QStringLiteral(": ") + reason;
    m_message->setText(text);
    refresh();
}

void DatasetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatasetPanel::retranslateUi()
{
    m_new->setText(tr("&New…"));
    m_new->setToolTip(tr("Plan a new dataset (coordinators)"));
    m_add->setText(tr("Add selected studies"));
    m_assign->setText(tr("Assign readers"));
    m_assign->setToolTip(tr("Gives every new study of the dataset two different readers, balancing their workload"));
    m_read->setText(tr("Read"));
    m_read->setToolTip(tr("Open the selected study of your worklist for reading (or double-click it)"));
    m_studies->setHorizontalHeaderLabels({tr("Study"), tr("Data unit"), tr("State")});
    m_worklist->setHorizontalHeaderLabels({tr("Dataset"), tr("Patient / study"), tr("Modality"), tr("Kind"), tr("State")});
    m_disputes->setHorizontalHeaderLabels({tr("Dispute"), tr("Study"), tr("State"), tr("Why")});
    m_arbitrate->setText(tr("Arbitrate"));
    m_arbitrate->setToolTip(tr("Open the selected dispute on the arbitration screen (or double-click it)"));
}

} // namespace etalon::app
